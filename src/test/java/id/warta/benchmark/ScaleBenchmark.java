package id.warta.benchmark;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.warta.article.Article;
import id.warta.extract.CountryGazetteer;
import id.warta.extract.EntityExtractor;
import id.warta.index.ClusterConnection;
import id.warta.index.ElasticsearchClients;
import id.warta.index.IndexNames;
import id.warta.node.LocalNode;
import id.warta.search.ArticleSearch;
import id.warta.search.CursorCodec;
import id.warta.search.GazetteerCountryNames;
import id.warta.search.SearchMix;
import id.warta.search.SearchRequest;
import id.warta.testing.TestCluster;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The scale benchmark (issue #9): how ingest time, index size and search latency grow with the archive.
 *
 * <p>On a managed node of its own (port 9390), for each size (default 25,000, 100,000 and 250,000 articles):
 * <ol>
 *   <li>{@link ScaleArchiveGenerator} writes an archive of that many articles made from the CLICK-ID articles;</li>
 *   <li>the raw bulk baseline and `warta ingest` (own JVM) fill an index each from it, as {@link IngestBenchmark}
 *       does ({@link IngestRuns}); the raw index is dropped, the job's index stays;</li>
 *   <li>the job's index: store size from {@code _stats} as the job left it, then force-merged to one segment
 *       (as the search benchmark's index is) and measured again;</li>
 *   <li>the search benchmark's mix ({@link SearchMix}) through Warta's query module in this JVM, at 1 and 8
 *       clients: p50 and p99.</li>
 * </ol>
 * Entity extraction is off by default (see benchmarks/README.md); {@code --entities} turns it on for the job and
 * for the raw baseline's documents. Writes benchmarks/results/scale.md and scale.png ({@link ScaleReport}).
 *
 * <pre>
 * benchmarks/scale.sh [CLICK_ID_FILE] [SIZES...] [--seed 9] [--rounds 3] [--entities] [--port 9390]
 * </pre>
 */
public final class ScaleBenchmark {

    static final List<Integer> DEFAULT_SIZES = List.of(25_000, 100_000, 250_000);
    private static final Path DEFAULT_SOURCE = Path.of("samples/click-id/articles.jsonl.gz");
    private static final int DEFAULT_PORT = 9390;
    private static final int WARMUP_ARTICLES = 5_000;
    private static final int[] CLIENTS = {1, 8};
    private static final int SEARCH_WARMUP_ROUNDS = 25;
    private static final int SEARCH_ROUNDS = 10;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** What the command line asks for. */
    record Options(Path source, List<Integer> sizes, long seed, int rounds, boolean entities, int port) {

        static Options parse(String[] args) {
            Path source = DEFAULT_SOURCE;
            List<Integer> sizes = new ArrayList<>();
            long seed = ScaleArchiveGenerator.DEFAULT_SEED;
            int rounds = 3;
            boolean entities = false;
            int port = DEFAULT_PORT;
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--seed" -> seed = Long.parseLong(args[++i]);
                    case "--rounds" -> rounds = Integer.parseInt(args[++i]);
                    case "--entities" -> entities = true;
                    case "--port" -> port = Integer.parseInt(args[++i]);
                    default -> {
                        if (args[i].matches("[0-9_,]+k?")) {
                            sizes.add(size(args[i]));
                        } else if (i == 0) {
                            source = Path.of(args[i]);
                        } else {
                            throw new IllegalArgumentException("unknown argument: " + args[i]);
                        }
                    }
                }
            }
            return new Options(source, sizes.isEmpty() ? DEFAULT_SIZES : sizes.stream().sorted().toList(), seed, rounds,
                    entities, port);
        }

        private static int size(String text) {
            String digits = text.replace("_", "").replace(",", "");
            return digits.endsWith("k") ? Integer.parseInt(digits.substring(0, digits.length() - 1)) * 1000 : Integer.parseInt(digits);
        }
    }

    /** One size's figures, with every round's job and raw bulk run. */
    record SizeResult(int size, long archiveBytes, double generateSeconds, double averageBodyCharacters,
                      List<IngestRuns.Run> jobs, List<IngestRuns.Run> raws, long storeBytesAsIngested, long storeBytesMerged,
                      double mergeSeconds, List<SearchFigures> search, String loadBefore, String loadAfter) {

        /** The job run of median time. */
        IngestRuns.Run job() {
            return median(jobs);
        }

        /** The raw bulk run of median time. */
        IngestRuns.Run raw() {
            return median(raws);
        }
    }

    /** p50 and p99 in milliseconds of one concurrency level. */
    record SearchFigures(int clients, int requests, double p50, double p99) {
    }

    private final Options options;
    private final ClusterConnection es;
    private final ElasticsearchClient client;
    private final Path work;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private ScaleBenchmark(Options options, ClusterConnection es, ElasticsearchClient client, Path work) {
        this.options = options;
        this.es = es;
        this.client = client;
        this.work = work;
    }

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        if (options.source().equals(DEFAULT_SOURCE)) {
            System.out.println("No CLICK-ID file given: using the 403-article sample; the full CLICK-ID file gives"
                    + " far more varied archives (benchmarks/README.md).");
        }
        ScaleArchiveGenerator generator = ScaleArchiveGenerator.fromClickId(options.source(), options.seed());
        ScaleReport report = new ScaleReport(options, generator.sourceCount(), Machine.loadAverage());
        LocalNode node = new LocalNode(TestCluster.testNodeSettings(options.port(), "bench-scale-node"), System.getenv());
        ClusterConnection es = ClusterConnection.of(node.start());
        Path work = Files.createTempDirectory("warta-scale-bench");
        try (ElasticsearchClient client = ElasticsearchClients.connect(es)) {
            ScaleBenchmark benchmark = new ScaleBenchmark(options, es, client, work);
            benchmark.warmUp(generator);
            for (int size : options.sizes()) {
                SizeResult result = benchmark.measure(generator, size);
                report.add(result);
                report.write(); // after every size, so that an interrupted run still leaves what it measured
            }
            report.finish(Machine.loadAverage());
            report.write();
        } finally {
            node.stop();
            deleteRecursively(work);
        }
    }

    /** A small archive through both fills first, so that the first size does not pay for a cold node. */
    private void warmUp(ScaleArchiveGenerator generator) throws Exception {
        int articles = Math.min(WARMUP_ARTICLES, options.sizes().get(0));
        Path archive = work.resolve("warmup.jsonl");
        generator.write(articles, archive);
        List<Article> documents = IngestRuns.finalDocuments(IngestRuns.job(archive, options.entities()), extractor());
        IngestRuns.rawBulk(es, IngestRuns.writeDocuments(documents, work.resolve("warmup.ndjson")), "bench-scale-warmup-raw");
        IngestRuns.delete(client, "bench-scale-warmup-raw");
        IngestRuns.runJob(es, archive, "bench-scale-warmup-job", options.entities(), work);
        IngestRuns.delete(client, "bench-scale-warmup-job");
        Files.delete(archive);
        System.out.printf("warm-up with %,d articles done%n", articles);
    }

    private SizeResult measure(ScaleArchiveGenerator generator, int size) throws Exception {
        String loadBefore = Machine.loadAverage();
        Path archive = work.resolve("scale-" + size + ".jsonl");
        long start = System.nanoTime();
        ScaleArchiveGenerator.Summary generated = generator.write(size, archive);
        double generateSeconds = (System.nanoTime() - start) / 1e9;
        long archiveBytes = Files.size(archive);
        System.out.printf("%,d articles generated in %.1f s (%,d MB)%n", size, generateSeconds, archiveBytes >> 20);

        // Each round's job has an index and a job repository of its own; the last round's index is searched.
        String jobBase = null;
        List<IngestRuns.Run> raws = new ArrayList<>();
        List<IngestRuns.Run> jobs = new ArrayList<>();
        Path documents = IngestRuns.writeDocuments(IngestRuns.finalDocuments(IngestRuns.job(archive, options.entities()),
                extractor()), work.resolve("scale-" + size + ".ndjson"));
        for (int round = 1; round <= options.rounds(); round++) {
            String rawBase = "bench-scale-raw-" + size;
            raws.add(IngestRuns.rawBulk(es, documents, rawBase));
            IngestRuns.delete(client, rawBase);
            if (jobBase != null) {
                IngestRuns.delete(client, jobBase);
            }
            jobBase = "bench-scale-" + size + "-" + round;
            jobs.add(IngestRuns.runJob(es, archive, jobBase, options.entities(), work));
            IngestRuns.Run raw = raws.getLast();
            IngestRuns.Run job = jobs.getLast();
            System.out.printf("%s %,d articles, round %d: raw bulk %.1f s (%,.0f docs/s), ingest job %.1f s (%,.0f docs/s),"
                    + " %,d indexed%n", LocalTime.now().withNano(0), size, round, raw.seconds(), raw.docsPerSecond(),
                    job.seconds(), job.docsPerSecond(), job.indexed());
        }
        Files.delete(documents);
        Files.delete(archive);

        String index = new IndexNames(jobBase).version(1);
        post("/" + index + "/_refresh");
        long asIngested = storeBytes(index);
        long mergeStart = System.nanoTime();
        post("/" + index + "/_forcemerge?max_num_segments=1");
        double mergeSeconds = (System.nanoTime() - mergeStart) / 1e9;
        long merged = storeBytes(index);
        System.out.printf("index %s: %,d MB as ingested, %,d MB merged to one segment (%.0f s)%n", index, asIngested >> 20,
                merged >> 20, mergeSeconds);

        List<SearchFigures> search = search(new IndexNames(jobBase));
        IngestRuns.delete(client, jobBase);
        return new SizeResult(size, archiveBytes, generateSeconds, generated.averageBodyCharacters(), jobs, raws,
                asIngested, merged, mergeSeconds, search, loadBefore, Machine.loadAverage());
    }

    /** The search benchmark's mix through the query module, as {@code warta serve} runs it, at 1 and 8 clients. */
    private List<SearchFigures> search(IndexNames names) throws Exception {
        ArticleSearch search = new ArticleSearch(client, names, new GazetteerCountryNames(CountryGazetteer.standard()),
                CursorCodec.withRandomKey());
        List<SearchRequest> mix = SearchMix.validated(search);
        List<SearchFigures> figures = new ArrayList<>();
        for (int clients : CLIENTS) {
            for (int round = 0; round < (clients == CLIENTS[0] ? SEARCH_WARMUP_ROUNDS : 2); round++) {
                SearchMix.round(mix, clients, search::search, null);
            }
            SearchMix.Latencies latencies = new SearchMix.Latencies();
            for (int round = 0; round < SEARCH_ROUNDS; round++) {
                SearchMix.round(mix, clients, search::search, latencies);
            }
            figures.add(new SearchFigures(clients, latencies.count(), latencies.percentile(50) / 1e6, latencies.percentile(99) / 1e6));
            System.out.printf("search at %d client(s): p50 %.1f ms, p99 %.1f ms%n", clients, figures.getLast().p50(),
                    figures.getLast().p99());
        }
        return figures;
    }

    private EntityExtractor extractor() {
        return options.entities() ? new EntityExtractor() : null;
    }

    /** The primaries' store size in bytes ({@code _stats/store}). */
    private long storeBytes(String index) throws IOException, InterruptedException {
        JsonNode stats = JSON.readTree(send(HttpRequest.newBuilder(URI.create(es.url() + "/" + index + "/_stats/store")).GET()));
        return stats.path("_all").path("primaries").path("store").path("size_in_bytes").asLong();
    }

    private void post(String path) throws IOException, InterruptedException {
        send(HttpRequest.newBuilder(URI.create(es.url() + path)).POST(HttpRequest.BodyPublishers.noBody()));
    }

    /** Plain HTTP with no client-side time-out short of an hour: a force merge of a large index takes minutes. */
    private String send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request.timeout(Duration.ofHours(1)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(response.uri() + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    private static IngestRuns.Run median(List<IngestRuns.Run> runs) {
        List<IngestRuns.Run> sorted = runs.stream().sorted(Comparator.comparingDouble(IngestRuns.Run::seconds)).toList();
        return sorted.get(sorted.size() / 2);
    }

    private static void deleteRecursively(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
