package id.warta.cli;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import id.warta.index.IndexNames;
import id.warta.search.FixtureCorpus;
import id.warta.testing.ElasticsearchTest;
import id.warta.testing.TestCluster;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue #5: `warta search` prints tables, or with --json the API's JSON, over the fixture corpus. */
@ElasticsearchTest
class SearchCommandIT {

    private final PrintStream originalOut = System.out;

    @AfterEach
    void restore() {
        System.setOut(originalOut);
        System.clearProperty("warta.es.url");
        System.clearProperty("warta.es.index");
        System.clearProperty("spring.datasource.url");
    }

    @Test
    @DisplayName("tables: hits, facets with labels and the histogram; --json: the API's shape")
    void search(ElasticsearchClient client, IndexNames names) throws Exception {
        FixtureCorpus.load(client, names);
        System.setProperty("warta.es.url", TestCluster.connection().url());
        System.setProperty("warta.es.index", names.base());
        System.setProperty("spring.datasource.url", "jdbc:h2:mem:warta-cli-test");

        String tables = run("search", "Korut", "--country", "KP", "--from", "2024-11-01", "--to", "2024-11-30");
        assertThat(tables).contains("4 articles match.", "Korut uji coba rudal balistik lagi", "KP Korea Utara",
                "By day (Asia/Jakarta)", "2024-11-05");

        assertThat(run("search", "timnas Pyongyang")).as("no article has both words")
                .contains("No article has every word; 4 have some of them, best first.", "Timnas menang tipis");

        assertThat(run("search", "--person", "Putin")).as("a person filter that matches no name says which names it may mean")
                .contains("0 articles match.", "No article under this search has person \"Putin\"; did you mean \"Vladimir Putin\" (3)?");

        JsonNode json = JsonMapper.builder().build().readTree(run("search", "menandatangani", "--json", "--size", "1"));
        assertThat(json.get("total").asInt()).isEqualTo(2);
        assertThat(json.get("hits").get(0).has("published_at")).isTrue();
        assertThat(json.get("next_cursor").isString()).isTrue();
    }

    private String run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        int exit = WartaCommand.commandLine().execute(args);
        System.setOut(originalOut);
        assertThat(exit).as(out.toString(StandardCharsets.UTF_8)).isZero();
        return out.toString(StandardCharsets.UTF_8);
    }
}
