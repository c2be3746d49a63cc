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
import java.util.Objects;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** A JSON file holding one array of articles, as many exports are: each element a record, read as a stream. */
class JsonArraySourceTest {

    private static final String BODY = "Hujan deras sejak pagi merendam dua belas kelurahan dan ribuan warga mengungsi ke tempat yang aman.";
    private static final String ARRAY = """
            [
              {
                "title": "Banjir Rendam Medan",
                "source": "kompas.com",
                "date": "2024-11-26 13:30:00",
                "content": "%s"
              },
              {"title": "Gempa Guncang Cianjur", "source": "tempo.co", "content": "%s", "tags": ["gempa", "jabar"]},
              42,
              {
                "title": "Harga Beras Naik", "source": "detik.com", "content": "%s"
              }
            ]
            """.formatted(BODY, BODY, BODY);

    @TempDir
    Path dir;

    @Test
    @DisplayName("each element of a pretty-printed array is a record at the line where it starts; an element that is no object is rejected")
    void prettyPrintedArray() throws IOException {
        Path json = Files.writeString(dir.resolve("ekspor.json"), ARRAY);
        List<ProcessedRecord> records = TestReading.process(json);
        assertThat(records).extracting(ProcessedRecord::location).containsExactly(json + ":2", json + ":8", json + ":9", json + ":10");
        assertThat(records.stream().map(ProcessedRecord::article).filter(Objects::nonNull).map(Article::title))
                .containsExactly("Banjir Rendam Medan", "Gempa Guncang Cianjur", "Harga Beras Naik");
        assertThat(records.get(2).rejection().reason()).isEqualTo("not a JSON object: an element of the array is 42");
    }

    @Test
    @DisplayName("an array cut short: the elements before the cut, then one rejection at the line where the JSON breaks off")
    void truncatedArray() throws IOException {
        Path json = Files.writeString(dir.resolve("putus.json"), ARRAY.substring(0, ARRAY.indexOf("Harga Beras")));
        List<RawRecord> records = TestReading.read(json);
        assertThat(records).hasSize(4);
        assertThat(records.subList(0, 3)).extracting(RawRecord::location).containsExactly(json + ":2", json + ":8", json + ":9");
        assertThat(records.getLast().problem()).startsWith("malformed JSON: ").endsWith("the rest of the file is not read")
                .doesNotContain("REDACTED");
    }

    @Test
    @DisplayName("gzipped, named in capitals, or without an extension (told by its first bytes): the same records")
    void gzippedAndDetected() throws IOException {
        Path gz = dir.resolve("EKSPOR.JSON.GZ");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write(ARRAY.getBytes(StandardCharsets.UTF_8));
        }
        Path bare = Files.writeString(dir.resolve("ekspor"), "\uFEFF" + ARRAY);
        for (Path file : List.of(gz, bare)) {
            assertThat(TestReading.read(file)).as(file.toString()).extracting(RawRecord::location, r -> r.problem() == null)
                    .containsExactly(tuple(file + ":2", true), tuple(file + ":8", true), tuple(file + ":9", false), tuple(file + ":10", true));
        }
    }

    @Test
    @DisplayName("restart: reopened after any committed count, the reader continues with the next element")
    void resumesAtAnyElement() throws IOException {
        Path json = Files.writeString(dir.resolve("ekspor.json"), ARRAY + "{\"lebih\": 1}\n");
        JobDefinition job = TestReading.job(TestReading.input(json));
        List<String> all = TestReading.read(job, 0).stream().map(RawRecord::location).toList();
        assertThat(all).hasSize(5);
        assertThat(TestReading.read(job, 0).getLast().problem()).isEqualTo("trailing content: more after the JSON array's end");
        for (int committed = 1; committed < all.size(); committed++) {
            assertThat(TestReading.read(job, committed)).extracting(RawRecord::location).as("after %d", committed)
                    .isEqualTo(all.subList(committed, all.size()));
        }
    }
}
