package id.warta.api;

import id.warta.testing.Ports;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import id.warta.index.ClusterConnection;
import id.warta.index.ElasticsearchClients;
import id.warta.index.IndexNames;
import id.warta.search.ArticleSearch;
import id.warta.search.CursorCodec;
import id.warta.search.GazetteerCountryNames;
import id.warta.search.analysis.ArticleAnalysis;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Issues #5 and #10: Elasticsearch unreachable is a 503 problem with Retry-After on every endpoint, never a 500. */
class UnreachableClusterApiTest {

    private ElasticsearchClient client;
    private MockMvc mvc;

    @BeforeEach
    void unreachableCluster() throws IOException {
        int port = Ports.unused();
        client = ElasticsearchClients.create(ClusterConnection.plain("http://127.0.0.1:" + port));
        GazetteerCountryNames countries = new GazetteerCountryNames(id.warta.extract.CountryGazetteer.standard());
        ArticleSearch search = new ArticleSearch(client, IndexNames.ARTICLES, countries, CursorCodec.withRandomKey());
        ArticleAnalysis analysis = new ArticleAnalysis(client, IndexNames.ARTICLES, countries);
        mvc = MockMvcBuilders.standaloneSetup(new SearchController(search), new ArticleController(search),
                new ExportController(search), new AnalysisController(analysis))
                .setControllerAdvice(new ProblemResponses()).build();
    }

    @AfterEach
    void close() throws IOException {
        client.close();
    }

    @Test
    @DisplayName("search, article, similar, facet values, export and the analysis views all answer 503")
    void serviceUnavailable() throws Exception {
        for (String path : new String[] {"/api/search?q=beras", "/api/articles/a1", "/api/articles/a1/similar",
                "/api/facets/persons?prefix=jo", "/api/export.csv", "/api/analysis/cooccurrence?q=beras",
                "/api/analysis/significant-terms?country=KP", "/api/analysis/timeline?entity=country:KP"}) {
            mvc.perform(get(path)).andExpect(status().isServiceUnavailable())
                    .andExpect(header().exists("Retry-After"))
                    .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                    .andExpect(jsonPath("$.detail").value(containsString("cannot be reached")));
        }
    }

    @Test
    @DisplayName("parameter mistakes are still 400 while the cluster is down")
    void badParametersFirst() throws Exception {
        mvc.perform(get("/api/search").param("size", "0")).andExpect(status().isBadRequest());
        mvc.perform(get("/api/analysis/timeline").param("entity", "nobody")).andExpect(status().isBadRequest());
    }
}
