package id.warta.api;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import id.warta.extract.CountryGazetteer;
import id.warta.index.ClusterConnection;
import id.warta.index.ElasticsearchClients;
import id.warta.index.IndexNames;
import id.warta.search.ArticleHit;
import id.warta.search.ArticleSearch;
import id.warta.search.CursorCodec;
import id.warta.search.GazetteerCountryNames;
import id.warta.search.SearchRequest;
import id.warta.search.SearchUnavailableException;
import id.warta.testing.Ports;
import jakarta.servlet.Filter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

import java.io.IOException;
import java.net.ConnectException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Elasticsearch failing during a CSV export: a 503 problem before the first byte, a cut connection after. */
@ExtendWith(OutputCaptureExtension.class)
class ExportFailureTest {

    private ElasticsearchClient client;
    private final AtomicReference<MockHttpServletResponse> lastResponse = new AtomicReference<>();

    @BeforeEach
    void client() {
        client = ElasticsearchClients.create(ClusterConnection.plain("http://127.0.0.1:" + Ports.unused()));
    }

    @AfterEach
    void close() throws IOException {
        client.close();
    }

    /** An export whose cluster fails after {@code rows} rows. */
    private MockMvc failingAfter(int rows) {
        ArticleSearch search = new ArticleSearch(client, IndexNames.ARTICLES,
                new GazetteerCountryNames(CountryGazetteer.standard()), CursorCodec.withRandomKey()) {
            @Override
            public long count(SearchRequest request) {
                return 5000;
            }

            @Override
            public long export(SearchRequest request, int limit, Consumer<ArticleHit> sink) {
                for (int i = 0; i < rows; i++) {
                    sink.accept(new ArticleHit("a" + i, "Judul berita nomor " + i, "https://contoh.id/" + i, "kompas",
                            Instant.parse("2024-11-05T03:00:00Z"), null, List.of(), List.of("ID"), List.of(), List.of()));
                }
                throw new SearchUnavailableException("Elasticsearch cannot be reached (export): refused",
                        new ConnectException("refused"));
            }
        };
        Filter keepResponse = (request, response, chain) -> {
            lastResponse.set((MockHttpServletResponse) response);
            chain.doFilter(request, response);
        };
        return MockMvcBuilders.standaloneSetup(new ExportController(search))
                .setCustomArgumentResolvers(new SearchParameterBinding.Resolver())
                .setControllerAdvice(new ProblemResponses()).addFilters(keepResponse).build();
    }

    @Test
    @DisplayName("after rows were sent, no problem body is written into the CSV and the failure reaches the container, logged once by Warta")
    void failureAfterTheCommitAbortsTheResponse(CapturedOutput output) throws Exception {
        MockMvc mvc = failingAfter(1000);

        assertThatThrownBy(() -> mvc.perform(get("/api/export.csv")))
                .hasRootCauseInstanceOf(ConnectException.class)
                .satisfies(e -> assertThat(chain(e)).anyMatch(t -> t instanceof IOException
                        && t.getMessage().contains("export interrupted after")));

        MockHttpServletResponse response = lastResponse.get();
        assertThat(response.isCommitted()).isTrue();
        String csv = response.getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).startsWith("id,published_at").doesNotContain("problem").doesNotContain("\"status\"")
                .doesNotContain("unavailable");
        assertThat(output.getOut().lines().filter(line -> line.contains("WARN") || line.contains("ERROR")))
                .singleElement().asString().contains("export aborted after 1000 of 5000 rows");
    }

    @Test
    @DisplayName("before anything was sent, the failure is still a 503 problem")
    void failureBeforeTheCommitIsAProblem() throws Exception {
        failingAfter(3).perform(get("/api/export.csv"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(header().doesNotExist("Content-Disposition"));
    }

    private static List<Throwable> chain(Throwable e) {
        List<Throwable> out = new java.util.ArrayList<>();
        for (Throwable t = e; t != null && !out.contains(t); t = t.getCause()) {
            out.add(t);
        }
        return out;
    }
}
