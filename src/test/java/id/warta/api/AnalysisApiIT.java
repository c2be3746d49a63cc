package id.warta.api;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Issue #10: the analysis endpoints over the analysis fixture corpus (id.warta.search.analysis.AnalysisCorpus). */
@SpringBootTest
@AutoConfigureMockMvc
class AnalysisApiIT {

    @Autowired
    MockMvc mvc;

    @DynamicPropertySource
    static void cluster(DynamicPropertyRegistry registry) {
        ApiTestCluster.analysisProperties(registry);
    }

    @Test
    @DisplayName("a person by another name (Jokowi): co-occurrence leaves him out as under his full name, and facet value search offers him")
    void personByAlias() throws Exception {
        mvc.perform(get("/api/analysis/cooccurrence").param("person", "Jokowi").param("facet", "person").param("min_count", "1"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.excluded").value(contains("Joko Widodo")))
                .andExpect(jsonPath("$.entities[*].value").value(contains("Prabowo Subianto")));
        mvc.perform(get("/api/facets/persons").param("prefix", "jokowi"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.values[*].value").value(contains("Joko Widodo")));
    }

    @Test
    @DisplayName("GET /api/analysis/cooccurrence: persons with Mark Rutte by lift, snake_case fields, the filtered person excluded")
    void cooccurrence() throws Exception {
        mvc.perform(get("/api/analysis/cooccurrence").param("person", "Mark Rutte").param("facet", "person")
                        .param("min_count", "1").param("sort", "lift"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("application/json"))
                .andExpect(jsonPath("$.articles").value(4))
                .andExpect(jsonPath("$.archive").value(16))
                .andExpect(jsonPath("$.min_count").value(1))
                .andExpect(jsonPath("$.excluded").value(contains("Mark Rutte")))
                .andExpect(jsonPath("$.entities[*].value").value(contains("Ursula von der Leyen", "Volodymyr Zelensky", "Joe Biden")))
                .andExpect(jsonPath("$.entities[1].count").value(3))
                .andExpect(jsonPath("$.entities[1].archive_count").value(4))
                .andExpect(jsonPath("$.entities[1].lift").value(3.0));
        mvc.perform(get("/api/analysis/cooccurrence").param("q", "rudal").param("facet", "countries").param("min_count", "1"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.entities[0].value").value("KP"))
                .andExpect(jsonPath("$.entities[0].label").value("Korea Utara"));
    }

    @Test
    @DisplayName("GET /api/analysis/significant-terms: North Korea's distinctive words as written")
    void significantTerms() throws Exception {
        mvc.perform(get("/api/analysis/significant-terms").param("country", "KP").param("min_count", "2"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.terms[*].term").value(contains("rudal", "meluncurkan", "balistik")))
                .andExpect(jsonPath("$.terms[1].stem").value("luncur"))
                .andExpect(jsonPath("$.terms[1].forms").value(contains("meluncurkan", "diluncurkan")))
                .andExpect(jsonPath("$.terms[0].archive_count").value(4))
                .andExpect(jsonPath("$.sampled").value(4));
        mvc.perform(get("/api/analysis/significant-terms").param("person", "Mark Rutte").param("min_count", "2"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.excluded").value(org.hamcrest.Matchers.containsInAnyOrder("Mark", "Rutte")))
                .andExpect(jsonPath("$.terms[0].term").value("NATO"));
    }

    @Test
    @DisplayName("GET /api/analysis/timeline: one zero-filled series per entity in Asia/Jakarta weeks")
    void timeline() throws Exception {
        mvc.perform(get("/api/analysis/timeline").param("entity", "person:Mark Rutte", "country:KP").param("interval", "week")
                        .param("from", "2024-01-01").param("to", "2024-02-11"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.interval").value("week"))
                .andExpect(jsonPath("$.zone").value("Asia/Jakarta"))
                .andExpect(jsonPath("$.entities[0].entity").value("person:Mark Rutte"))
                .andExpect(jsonPath("$.entities[0].buckets[*].count").value(contains(1, 1, 1, 0, 0, 1)))
                .andExpect(jsonPath("$.entities[1].label").value("Korea Utara"))
                .andExpect(jsonPath("$.entities[1].buckets[0].start").value("2024-01-01"))
                .andExpect(jsonPath("$.entities[1].buckets[*].count").value(contains(1, 1, 0, 1, 0, 1)))
                .andExpect(jsonPath("$.entities[1].buckets[*].partial").value(contains(false, false, false, false, false, false)));
        mvc.perform(get("/api/analysis/timeline").param("entity", "country:KP").param("interval", "week")
                        .param("from", "2024-01-03").param("to", "2024-02-08"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.entities[0].buckets[*].partial").value(contains(true, false, false, false, false, true)));
    }

    @Test
    @DisplayName("each mistake is a 400 problem+json naming the parameter and what to fix")
    void badRequests() throws Exception {
        expectProblem(get("/api/analysis/cooccurrence").param("facet", "colours"), "facet", "persons or countries");
        expectProblem(get("/api/analysis/cooccurrence").param("size", "1000"), "size", "from 1 to 100");
        expectProblem(get("/api/analysis/cooccurrence").param("min_count", "none"), "min_count", "whole number");
        expectProblem(get("/api/analysis/cooccurrence").param("sort", "date"), "sort", "count or lift");
        expectProblem(get("/api/analysis/significant-terms").param("country", "ZZ"), "country", "ISO 3166");
        expectProblem(get("/api/analysis/significant-terms").param("size", "0"), "size", "from 1 to 100");
        expectProblem(get("/api/analysis/timeline"), "entity", "at least one entity");
        expectProblem(get("/api/analysis/timeline").param("entity", "Mark Rutte"), "entity", "person:NAME or country:CODE");
        expectProblem(get("/api/analysis/timeline").param("entity", "country:ZZ"), "entity", "unknown country 'ZZ'");
        expectProblem(get("/api/analysis/timeline").param("entity", "country:KP").param("interval", "fortnight"),
                "interval", "day, week, month, year or auto");
        expectProblem(get("/api/analysis/timeline").param("entity", "country:KP").param("interval", "day")
                .param("from", "1900-01-01").param("to", "2100-12-31"), "interval", "choose a longer interval");
        expectProblem(get("/api/analysis/timeline").param("entity", "country:KP").param("from", "2024-02-30"), "from",
                "YYYY-MM-DD");
    }

    @Test
    @DisplayName("the OpenAPI description lists the analysis endpoints with parameter and answer examples")
    void openApi() throws Exception {
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/analysis/cooccurrence'].get.parameters[?(@.name == 'min_count')].example")
                        .value(hasItem(3)))
                .andExpect(jsonPath("$.paths['/api/analysis/cooccurrence'].get.parameters[?(@.name == 'person')]").exists())
                .andExpect(jsonPath("$.paths['/api/analysis/cooccurrence'].get.parameters[?(@.name == 'cursor')]").isEmpty())
                .andExpect(jsonPath("$.paths['/api/analysis/cooccurrence'].get.responses['200'].content['application/json'].examples")
                        .exists())
                .andExpect(jsonPath("$.paths['/api/analysis/significant-terms'].get.responses['400']").exists())
                .andExpect(jsonPath("$.paths['/api/analysis/significant-terms'].get.responses['503']").exists())
                .andExpect(jsonPath("$.paths['/api/analysis/timeline'].get.parameters[?(@.name == 'entity')].example")
                        .value(hasItem("person:Mark Rutte")))
                .andExpect(jsonPath("$.paths['/api/search'].get.parameters[?(@.name == 'country')].example").value(hasItem("RU")))
                .andExpect(jsonPath("$.paths['/api/search'].get.parameters[?(@.name == 'cursor')]").exists());
    }

    private void expectProblem(RequestBuilder request, String parameter, String hint) throws Exception {
        mvc.perform(request).andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.parameter").value(parameter))
                .andExpect(jsonPath("$.detail").value(containsString(hint)));
    }
}
