package id.warta.cli;

import id.warta.WartaException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ArticleBodiesTest {

    private static final String LINES = """
            {"id":"a","body":"Isi pertama."}

            {"id":"b","content":"Isi kedua."}
            {"id":"c","title":"tanpa isi"}
            {"id":"d","body":"Isi keempat.","content":"bukan ini"}
            {"id":"e","body":null,"content":"Isi kelima."}
            """;

    @Test
    @DisplayName("reads body, else content, one per non-blank line, from plain or gzipped JSON Lines")
    void readsBodies(@TempDir Path dir) throws IOException {
        Path plain = Files.writeString(dir.resolve("a.jsonl"), LINES);
        Path gz = dir.resolve("a.jsonl.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write(LINES.getBytes(StandardCharsets.UTF_8));
        }
        assertThat(ArticleBodies.read(plain)).containsExactly("Isi pertama.", "Isi kedua.", "", "Isi keempat.", "Isi kelima.");
        assertThat(ArticleBodies.read(gz)).containsExactly("Isi pertama.", "Isi kedua.", "", "Isi keempat.", "Isi kelima.");
    }

    @Test
    @DisplayName("a missing file is named in the error")
    void missingFile(@TempDir Path dir) {
        assertThatThrownBy(() -> ArticleBodies.read(dir.resolve("none.jsonl")))
                .isInstanceOf(WartaException.class).hasMessageContaining("none.jsonl");
    }
}
