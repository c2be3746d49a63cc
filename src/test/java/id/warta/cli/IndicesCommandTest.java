package id.warta.cli;

import id.warta.index.IndexBootstrap;
import id.warta.index.IndexDefinition;
import id.warta.index.IndexNames;
import id.warta.index.IndexVersion;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class IndicesCommandTest {

    private final IndexNames names = new IndexNames("articles");
    private final IndexDefinition definition = IndexDefinition.fromClasspath();
    private final IndexBootstrap bootstrap = new IndexBootstrap(null, names, definition);

    @Test
    @DisplayName("a live version made from older index-mappings/ is reported as behind, with the command that fixes it")
    void behind() {
        String table = print(List.of(
                version("articles-v1", 1, true, true, "0123456789abcdef0123"),
                version("articles-v2", 2, false, false, definition.hash())));
        assertThat(table).contains("articles-v1", "articles, articles-write", "0123456789ab", "1,234",
                "The live version articles-v1 is behind index-mappings/: run `warta reindex`.");
        assertThat(table).containsPattern("articles-v2 +- .*not live");
    }

    @Test
    @DisplayName("a live version made from the current index-mappings/ is reported up to date")
    void upToDate() {
        assertThat(print(List.of(version("articles-v3", 3, true, true, definition.hash()))))
                .contains("The live version articles-v3 is up to date with index-mappings/.");
    }

    private IndexVersion version(String name, int n, boolean read, boolean write, String hash) {
        return new IndexVersion(name, n, read, write, 1234, hash, null, null, false, Instant.parse("2026-11-26T10:00:00Z"));
    }

    private String print(List<IndexVersion> versions) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        IndicesCommand.print(versions, bootstrap, names, new PrintStream(out, true, StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8);
    }
}
