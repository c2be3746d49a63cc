package id.warta.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.JsonpUtils;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.warta.index.ElasticsearchClients;
import id.warta.benchmark.Machine;
import id.warta.benchmark.ProcessCpu;
import id.warta.index.IndexNames;
import id.warta.search.SearchMix.Latencies;
import id.warta.testing.TestCluster;
import org.apache.hc.client5.http.classic.methods.HttpDelete;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.apache.hc.core5.util.Timeout;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The warm-up ends when the JIT compilers took at most this share of each JVM's CPU over a window. */
    private static final double JIT_IDLE_SHARE = 0.03;
    private static final double JIT_WINDOW_MILLIS = 500;
    private static final int MAX_WARMUP_REQUESTS = 40_000;

    private ElasticsearchClient client;
    private ArticleSearch search;
    private String apiBase;
    private ApiProcess apiProcess;
    private java.util.Optional<ProcessHandle> elasticsearchProcess;
    private int warmupRequestsMade;
    private boolean jitChecked = true;
    private ProcessCpu.CompilerThreads apiCompilers;
    private final ProcessCpu.CompilerThreads ownCompilers = new ProcessCpu.CompilerThreads(ProcessHandle.current());

    /**
     * The clients' side of the raw direct route and of the API route: Apache HttpClient 5's blocking client, the HTTP
     * library under the official client of the other direct route (and under the API's own calls to Elasticsearch),
     * so that every route's clients pay the same for HTTP and only what lies behind the address differs. (The JDK's
     * HTTP client, used until 27 November, hands each exchange to a selector thread and back, which added up to
     * 1 ms at one client to the two routes that used it.)
     */
    private final CloseableHttpClient http = HttpClients.custom()
            .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create().setMaxConnTotal(64).setMaxConnPerRoute(32)
                    .setDefaultConnectionConfig(ConnectionConfig.custom().setConnectTimeout(Timeout.ofSeconds(5))
                            .setSocketTimeout(Timeout.ofMinutes(2)).build()).build())
            .disableAutomaticRetries().disableRedirectHandling().disableCookieManagement().disableAuthCaching()
            .disableConnectionState().disableContentCompression().build();

    @Test
    void searchLatencyApiVersusDirect() throws Exception {
        Path file = Path.of(System.getProperty("warta.bench.articles", "click_id_articles.jsonl.gz"));
        int rounds = Integer.getInteger("warta.bench.rounds", 12);
        int warmup = Integer.getInteger("warta.bench.warmup.requests", 12_000);
        client = ElasticsearchClients.connect(TestCluster.connection());
        search = new ArticleSearch(client, NAMES, new GazetteerCountryNames(id.warta.extract.CountryGazetteer.standard()), CursorCodec.withRandomKey());
        long documents = new ClickIdLoader(client, NAMES).load(file);
        try (ApiProcess api = ApiProcess.start(TestCluster.connection(), NAMES)) {
            apiBase = api.baseUrl();
            apiProcess = api;
            apiCompilers = new ProcessCpu.CompilerThreads(api.handle());
            measure(documents, rounds, warmup);
        } finally {
            client.close();
            http.close();
        }
    }

    private void measure(long documents, int rounds, int warmupRequests) throws Exception {
        String loadBefore = Machine.loadAverage();

        List<Request> requests = BenchmarkQueries.MIX.stream().map(this::request).toList();
        // Warm-up: HotSpot compiles a method with C2 after about 5,000 calls, so code that runs once per request
        // (Spring MVC's dispatch, the query module's request building) is only compiled after some thousand
        // requests, and its large compilations queue for seconds of CPU. Every route sends the same warm-up
        // requests, first at the highest concurrency (at least warmupRequests each), then at each measured
        // concurrency (at least two rounds), each time until a window of rounds leaves the JIT compilers of both JVMs
        // (the API's and this one) nearly idle: under full load the compiler threads get little CPU, so their queue
        // is only seen to drain at one client.
        warmupRequestsMade = warmUp(requests, CLIENTS[CLIENTS.length - 1], warmupRequests);
        StringBuilder table = new StringBuilder();
        List<String> verdicts = new ArrayList<>();
        for (int clients : CLIENTS) {
            warmupRequestsMade += warmUp(requests, clients, 2 * clients * requests.size());
            java.util.Map<Route, Latencies> latencies = new java.util.EnumMap<>(Route.class);
            java.util.Map<Route, Long> wall = new java.util.EnumMap<>(Route.class);
            java.util.Map<Route, CpuTimes> cpu = new java.util.EnumMap<>(Route.class);
            for (Route route : Route.values()) {
                latencies.put(route, new Latencies());
                wall.put(route, 0L);
                cpu.put(route, CpuTimes.ZERO);
            }
            Route[] routes = Route.values();
            for (int round = 0; round < rounds; round++) {
                // Each round starts one route later than the one before, so that no route always runs right after the
                // same other route (whose garbage Elasticsearch may collect, or whose cache state it may leave).
                for (int i = 0; i < routes.length; i++) {
                    Route route = routes[(round + i) % routes.length];
                    CpuTimes before = cpuTimes();
                    wall.merge(route, runRound(requests, clients, route, latencies.get(route)), Long::sum);
                    cpu.merge(route, cpuTimes().minus(before), CpuTimes::plus);
                }
            }
            for (Route route : Route.values()) {
                table.append(row(clients, route.label, latencies.get(route), wall.get(route), cpu.get(route)));
            }
            Latencies api = latencies.get(Route.API);
            for (Route baseline : List.of(Route.DIRECT, Route.DIRECT_CLIENT)) {
                double p50 = api.percentile(50) / latencies.get(baseline).percentile(50);
                double p99 = api.percentile(99) / latencies.get(baseline).percentile(99);
                verdicts.add(String.format("| %d | %s | %.3f | %s | %.3f | %s |", clients, baseline.label, p50,
                        p50 <= 1.15 ? "met" : "NOT met", p99, p99 <= 1.3 ? "met" : "NOT met"));
            }
        }
        write(documents, warmupRequests, rounds, table.toString(), verdicts, loadBefore + " before, " + Machine.loadAverage() + " after");
    }

    /**
     * Runs rounds of every route at {@code clients} until each route has sent at least {@code minimum} requests and the
     * JIT compilers were nearly idle over the last window of rounds (or {@link #MAX_WARMUP_REQUESTS} were sent);
     * returns the requests each route sent. A window lasts until each JVM has used {@link #JIT_WINDOW_MILLIS} of
     * CPU, so that its compiler share is measured in more than a few 10 ms clock ticks. Where the system does not
     * tell a process's CPU, the warm-up stops at the minimum.
     */
    private int warmUp(List<Request> requests, int clients, int minimum) throws Exception {
        int perRound = clients * requests.size();
        int sent = 0;
        boolean compiling = true;
        CpuTimes window = CpuTimes.ZERO;
        while (sent < MAX_WARMUP_REQUESTS && (sent < minimum || compiling)) {
            CpuTimes before = cpuTimes();
            for (Route route : Route.values()) {
                runRound(requests, clients, route, null);
            }
            window = window.plus(cpuTimes().minus(before));
            sent += perRound;
            if (Double.isNaN(window.api()) || Double.isNaN(window.benchmark())) {
                jitChecked = false;
                compiling = false;
            } else if (window.api() >= JIT_WINDOW_MILLIS && window.benchmark() >= JIT_WINDOW_MILLIS) {
                compiling = window.apiCompiler() > JIT_IDLE_SHARE * window.api()
                        || window.benchmarkCompiler() > JIT_IDLE_SHARE * window.benchmark();
                window = CpuTimes.ZERO;
            }
        }
        return sent;
    }

    /** The ways one search of the mix is sent; the measured rounds rotate their order. */
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

    private void api(Request r) throws IOException {
        JSON.readTree(send(new HttpGet(r.apiUri())));
    }

    private void direct(Request r) throws IOException {
        String es = TestCluster.connection().url();
        String pit = JSON.readTree(send(new HttpPost(es + "/" + NAMES.readAlias() + "/_pit?keep_alive=3m"))).get("id").asText();
        HttpPost search = new HttpPost(es + "/_search?typed_keys=true");
        search.setEntity(new StringEntity(r.directBody().replace(PIT_PLACEHOLDER, pit), ContentType.APPLICATION_JSON));
        JsonNode result = JSON.readTree(send(search));
        if (result.path("hits").path("hits").size() < r.size()) {
            HttpDelete close = new HttpDelete(es + "/_pit");
            close.setEntity(new StringEntity("{\"id\":\"" + result.get("pit_id").asText() + "\"}", ContentType.APPLICATION_JSON));
            send(close);
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

    /** Sends a request on this benchmark's HTTP client; returns the answer's body, which must come with a 200. */
    private byte[] send(ClassicHttpRequest request) throws IOException {
        return http.execute(request, response -> {
            byte[] body = response.getEntity() == null ? new byte[0] : EntityUtils.toByteArray(response.getEntity());
            if (response.getCode() != 200) {
                throw new IllegalStateException(request.getRequestUri() + " answered " + response.getCode() + ": "
                        + new String(body, StandardCharsets.UTF_8));
            }
            return body;
        });
    }

    private static String row(int clients, String path, Latencies l, long wallNanos, CpuTimes cpu) {
        return String.format("| %d | %s | %,d | %.1f | %.1f | %.1f | %.1f | %.2f | %.2f | %.2f | %.2f | %.2f |%n", clients, path, l.count(),
                l.percentile(50) / 1e6, l.percentile(90) / 1e6, l.percentile(99) / 1e6, l.count() / (wallNanos / 1e9),
                cpu.elasticsearch() / l.count(), cpu.api() / l.count(), cpu.apiCompiler() / l.count(), cpu.benchmark() / l.count(),
                cpu.benchmarkCompiler() / l.count());
    }

    /**
     * CPU time used so far, in milliseconds: by Elasticsearch's process, by the API's JVM (all threads) and the part
     * of it its JIT compiler took, and by this JVM.
     */
    private record CpuTimes(double elasticsearch, double api, double apiCompiler, double benchmark, double benchmarkCompiler) {

        static final CpuTimes ZERO = new CpuTimes(0, 0, 0, 0, 0);

        CpuTimes minus(CpuTimes o) {
            return new CpuTimes(elasticsearch - o.elasticsearch, api - o.api, apiCompiler - o.apiCompiler,
                    benchmark - o.benchmark, benchmarkCompiler - o.benchmarkCompiler);
        }

        CpuTimes plus(CpuTimes o) {
            return new CpuTimes(elasticsearch + o.elasticsearch, api + o.api, apiCompiler + o.apiCompiler,
                    benchmark + o.benchmark, benchmarkCompiler + o.benchmarkCompiler);
        }
    }

    private CpuTimes cpuTimes() throws IOException {
        ProcessHandle api = apiProcess.handle();
        ProcessHandle self = ProcessHandle.current();
        return new CpuTimes(elasticsearchCpuMillis(), millis(ProcessCpu.total(api)), millis(apiCompilers.cpu()),
                millis(ProcessCpu.total(self)), millis(ownCompilers.cpu()));
    }

    /**
     * Elasticsearch's CPU time: from its process when the node runs on this machine (exact), else from its node
     * stats (which the node refreshes only about once a second).
     */
    private double elasticsearchCpuMillis() throws IOException {
        if (elasticsearchProcess == null) {
            elasticsearchProcess = ProcessCpu.localElasticsearch(TestCluster.connection().url());
        }
        if (elasticsearchProcess.isPresent()) {
            return millis(ProcessCpu.total(elasticsearchProcess.get()));
        }
        double total = 0;
        for (JsonNode node : JSON.readTree(get("/_nodes/stats/process?filter_path=nodes.*.process.cpu.total_in_millis")).path("nodes")) {
            total += node.path("process").path("cpu").path("total_in_millis").asDouble();
        }
        return total;
    }

    private byte[] get(String path) throws IOException {
        return send(new HttpGet(TestCluster.connection().url() + path));
    }

    private static double millis(java.time.Duration d) {
        return d == null ? Double.NaN : d.toNanos() / 1e6;
    }

    private void write(long documents, int warmup, int rounds, String table, List<String> verdicts, String load) throws IOException {
        String heading = "| clients | path | requests | p50 ms | p90 ms | p99 ms | requests/s | CPU ms/request: Elasticsearch "
                + "| API JVM | of which JIT | benchmark JVM | of which JIT |\n|---|---|---|---|---|---|---|---|---|---|---|---|\n";
        String text = "# Search benchmark: API vs direct Elasticsearch\n\n"
                + "Run " + ZonedDateTime.now().withNano(0) + " on " + Runtime.getRuntime().availableProcessors()
                + " cores, Elasticsearch at " + TestCluster.connection().url() + ", " + String.format("%,d", documents)
                + " CLICK-ID articles (index `" + NAMES.base() + "`). Load average (1/5/15 min) " + load + ".\n\n"
                + "Mix: " + BenchmarkQueries.MIX.size() + " first-page searches with facets and highlights (BenchmarkQueries); "
                + String.format("%,d", warmupRequestsMade) + " warm-up requests per route (at least " + String.format("%,d", warmup)
                + " at " + CLIENTS[CLIENTS.length - 1] + " clients, then at least 2 rounds at each measured concurrency, each time more "
                + (jitChecked ? "until the JIT compilers took under " + Math.round(JIT_IDLE_SHARE * 100) + "% of each JVM's CPU over a "
                        + "window in which each JVM used at least " + Math.round(JIT_WINDOW_MILLIS) + " ms of CPU), then "
                        : "if the JIT compilers were busy; this system does not tell process CPU, so the minimum was taken), then ")
                + rounds + " measured rounds per concurrency, "
                + "each client running the whole mix per round, direct and API "
                + "rounds interleaved (each round runs every route in turn, starting one route later than the round before). Direct requests are what the API sends: open a "
                + "point in time, the identical _search body (built by the query module), close the point in time on a "
                + "last page; once as raw HTTP with a prebuilt body (Apache HttpClient 5, JSON parsed to a tree), once "
                + "through the official Java client Warta uses (typed request and response). The API is `warta serve` "
                + "in its own JVM, called with the same Apache HttpClient (the library under the official client too). CPU per request: process CPU time over the measured "
                + "rounds of each route (all threads: JIT, GC and the kernel's work for the process included; Elasticsearch's "
                + (elasticsearchProcess != null && elasticsearchProcess.isPresent() ? "from its process" : "from its node stats, which it "
                        + "refreshes about once a second") + "), divided by "
                + "its requests; \"of which JIT\" is a JVM's compiler threads (near zero once it is warm); the benchmark "
                + "JVM is the clients' side (and the in-process routes' whole work).\n\n"
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
