package id.warta.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.JsonpUtils;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.warta.index.ElasticsearchClients;
import id.warta.benchmark.Machine;
import id.warta.index.IndexNames;
import id.warta.search.SearchMix.Latencies;
import id.warta.testing.TestCluster;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/**
 * Issue #5's search benchmark (not a timed test; tagged "benchmark", outside the suite). Loads the
 * CLICK-ID articles, then runs {@link BenchmarkQueries#MIX} at 1 and 8 concurrent clients two ways in
 * the same run, interleaved in rounds: through the API (HTTP to `warta serve` in its own JVM) and as the
 * same Elasticsearch requests sent straight to the node (open point in time, the identical _search
 * body, close the point in time when the page is the last), both with the same HTTP client, both
 * responses parsed as JSON. Writes benchmarks/results/search.md. See benchmarks/README.md.
 */
@Tag("benchmark")
class SearchBenchmark {

    private static final IndexNames NAMES = new IndexNames("bench-clickid");
    private static final int[] CLIENTS = {1, 8};
    private static final String PIT_PLACEHOLDER = "__PIT__";
    private static final int API_WARMUP_REPEATS = 3;
    private static final ObjectMapper JSON = new ObjectMapper();

    private ElasticsearchClient client;
    private ArticleSearch search;
    private String apiBase;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void searchLatencyApiVersusDirect() throws Exception {
        Path file = Path.of(System.getProperty("warta.bench.articles", "click_id_articles.jsonl.gz"));
        int rounds = Integer.getInteger("warta.bench.rounds", 6);
        int warmup = Integer.getInteger("warta.bench.warmup", 25);
        client = ElasticsearchClients.connect(TestCluster.connection());
        search = new ArticleSearch(client, NAMES, new GazetteerCountryNames(id.warta.extract.CountryGazetteer.standard()), CursorCodec.withRandomKey());
        long documents = new ClickIdLoader(client, NAMES).load(file);
        try (ApiProcess api = ApiProcess.start(TestCluster.connection(), NAMES)) {
            apiBase = api.baseUrl();
            measure(documents, rounds, warmup);
        } finally {
            client.close();
        }
    }

    private void measure(long documents, int rounds, int warmup) throws Exception {
        String loadBefore = Machine.loadAverage();

        List<Request> requests = BenchmarkQueries.MIX.stream().map(this::request).toList();
        StringBuilder table = new StringBuilder();
        List<String> verdicts = new ArrayList<>();
        for (int clients : CLIENTS) {
            // The JIT is warm after the first concurrency level: later levels only settle their connections.
            // The three in-process routes share the client and JSON code in this JVM, so it gets three times the
            // warm-up of the API's JVM unless the API's rounds are repeated.
            for (int round = 0; round < (clients == CLIENTS[0] ? warmup : 2); round++) {
                for (Route route : Route.values()) {
                    for (int repeat = 0; repeat < (route == Route.API ? API_WARMUP_REPEATS : 1); repeat++) {
                        runRound(requests, clients, route, null);
                    }
                }
            }
            java.util.Map<Route, Latencies> latencies = new java.util.EnumMap<>(Route.class);
            java.util.Map<Route, Long> wall = new java.util.EnumMap<>(Route.class);
            for (Route route : Route.values()) {
                latencies.put(route, new Latencies());
                wall.put(route, 0L);
            }
            for (int round = 0; round < rounds; round++) {
                for (Route route : Route.values()) {
                    wall.merge(route, runRound(requests, clients, route, latencies.get(route)), Long::sum);
                }
            }
            for (Route route : Route.values()) {
                table.append(row(clients, route.label, latencies.get(route), wall.get(route)));
            }
            Latencies api = latencies.get(Route.API);
            for (Route baseline : List.of(Route.DIRECT, Route.DIRECT_CLIENT)) {
                double p50 = api.percentile(50) / latencies.get(baseline).percentile(50);
                double p99 = api.percentile(99) / latencies.get(baseline).percentile(99);
                verdicts.add(String.format("| %d | %s | %.3f | %s | %.3f | %s |", clients, baseline.label, p50,
                        p50 <= 1.15 ? "met" : "NOT met", p99, p99 <= 1.3 ? "met" : "NOT met"));
            }
        }
        write(documents, warmup, rounds, table.toString(), verdicts, loadBefore + " before, " + Machine.loadAverage() + " after");
    }

    /** The ways one search of the mix is sent, in the order each round runs them. */
    private enum Route {
        DIRECT("direct: raw HTTP to Elasticsearch"),
        DIRECT_CLIENT("direct: official Java client, same request"),
        API("through the API"),
        MODULE("(query module in-process, for diagnosis)");

        private final String label;

        Route(String label) {
            this.label = label;
        }
    }

    /** One search of the mix, ready for both paths. */
    private record Request(String apiUri, String directBody, int size, SearchRequest validated) {
    }

    private Request request(SearchParameters parameters) {
        SearchRequest validated = search.validate(parameters);
        String body = JsonpUtils.toJsonString(search.pageRequest(validated, PIT_PLACEHOLDER, null), client._jsonpMapper());
        return new Request(apiUri(parameters), body, validated.size(), validated);
    }

