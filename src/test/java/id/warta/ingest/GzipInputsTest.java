package id.warta.ingest;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A .gz input that cannot be read to its end (cut short, corrupt, or no gzip at all) is one rejected
 * record naming the file and how far it was read; the records before it are read, and so are the inputs after it.
 */
class GzipInputsTest {

    @TempDir
    Path dir;

    @Test
    @DisplayName("a JSON Lines .gz cut in half: its whole lines, one rejection at the cut line, then the next input")
    void truncatedJsonLines() throws IOException {
        List<String> lines = jsonLines(3000);
        Path cut = truncated(gzip(dir.resolve("arsip.jsonl.gz"), String.join("\n", lines) + "\n"), 0.5);
        Path next = Files.writeString(dir.resolve("berikut.jsonl"), lines.get(0) + "\n" + lines.get(1) + "\n");

        List<RawRecord> records = TestReading.read(cut, next);
        RawRecord rejected = records.stream().filter(r -> r.problem() != null).findFirst().orElseThrow();
        int whole = records.indexOf(rejected);
        assertThat(whole).isBetween(100, 2900);
        for (int i = 0; i < whole; i++) {
            assertThat(records.get(i).location()).isEqualTo(cut + ":" + (i + 1));
            assertThat(records.get(i).text()).isEqualTo(lines.get(i));
        }
        assertThat(rejected.location()).isEqualTo(cut + ":" + (whole + 1));
        assertThat(rejected.problem()).isEqualTo("truncated gzip: the compressed data ends after line " + whole
                + " (Unexpected end of ZLIB input stream)");
        assertThat(lines.get(whole)).as("the cut line as far as it was read").startsWith(rejected.text());
        assertThat(records.subList(whole + 1, records.size())).extracting(RawRecord::location).containsExactly(next + ":1", next + ":2");
    }

    @Test
    @DisplayName("restart: reopened at any committed count around the cut, the reader continues with the next record")
    void resumesAroundTheCut() throws IOException {
        Path cut = truncated(gzip(dir.resolve("arsip.jsonl.gz"), String.join("\n", jsonLines(3000)) + "\n"), 0.5);
        Path csv = truncated(gzip(dir.resolve("tabel.csv.gz"), "title,body\n" + String.join("\n", jsonLines(3000)).replace("\"", "") + "\n"), 0.5);
        Path next = Files.writeString(dir.resolve("berikut.jsonl"), "{}\n{}\n");
        JobDefinition job = TestReading.job(TestReading.input(cut), TestReading.input(csv), TestReading.input(next));
        List<RawRecord> records = TestReading.read(job, 0);
        List<String> all = records.stream().map(RawRecord::location).toList();
        List<Integer> rejected = java.util.stream.IntStream.range(0, records.size()).filter(i -> records.get(i).problem() != null).boxed().toList();
        assertThat(rejected).hasSize(2);
        for (int at : rejected) {
            for (int committed = at - 1; committed <= at + 2; committed++) {
                assertThat(TestReading.read(job, committed)).extracting(RawRecord::location)
                        .as("resumed after %d records", committed).isEqualTo(all.subList(committed, all.size()));
            }
        }
    }

    @Test
    @DisplayName("a gzipped file whose name is in capitals (ARSIP.JSONL.GZ) is uncompressed like any .gz")
    void upperCaseGzipName() throws IOException {
        Path jsonl = gzip(dir.resolve("ARSIP.JSONL.GZ"), "{\"title\":\"Banjir\"}\n{\"title\":\"Gempa\"}\n");
        Path text = gzip(dir.resolve("BERITA.TXT.GZ"), "Banjir\n\nIsi\n");

        List<RawRecord> records = TestReading.read(jsonl, text);
        assertThat(records).extracting(RawRecord::location, RawRecord::problem).containsExactly(
                tuple(jsonl + ":1", null), tuple(jsonl + ":2", null), tuple(text.toString(), null));
        assertThat(records.get(1).text()).isEqualTo("{\"title\":\"Gempa\"}");
        assertThat(records.get(2).text()).startsWith("Banjir");
    }

