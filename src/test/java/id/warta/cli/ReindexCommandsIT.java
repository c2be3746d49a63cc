package id.warta.cli;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import id.warta.index.IndexNames;
import id.warta.reindex.StoppedAfterSwap;
import id.warta.search.FixtureCorpus;
import id.warta.testing.ElasticsearchTest;
import id.warta.testing.TestCluster;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue #6 from the command line: `warta indices`, `reindex`, `rollback`, `indices prune`. */
@ElasticsearchTest
class ReindexCommandsIT {

    private final PrintStream originalOut = System.out;

    @AfterEach
    void restore() {
        System.setOut(originalOut);
        System.clearProperty("warta.es.url");
        System.clearProperty("warta.es.index");
        System.clearProperty("warta.home");
        System.clearProperty("spring.datasource.url");
    }

    @Test
    @DisplayName("indices lists versions with aliases, counts and mapping hash; reindex, rollback and prune act on them")
    void commands(ElasticsearchClient client, IndexNames names, @TempDir Path home) throws Exception {
        FixtureCorpus.load(client, names);
        useIndex(names, home);
        int articles = FixtureCorpus.ARTICLES.size();

        String listed = run(0, "indices");
        assertThat(listed).containsPattern(names.version(1) + " +" + names.readAlias() + ", " + names.writeAlias() + " +" + articles + " ");
        assertThat(listed).contains("is up to date with index-mappings/");

        String reindexed = run(0, "reindex", "--quiet");
        assertThat(reindexed).contains("Reindex " + names.version(1) + " → " + names.version(2) + ": COMPLETED",
                "copied       " + articles, "The aliases now point at " + names.version(2));
        assertThat(run(0, "indices")).containsPattern(names.version(1) + " +- +" + articles + " ")
                .containsPattern(names.version(2) + " +" + names.readAlias() + ", " + names.writeAlias() + " +" + articles
                        + " .*copied from " + names.version(1));

        assertThat(run(0, "rollback")).contains("The aliases now point at " + names.version(1) + ".");
        assertThat(run(0, "indices prune", "--keep", "1")).contains("Nothing to prune.");
        assertThat(run(1, "rollback")).contains("no version before " + names.version(1));
    }

    @Test
    @DisplayName("prune refuses while a reindex is unfinished; one whose source is gone says so in one line, and --discard ends it")
    void unfinishedReindexAndItsSource(ElasticsearchClient client, IndexNames names, @TempDir Path home) throws Exception {
        FixtureCorpus.load(client, names);
        useIndex(names, home);
        StoppedAfterSwap.prepare(client, names);
        run(1, "reindex", "--quiet");
        StoppedAfterSwap.swap(client, names);

        assertThat(run(1, "indices prune", "--keep", "1")).contains("unfinished", "still needs " + names.version(1));
        assertThat(client.indices().exists(e -> e.index(names.version(1))).value()).as("the source is kept").isTrue();

        client.indices().delete(d -> d.index(names.version(1))); // as a prune that did not know used to
        String failed = run(1, "reindex", "--quiet");
        assertThat(failed).contains(names.version(1) + " no longer exists", "`warta reindex --discard`")
                .doesNotContain("\tat ", "Exception");
        assertThat(run(0, "reindex", "--discard")).contains(names.version(2) + " was live already and stays live");
        assertThat(run(0, "reindex", "--quiet")).contains("Reindex " + names.version(2) + " → " + names.version(3) + ": COMPLETED");
    }

    private static void useIndex(IndexNames names, Path home) {
        System.setProperty("warta.es.url", TestCluster.connection().url());
        System.setProperty("warta.es.index", names.base());
        System.setProperty("warta.home", home.toString());
        System.setProperty("spring.datasource.url", "jdbc:h2:file:" + home.resolve("jobs") + ";TRACE_LEVEL_FILE=0");
    }

    private String run(int expectedExit, String command, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream stream = new PrintStream(out, true, StandardCharsets.UTF_8);
        System.setOut(stream);
        PrintStream originalErr = System.err;
        System.setErr(stream);
        String[] all = java.util.stream.Stream.concat(java.util.Arrays.stream(command.split(" ")), java.util.Arrays.stream(args))
                .toArray(String[]::new);
        int exit = WartaCommand.commandLine().execute(all);
        System.setOut(originalOut);
        System.setErr(originalErr);
        assertThat(exit).as(out.toString(StandardCharsets.UTF_8)).isEqualTo(expectedExit);
        return out.toString(StandardCharsets.UTF_8);
    }
}