    private String apiUri(SearchParameters p) {
        StringJoiner query = new StringJoiner("&");
        add(query, "q", p.q());
        p.country().forEach(c -> add(query, "country", c));
        p.source().forEach(s -> add(query, "source", s));
        add(query, "from", p.from());
        add(query, "to", p.to());
        add(query, "sort", p.sort());
        return apiBase + "/api/search?" + query;
    }

    private static void add(StringJoiner query, String name, String value) {
        if (value != null) {
            query.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }

    /** Every client runs the whole mix once (each from its own offset); returns the wall time. */
    private long runRound(List<Request> requests, int clients, Route route, Latencies sink) throws Exception {
        return SearchMix.round(requests, clients, r -> {
            switch (route) {
                case API -> api(r);
                case DIRECT -> direct(r);
                case DIRECT_CLIENT -> directClient(r);
                case MODULE -> search.search(r.validated());
            }
        }, sink);
    }

    private void api(Request r) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create(r.apiUri())).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        check(response);
        JSON.readTree(response.body());
    }

    private void direct(Request r) throws IOException, InterruptedException {
        String es = TestCluster.connection().url();
        HttpResponse<byte[]> opened = http.send(HttpRequest.newBuilder(URI.create(es + "/" + NAMES.readAlias()
                + "/_pit?keep_alive=3m")).POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofByteArray());
        check(opened);
        String pit = JSON.readTree(opened.body()).get("id").asText();
        HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create(es + "/_search?typed_keys=true"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(r.directBody().replace(PIT_PLACEHOLDER, pit))).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        check(response);
        JsonNode result = JSON.readTree(response.body());
        if (result.path("hits").path("hits").size() < r.size()) {
            http.send(HttpRequest.newBuilder(URI.create(es + "/_pit")).header("Content-Type", "application/json")
                    .method("DELETE", HttpRequest.BodyPublishers.ofString("{\"id\":\"" + result.get("pit_id").asText() + "\"}"))
                    .build(), HttpResponse.BodyHandlers.discarding());
        }
    }

    /** The same requests through the official client Warta uses, without Warta's own code around them. */
    private void directClient(Request r) throws IOException {
        String pit = client.openPointInTime(o -> o.index(NAMES.readAlias()).keepAlive(ArticleSearch.KEEP_ALIVE)).id();
        var response = client.search(search.pageRequest(r.validated(), pit, null), co.elastic.clients.json.JsonData.class);
        if (response.hits().hits().size() < r.size()) {
            client.closePointInTime(c -> c.id(response.pitId()));
        }
    }

    private static void check(HttpResponse<byte[]> response) {
        if (response.statusCode() != 200) {
            throw new IllegalStateException(response.uri() + " answered " + response.statusCode() + ": "
                    + new String(response.body(), StandardCharsets.UTF_8));
        }
    }

    private static String row(int clients, String path, Latencies l, long wallNanos) {
        return String.format("| %d | %s | %,d | %.1f | %.1f | %.1f | %.1f |%n", clients, path, l.count(),
                l.percentile(50) / 1e6, l.percentile(90) / 1e6, l.percentile(99) / 1e6, l.count() / (wallNanos / 1e9));
    }

    private void write(long documents, int warmup, int rounds, String table, List<String> verdicts, String load) throws IOException {
        String heading = "| clients | path | requests | p50 ms | p90 ms | p99 ms | requests/s |\n|---|---|---|---|---|---|---|\n";
        String text = "# Search benchmark: API vs direct Elasticsearch\n\n"
                + "Run " + ZonedDateTime.now().withNano(0) + " on " + Runtime.getRuntime().availableProcessors()
                + " cores, Elasticsearch at " + TestCluster.connection().url() + ", " + String.format("%,d", documents)
                + " CLICK-ID articles (index `" + NAMES.base() + "`). Load average (1/5/15 min) " + load + ".\n\n"
                + "Mix: " + BenchmarkQueries.MIX.size() + " first-page searches with facets and highlights (BenchmarkQueries); "
                + warmup + " warm-up rounds (2 at 8 clients; the API's " + API_WARMUP_REPEATS + " times over, since the other routes share "
                + "their JVM and code) and " + rounds + " measured rounds per concurrency, each client running the whole mix per round, direct and API "
                + "rounds interleaved (each round runs every route in turn). Direct requests are what the API sends: open a "
                + "point in time, the identical _search body (built by the query module), close the point in time on a "
                + "last page; once as raw HTTP with a prebuilt body (JDK HTTP client, JSON parsed to a tree), once "
                + "through the official Java client Warta uses (typed request and response). The API is `warta serve` "
                + "in its own JVM, called with the same JDK HTTP client.\n\n"
                + heading + table + "\n"
                + "Targets: API p50 ≤ 1.15 × direct, p99 ≤ 1.3 × direct.\n\n"
                + "| clients | API against | p50 ratio | p50 target | p99 ratio | p99 target |\n|---|---|---|---|---|---|\n"
                + String.join("\n", verdicts) + "\n";
        java.nio.file.Path out = java.nio.file.Path.of("benchmarks/results/search.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, text);
        System.out.println(text);
    }
}
