package id.warta.api;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Issue #5: the REST API over the fixture corpus (see id.warta.search.FixtureCorpus), through Spring MVC. */
@SpringBootTest
@AutoConfigureMockMvc
class SearchApiIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;

    @DynamicPropertySource
    static void cluster(DynamicPropertyRegistry registry) {
        ApiTestCluster.properties(registry);
    }

    @Test
    @DisplayName("GET /api/search answers hits with highlights, facets with labels and counts, and a cursor")
    void search() throws Exception {
        mvc.perform(get("/api/search").param("q", "menandatangani").param("size", "1"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("application/json"))
                .andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.hits.length()").value(1))
                .andExpect(jsonPath("$.hits[0].published_at").exists())
                .andExpect(jsonPath("$.hits[0].title_highlight").value(containsString("<em>")))
                .andExpect(jsonPath("$.facets.countries[?(@.value == 'RU')].label").value(hasItem("Rusia")))
                .andExpect(jsonPath("$.facets.dates.interval").value("month"))
                .andExpect(jsonPath("$.next_cursor").isString())
                .andExpect(jsonPath("$.match").value("all"));
        mvc.perform(get("/api/search").param("q", "timnas Pyongyang"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.match").value("any"))
                .andExpect(jsonPath("$.total").value(4));
    }

    @Test
    @DisplayName("repeated and multi-valued filters: country=RU&country=KP (or country[]=, or RU,KP) matches either, person narrows further; a person no article has is named with what it may mean")
    void filters() throws Exception {
        mvc.perform(get("/api/search").param("country", "RU", "KP"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.total").value(5));
        mvc.perform(get("/api/search").param("country[]", "RU", "KP")) // how axios and jQuery send a list
                .andExpect(status().isOk()).andExpect(jsonPath("$.total").value(5));
        mvc.perform(get("/api/search").param("country", "RU,KP"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.total").value(5));
        mvc.perform(get("/api/search").param("country", "RU").param("person", "Xi Jinping"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.hits[0].id").value("a6"))
                .andExpect(jsonPath("$.unmatched_filters").isArray())
                .andExpect(jsonPath("$.unmatched_filters").isEmpty());
        mvc.perform(get("/api/search").param("person", "Putin"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.total").value(0))
                .andExpect(jsonPath("$.unmatched_filters[0].facet").value("person"))
                .andExpect(jsonPath("$.unmatched_filters[0].value").value("Putin"))
                .andExpect(jsonPath("$.unmatched_filters[0].did_you_mean[0].value").value("Vladimir Putin"))
                .andExpect(jsonPath("$.unmatched_filters[0].did_you_mean[0].count").value(3));
        mvc.perform(get("/api/search").param("from", "2024-11-01").param("to", "2024-11-01"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.facets.dates.buckets[0].start").value("2024-11-01"));
    }

    @Test
    @DisplayName("following next_cursor returns every hit once")
    void paging() throws Exception {
        List<String> ids = new ArrayList<>();
        String cursor = null;
        do {
            var request = get("/api/search").param("sort", "date").param("size", "5");
            if (cursor != null) {
                request.param("cursor", cursor);
            }
            JsonNode page = json(mvc.perform(request).andExpect(status().isOk()).andReturn());
            page.get("hits").forEach(h -> ids.add(h.get("id").asString()));
            cursor = page.get("next_cursor").isNull() ? null : page.get("next_cursor").asString();
        } while (cursor != null);
        assertThat(ids).hasSize(12).doesNotHaveDuplicates();
    }

    @Test
    @DisplayName("each mistake is a 400 problem+json naming the parameter and what to fix")
    void badRequests() throws Exception {
        expectProblem(get("/api/search").param("from", "2024-02-30"), "from", "YYYY-MM-DD");
        expectProblem(get("/api/search").param("country", "ZZ"), "country", "ISO 3166");
        expectProblem(get("/api/search").param("size", "500"), "size", "from 1 to 100");
        expectProblem(get("/api/search").param("sort", "random"), "sort", "relevance");
        expectProblem(get("/api/facets/colours"), "facet", "countries, persons or sources");
        expectProblem(get("/api/export.csv").param("limit", "1000000"), "limit", "100000");

        String cursor = json(mvc.perform(get("/api/search").param("size", "2")).andReturn()).get("next_cursor").asString();
        String tampered = cursor.substring(0, cursor.length() - 2) + (cursor.endsWith("AA") ? "BB" : "AA");
        expectProblem(get("/api/search").param("size", "2").param("cursor", tampered), "cursor", "without a cursor");
        expectProblem(get("/api/search").param("size", "2").param("q", "beras").param("cursor", cursor), "cursor",
                "same parameters");
    }

    @Test
    @DisplayName("GET /api/articles/{id} answers the article with its authors, an unknown id 404, and /similar excludes the article itself")
    void articles() throws Exception {
        mvc.perform(get("/api/articles/{id}", "a1")).andExpect(status().isOk())
                .andExpect(jsonPath("$.body").value(containsString("Pyongyang")))
                .andExpect(jsonPath("$.countries").value(hasItem("KP")))
                .andExpect(jsonPath("$.authors.length()").value(0));
        mvc.perform(get("/api/articles/{id}", "a4")).andExpect(status().isOk())
                .andExpect(jsonPath("$.authors[0]").value("Rina Wulandari"));
        mvc.perform(get("/api/search").param("person", "Joe Biden").param("sort", "date"))
                .andExpect(jsonPath("$.hits[?(@.id == 'a4')].authors[0]").value(hasItem("Rina Wulandari")));
        mvc.perform(get("/api/analysis/terms")).andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.detail").value("GET /api/analysis/terms is no path of the Warta API; its paths are "
                        + "listed at /v3/api-docs and /swagger-ui.html"));
        mvc.perform(get("/api/articles/{id}", "nope")).andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.status").value(404));
        JsonNode similar = json(mvc.perform(get("/api/articles/{id}/similar", "a1")).andExpect(status().isOk()).andReturn());
        List<String> ids = new ArrayList<>();
        similar.get("hits").forEach(h -> ids.add(h.get("id").asString()));
        assertThat(ids).isNotEmpty().doesNotContain("a1");
    }

    @Test
    @DisplayName("GET /api/facets/{facet}?prefix= answers matching values with counts under the current query")
    void facetValues() throws Exception {
        mvc.perform(get("/api/facets/persons").param("prefix", "vla"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.values[0].value").value("Vladimir Putin"))
                .andExpect(jsonPath("$.values[0].count").value(3));
        mvc.perform(get("/api/facets/countries").param("prefix", "kor").param("q", "rudal"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.values[0].value").value("KP"))
                .andExpect(jsonPath("$.values[0].label").value("Korea Utara"))
                .andExpect(jsonPath("$.values[0].count").value(1));
    }

    @Test
    @DisplayName("GET /api/export.csv streams one row per match: the row count equals the search's total")
    void csvExport() throws Exception {
        // the last: no article has both words, so the search and the export match either
        for (String[] filter : new String[][] {{"country", "KP"}, {"q", ""}, {"q", "kata OR Pyongyang"}, {"q", "timnas Pyongyang"}}) {
            JsonNode page = json(mvc.perform(get("/api/search").param(filter[0], filter[1])).andReturn());
            long total = page.get("total").asLong();
            MvcResult csv = mvc.perform(get("/api/export.csv").param(filter[0], filter[1]))
                    .andExpect(status().isOk())
                    .andExpect(content().contentTypeCompatibleWith("text/csv"))
                    .andExpect(header().string(ExportController.TOTAL_HEADER, String.valueOf(total)))
                    .andExpect(header().string(ExportController.MATCH_HEADER, page.get("match").asString()))
                    .andReturn();
            List<String> lines = csv.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8).lines().toList();
            assertThat(lines.getFirst()).isEqualTo("id,published_at,source,title,url,countries,persons,authors");
            assertThat(lines).hasSize((int) total + 1);
        }
    }

    @Test
    @DisplayName("the OpenAPI 3 description lists the endpoints with examples")
    void openApi() throws Exception {
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andExpect(jsonPath("$.openapi").value(containsString("3.")))
                .andExpect(jsonPath("$.paths['/api/search'].get.parameters[?(@.name == 'country')].example").value(hasItem("RU")))
                .andExpect(jsonPath("$.paths['/api/export.csv']").exists())
                .andExpect(jsonPath("$.paths['/api/search'].get.responses['400'].content['application/problem+json']").exists())
                .andExpect(jsonPath("$.paths['/api/search'].get.responses['503']").exists())
                .andExpect(jsonPath("$.paths['/api/export.csv'].get.responses['200'].content['text/csv']").exists())
                .andExpect(jsonPath("$.paths['/api/articles/{id}'].get.responses['404']").exists())
                .andExpect(jsonPath("$.paths['/api/facets/{facet}']").exists())
                .andExpect(jsonPath("$.paths['/api/articles/{id}/similar']").exists())
                // what a successful answer holds, for clients generated from the description
                .andExpect(jsonPath("$.paths['/api/search'].get.responses['200'].content['application/json'].schema['$ref']")
                        .value(containsString("SearchResult")))
                .andExpect(jsonPath("$.paths['/api/facets/{facet}'].get.responses['200'].content['application/json'].schema").exists())
                .andExpect(jsonPath("$.paths['/api/articles/{id}'].get.responses['200'].content['application/json'].schema").exists())
                .andExpect(jsonPath("$.paths['/api/articles/{id}/similar'].get.responses['200'].content['application/json'].schema").exists())
                .andExpect(jsonPath("$.components.schemas.SearchResult.properties.next_cursor").exists())
                // facet value search takes a size of values, and no page order, cursor or recency it would ignore
                .andExpect(jsonPath("$.paths['/api/facets/{facet}'].get.parameters[?(@.name == 'size')].description")
                        .value(hasItem(containsString("Values to list"))))
                .andExpect(jsonPath("$.paths['/api/facets/{facet}'].get.parameters[?(@.name in ['cursor', 'sort', 'recency'])]").isEmpty());
    }

    private void expectProblem(org.springframework.test.web.servlet.RequestBuilder request, String parameter, String hint)
            throws Exception {
        mvc.perform(request).andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.parameter").value(parameter))
                .andExpect(jsonPath("$.detail").value(containsString(hint)));
    }

    private static JsonNode json(MvcResult result) throws Exception {
        return JSON.readTree(result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
    }
}