    @Test
    @DisplayName("gzip is told by the file's bytes, not its name: a plain file named .gz is read as it is, a gzipped one named .jsonl is uncompressed")
    void gzipByContent() throws IOException {
        Path jsonl = Files.writeString(dir.resolve("polos.jsonl.gz"), "{\"title\":\"Banjir\"}\n");
        Path csv = Files.writeString(dir.resolve("polos.csv.gz"), "title,body\nBanjir,Isi\n");
        Path text = Files.writeString(dir.resolve("polos.txt.gz"), "Banjir\n\nIsi\n");
        Path gzippedJsonl = gzip(dir.resolve("unduhan.jsonl"), "{\"title\":\"Gempa\"}\n");
        Path gzippedText = gzip(dir.resolve("unduhan.txt"), "Gempa\n\nIsi\n");

        List<RawRecord> records = TestReading.read(jsonl, csv, text, gzippedJsonl, gzippedText);
        assertThat(records).extracting(RawRecord::location, RawRecord::problem).containsExactly(
                tuple(jsonl + ":1", null), tuple(csv + ":2", null), tuple(text.toString(), null),
                tuple(gzippedJsonl + ":1", null), tuple(gzippedText.toString(), null));
        assertThat(records).extracting(RawRecord::text).allSatisfy(body -> assertThat(body).containsAnyOf("Banjir", "Gempa"));
    }

    @Test
    @DisplayName("a text or feed .gz cut short or corrupt is one rejection, not the end of the job")
    void truncatedWholeFiles() throws IOException {
        String article = "Banjir di Jakarta\n\n" + String.join(" ", jsonLines(400));
        Path text = truncated(gzip(dir.resolve("banjir.txt.gz"), article), 0.5);
        Path feed = truncated(gzip(dir.resolve("regional.rss.gz"), Files.readString(TestFeeds.rss(dir.resolve("regional.rss")))), 0.5);
        Path corrupt = gzip(dir.resolve("rusak.txt.gz"), article);
        byte[] bytes = Files.readAllBytes(corrupt);
        Arrays.fill(bytes, bytes.length / 3, bytes.length / 3 + 64, (byte) 0xFF);
        Files.write(corrupt, bytes);
        Path next = Files.writeString(dir.resolve("berikut.jsonl"), "{}\n");

        List<RawRecord> records = TestReading.read(text, feed, corrupt, next);
        assertThat(records).extracting(RawRecord::location).containsExactly(text.toString(), feed.toString(), corrupt.toString(), next + ":1");
        assertThat(records.get(0).problem()).isEqualTo("truncated gzip: the compressed data ends early (Unexpected end of ZLIB input stream)");
        assertThat(records.get(1).problem()).startsWith("truncated gzip: ");
        assertThat(records.get(2).problem()).startsWith("corrupt gzip: cannot decompress the file (");
    }

    @Test
    @DisplayName("a file that cannot be opened at all (gone since the job started) fails the job with a message naming it")
    void fileGoneFailsNamingIt() throws IOException {
        Path gone = Files.writeString(dir.resolve("hilang.jsonl.gz"), "");
        ArchiveReader reader = new ArchiveReader(TestReading.job(TestReading.input(gone)));
        Files.delete(gone);
        reader.open(new org.springframework.batch.infrastructure.item.ExecutionContext());
        try {
            assertThatThrownBy(reader::read).isInstanceOf(id.warta.WartaException.class)
                    .hasMessage("cannot read " + gone + " (NoSuchFileException: " + gone + ")");
        } finally {
            reader.close();
        }
    }

    /** Lines of JSON that compress poorly, so that half the file holds many of them. */
    private static List<String> jsonLines(int count) {
        Random random = new Random(42);
        String[] words = {"banjir", "jalan", "warga", "hujan", "kota", "pasar", "harga", "sekolah", "jembatan", "desa", "pantai", "kereta"};
        List<String> lines = new java.util.ArrayList<>();
        for (int i = 0; i < count; i++) {
            StringBuilder body = new StringBuilder();
            for (int w = 0; w < 20; w++) {
                body.append(words[random.nextInt(words.length)]).append(random.nextInt(1000)).append(' ');
            }
            lines.add("{\"title\":\"Berita " + i + "\",\"content\":\"" + body.toString().strip() + "\"}");
        }
        return lines;
    }

    private static Path gzip(Path file, String text) throws IOException {
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return file;
    }

    private static Path truncated(Path file, double fraction) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        return Files.write(file, Arrays.copyOf(bytes, (int) (bytes.length * fraction)));
    }
}
