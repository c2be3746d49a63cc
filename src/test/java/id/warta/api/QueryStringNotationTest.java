package id.warta.api;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import id.warta.extract.CountryGazetteer;
import id.warta.index.ClusterConnection;
import id.warta.index.ElasticsearchClients;
import id.warta.index.IndexNames;
import id.warta.search.ArticleSearch;
import id.warta.search.CursorCodec;
import id.warta.search.GazetteerCountryNames;
import id.warta.testing.Ports;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

import java.io.IOException;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The binder's list notations ("country[]", "country[0]") in a query string: those it can bind are taken,
 * the others are a 400 naming the parameter, never a 500. The cluster is unreachable, so a request
 * whose parameters are accepted ends in 503.
 */
class QueryStringNotationTest {

    private ElasticsearchClient client;
    private MockMvc mvc;

    @BeforeEach
    void unreachableCluster() {
        client = ElasticsearchClients.create(ClusterConnection.plain("http://127.0.0.1:" + Ports.unused()));
        ArticleSearch search = new ArticleSearch(client, IndexNames.ARTICLES,
                new GazetteerCountryNames(CountryGazetteer.standard()), CursorCodec.withRandomKey());
        mvc = MockMvcBuilders.standaloneSetup(new SearchController(search), new ExportController(search))
                .setCustomArgumentResolvers(new SearchParameterBinding.Resolver())
                .setControllerAdvice(new ProblemResponses()).build();
    }

    @AfterEach
    void close() throws IOException {
        client.close();
    }

    @Test
    @DisplayName("an index past the limit, not a number or on a single-valued parameter is a 400 naming it")
    void unbindableNotationsAreBadRequests() throws Exception {
        String[][] cases = {{"country[300]", "country"}, {"country[x]", "country"}, {"country[2147483648]", "country"},
                {"q[0]", "q"}, {"person[-1]", "person"}, {"country[0][1]", "country"}, {"_country[0]", "country"},
                {"size[1]", "size"}};
        for (String path : new String[] {"/api/search", "/api/export.csv"}) {
            for (String[] c : cases) {
                mvc.perform(get(path).param(c[0], "RU"))
                        .andExpect(status().isBadRequest())
                        .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                        .andExpect(jsonPath("$.parameter").value(c[1]))
                        .andExpect(jsonPath("$.detail").value(containsString(c[1])));
            }
        }
    }

    @Test
    @DisplayName("name[] and name[n] with a small n are still bound (and then find the cluster down)")
    void bindableNotationsAreAccepted() throws Exception {
        mvc.perform(get("/api/search").param("country[]", "RU", "KP")).andExpect(status().isServiceUnavailable());
        mvc.perform(get("/api/search").param("country[0]", "RU").param("country[1]", "KP"))
                .andExpect(status().isServiceUnavailable());
        mvc.perform(get("/api/search").param("q[]", "beras").param("utm[x]", "1")).andExpect(status().isServiceUnavailable());
        mvc.perform(get("/api/export.csv").param("person[49]", "Joko Widodo")).andExpect(status().isServiceUnavailable());
    }
}
