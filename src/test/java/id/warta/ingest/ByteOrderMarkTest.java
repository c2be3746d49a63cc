package id.warta.ingest;

import id.warta.article.Article;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** A UTF-8 byte-order mark at the start of a file, as Windows tools write it, is no part of the first record. */
class ByteOrderMarkTest {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final String BODY = "Hujan deras yang turun sejak pagi membuat sejumlah ruas jalan di Jakarta tergenang "
            + "dan lalu lintas tersendat hingga siang.";

    @TempDir
    Path dir;

    @Test
    @DisplayName("JSON Lines, plain and gzipped: the first line is read as JSON")
    void jsonLines() throws IOException {
        String lines = "{\"title\":\"Banjir di Jakarta\",\"content\":\"" + BODY + "\"}\n"
                + "{\"title\":\"Banjir di Bekasi\",\"content\":\"" + BODY + "\"}\n";
        Path plain = withBom(dir.resolve("a.jsonl"), lines);
        Path gzipped = dir.resolve("b.jsonl.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gzipped))) {
            out.write(Files.readAllBytes(plain));
        }
        for (Path file : List.of(plain, gzipped)) {
            List<ProcessedRecord> records = TestReading.process(file);
            assertThat(records).as(file.toString()).allSatisfy(r -> assertThat(r.rejection()).isNull());
            assertThat(records).extracting(r -> r.article().title()).containsExactly("Banjir di Jakarta", "Banjir di Bekasi");
        }
    }

    @Test
    @DisplayName("CSV: the first column's name is read without it")
    void csv() throws IOException {
        Path csv = withBom(dir.resolve("c.csv"), "title,content\nBanjir di Jakarta,\"" + BODY + "\"\n");
        assertThat(TestReading.read(csv).getFirst().fields()).containsEntry("title", "Banjir di Jakarta");
    }

    @Test
    @DisplayName("plain text: the title is read without it")
    void text() throws IOException {
        Path text = withBom(dir.resolve("banjir.txt"), "Banjir di Jakarta\n\n" + BODY + "\n");
        Article article = TestReading.process(text).getFirst().article();
        assertThat(article.title()).isEqualTo("Banjir di Jakarta");
    }

    private static Path withBom(Path file, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[BOM.length + bytes.length];
        System.arraycopy(BOM, 0, all, 0, BOM.length);
        System.arraycopy(bytes, 0, all, BOM.length, bytes.length);
        return Files.write(file, all);
    }
}
