package id.warta.cli;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import id.warta.index.IndexNames;
import id.warta.search.analysis.AnalysisCorpus;
import id.warta.testing.ElasticsearchTest;
import id.warta.testing.TestCluster;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue #10: `warta analyze cooccurrence|terms|timeline` as tables, or with --json the API's JSON. */
@ElasticsearchTest
class AnalyzeCommandIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final PrintStream originalOut = System.out;
    private final PrintStream originalErr = System.err;

    @BeforeEach
    void corpus(ElasticsearchClient client, IndexNames names) throws IOException {
        AnalysisCorpus.load(client, names);
        System.setProperty("warta.es.url", TestCluster.connection().url());
        System.setProperty("warta.es.index", names.base());
        System.setProperty("spring.datasource.url", "jdbc:h2:mem:warta-analyze-cli-test");
    }

    @AfterEach
    void restore() {
        System.setOut(originalOut);
        System.setErr(originalErr);
        System.clearProperty("warta.es.url");
        System.clearProperty("warta.es.index");
        System.clearProperty("spring.datasource.url");
    }

    @Test
    @DisplayName("analyze cooccurrence: a table of persons with counts and lift, and what was left out; --json the API's shape")
    void cooccurrence() {
        String table = run(0, "analyze", "cooccurrence", "--person", "Mark Rutte", "--min-count", "1", "--sort", "lift");
        assertThat(table).contains("4 articles match, of 16 in the archive.", "Persons mentioned with them (in 1 or more), by lift:")
                .containsPattern("Ursula von der Leyen +1 +1 +4\\.000")
                .containsPattern("Volodymyr Zelensky +3 +4 +3\\.000")
                .containsPattern("Joe Biden +2 +5 +1\\.600")
                .contains("Left out, as the search asks for them: Mark Rutte");
        assertThat(run(0, "analyze", "cooccurrence", "rudal", "--facet", "countries", "--min-count", "1"))
                .containsPattern("KP Korea Utara +4 +4 +4\\.000");

        JsonNode json = JSON.readTree(run(0, "analyze", "cooccurrence", "--person", "Mark Rutte", "--json"));
        assertThat(json.get("min_count").asInt()).isEqualTo(3);
        assertThat(json.get("entities").get(0).get("archive_count").asInt()).isEqualTo(4);
    }

    @Test
    @DisplayName("analyze terms: distinctive words as written, with their other forms")
    void terms() {
        String table = run(0, "analyze", "terms", "--country", "KP", "--min-count", "2");
        assertThat(table).contains("4 articles match; words counted in 4 of them against the 16 of the archive.")
                .containsPattern("rudal +4 +4 +3\\.000  rudal")
                .containsPattern("meluncurkan +3 +3 +2\\.250  meluncurkan, diluncurkan")
                .containsPattern("balistik +2 +2 +1\\.500  balistik");
        assertThat(run(0, "analyze", "terms", "rudal", "--min-count", "2"))
                .contains("Left out, as the search asks for them: rudal");
        JsonNode json = JSON.readTree(run(0, "analyze", "terms", "--country", "KP", "--min-count", "2", "--json"));
        assertThat(json.get("terms").get(1).get("stem").asString()).isEqualTo("luncur");
    }

    @Test
    @DisplayName("analyze timeline: a row per week, a column per entity, and totals; whom a name that matches no one may mean")
    void timeline() {
        String table = run(0, "analyze", "timeline", "--entity", "person:Mark Rutte", "--entity", "country:KP",
                "--interval", "week", "--from", "2024-01-01", "--to", "2024-02-11");
        assertThat(table).contains("Matching articles per week (Asia/Jakarta)", "person:Mark Rutte", "country:KP Korea Utara")
                .containsPattern("2024-01-22 +0 +1")
                .containsPattern("2024-02-05 +1 +1")
                .containsPattern("total +4 +4")
                .doesNotContain("partial");
        assertThat(run(0, "analyze", "timeline", "--entity", "country:KP", "--interval", "week", "--from", "2024-01-03",
                "--to", "2024-02-11"))
                .as("the first week is counted from Wednesday").containsPattern("2024-01-01\\* +\\d")
                .containsPattern("2024-01-08 +\\d")
                .contains("* partial: the searched dates begin or end inside this period");
        assertThat(run(0, "analyze", "timeline", "--entity", "person:Rutte", "--entity", "country:KP", "--interval", "month"))
                .as("a surname alone names no one in the archive: the table says whom it may mean")
                .contains("person:Rutte: no matching article names \"Rutte\"; did you mean \"Mark Rutte\" (");
        JsonNode json = JSON.readTree(run(0, "analyze", "timeline", "--entity", "country:KP", "--interval", "month", "--json"));
        assertThat(json.get("entities").get(0).get("buckets").get(0).get("start").asString()).isEqualTo("2024-01-01");
        JsonNode rutte = JSON.readTree(run(0, "analyze", "timeline", "--entity", "person:Rutte", "--json"));
        assertThat(rutte.get("entities").get(0).get("did_you_mean").get(0).get("value").asString()).isEqualTo("Mark Rutte");
    }

    @Test
    @DisplayName("a mistake is one line that says what to fix, exit code 1")
    void mistakes() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        run(1, "analyze", "timeline", "--entity", "Mark Rutte");
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("warta: entity must be person:NAME or country:CODE");
    }

    private String run(int expectedExit, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        var cli = WartaCommand.commandLine();
        cli.setErr(new java.io.PrintWriter(System.err, true));
        int exit = cli.execute(args);
        System.setOut(originalOut);
        assertThat(exit).as(out.toString(StandardCharsets.UTF_8)).isEqualTo(expectedExit);
        return out.toString(StandardCharsets.UTF_8);
    }
}
