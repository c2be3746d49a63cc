package id.warta.benchmark;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.HealthStatus;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.util.BinaryData;
import co.elastic.clients.util.ContentType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.warta.index.ClusterConnection;
import id.warta.index.ElasticsearchClients;
import id.warta.node.Distribution;
import id.warta.node.LocalNode;
import id.warta.node.NodeAddress;
import id.warta.testing.TestCluster;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * How much Warta's {@code indonesian_news} analyzer slows bulk indexing down (issue #2): the same
 * articles are bulk-indexed into a one-shard index whose text fields use (A) the standard tokenizer
 * and lowercase only, and (B) {@code indonesian_news}, on the same managed node in the same run.
 *
 * <p>Each pass creates a fresh index (1 shard, 0 replicas, refresh off), sends every article with
 * {@code _bulk} in batches from one client thread, refreshes, checks the count and deletes the index;
 * its time runs from the first batch to the end of the refresh. Warm-up passes (three of each by
 * default, into throwaway indices) come first: a fresh node is several times slower, the first pass
 * over a vocabulary fills the stemmer's memo, and on a busy 2-core machine the node kept speeding up
 * for several passes (its JIT compiler threads compete for the cores too). Then sequential rounds, a
 * pass into A then a pass into B, and interleaved rounds, which index into A and B at once, batch by
 * batch, so that changing load from other work weighs on both alike. Each kind reports the median
 * over its rounds of B's rate / A's rate, by wall clock and by the node process's CPU time. The
 * target is at least 0.80.
 *
 * <p>Run it with {@code benchmarks/analysis-indexing.sh} (see benchmarks/README.md). Arguments:
 * <pre>
 *   ARTICLES.jsonl[.gz]   CLICK-ID articles, one JSON object a line (title, content)
 *   --rounds N            measured rounds of A then B, each a full pass (default 7)
 *   --interleaved N       then rounds that send each batch to A and to B in turn (default 5)
 *   --warmup N            warm-up passes of each before measuring (default 3)
 *   --batch N             documents per bulk request (default 1000)
 *   --port N              the benchmark node's HTTP port (default 9290; transport = port + 100)
 *   --out FILE            where to write the results (default benchmarks/results/analysis-indexing.md)
 *   --keep-node           leave the node running afterwards (for profiling; stop it with a later run
 *                         without this flag, or `warta node stop` with the same folder and port)
 * </pre>
 */
public final class AnalysisIndexingBenchmark {

    static final double TARGET_RATIO = 0.80;
    private static final String LOWERCASE_INDEX = "bench-analysis-lowercase";
    private static final String WARTA_INDEX = "bench-analysis-indonesian-news";

    /** The two index variants: the same mapping apart from the text fields' analyzer. */
    enum Variant {
        LOWERCASE("A", "standard tokenizer + lowercase", LOWERCASE_INDEX, "lowercase_only"),
        INDONESIAN_NEWS("B", "indonesian_news (Warta plugin)", WARTA_INDEX, "indonesian_news");

        final String label;
        final String description;
        final String index;
        final String analyzer;

        Variant(String label, String description, String index, String analyzer) {
            this.label = label;
            this.description = description;
            this.index = index;
            this.analyzer = analyzer;
        }

        String indexJson() {
            return """
                    {
                      "settings": {
                        "number_of_shards": 1,
                        "number_of_replicas": 0,
                        "refresh_interval": "-1",
                        "analysis": {
                          "analyzer": {
                            "lowercase_only": {"type": "custom", "tokenizer": "standard", "filter": ["lowercase"]}
                          }
                        }
                      },
                      "mappings": {
                        "dynamic": "strict",
                        "properties": {
                          "title": {"type": "text", "analyzer": "%1$s"},
                          "body": {"type": "text", "analyzer": "%1$s"}
                        }
                      }
                    }
                    """.formatted(analyzer);
        }
    }

    record Options(Path articles, int rounds, int interleaved, int warmup, int batch, int port, Path out, boolean keepNode) {

        static Options parse(String[] args) {
            Path articles = null;
            int rounds = 7;
            int interleaved = 5;
            int warmup = 3;
            int batch = 1000;
            int port = 9290;
            Path out = Path.of("benchmarks/results/analysis-indexing.md");
            boolean keepNode = false;
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--rounds" -> rounds = Integer.parseInt(args[++i]);
                    case "--interleaved" -> interleaved = Integer.parseInt(args[++i]);
                    case "--warmup" -> warmup = Integer.parseInt(args[++i]);
                    case "--batch" -> batch = Integer.parseInt(args[++i]);
                    case "--port" -> port = Integer.parseInt(args[++i]);
                    case "--out" -> out = Path.of(args[++i]);
                    case "--keep-node" -> keepNode = true;
                    default -> {
                        if (args[i].startsWith("--") || articles != null) {
                            throw new IllegalArgumentException("unknown argument " + args[i]);
                        }
                        articles = Path.of(args[i]);
                    }
                }
            }
            if (articles == null) {
                throw new IllegalArgumentException("usage: AnalysisIndexingBenchmark ARTICLES.jsonl[.gz] "
                        + "[--rounds N] [--interleaved N] [--warmup N] [--batch N] [--port N] [--out FILE] [--keep-node]");
            }
            if (rounds < 1 || interleaved < 0 || warmup < 0 || batch < 1) {
                throw new IllegalArgumentException("rounds >= 1, interleaved >= 0, warmup >= 0 and batch >= 1 are needed");
            }
            return new Options(articles, rounds, interleaved, warmup, batch, port, out, keepNode);
        }
    }

    /**
     * One timed pass: documents indexed, the wall-clock time it took and the CPU time the node's process
     * used meanwhile (-1 when unknown). On a machine shared with other work the wall-clock rate depends
     * on what else runs; the node's CPU time depends much less on it.
     */
    record Pass(Variant variant, int documents, long nanos, long nodeCpuNanos) {
        double docsPerSecond() {
            return documents / (nanos / 1e9);
        }

        double docsPerNodeCpuSecond() {
            return nodeCpuNanos <= 0 ? Double.NaN : documents / (nodeCpuNanos / 1e9);
        }
    }

    private final ElasticsearchClient client;
    private final List<List<BinaryData>> batches;
    private final int documents;
    private final ProcessHandle nodeProcess;

    AnalysisIndexingBenchmark(ElasticsearchClient client, List<List<BinaryData>> batches, ProcessHandle nodeProcess) {
        this.client = client;
        this.batches = batches;
        this.documents = batches.stream().mapToInt(List::size).sum();
        this.nodeProcess = nodeProcess;
    }

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        Corpus corpus = Corpus.read(options.articles(), options.batch());
        System.out.printf(Locale.ROOT, "%,d articles (%,d MB of JSON) from %s, batches of %,d%n",
                corpus.documents(), corpus.bytes() / 1_000_000, options.articles(), options.batch());

        LocalNode node = new LocalNode(TestCluster.testNodeSettings(options.port(), "bench-node"), System.getenv());
        System.out.println("starting (or reusing) the benchmark node on port " + options.port()
                + " in " + node.settings().directory());
        NodeAddress address = node.start();
        ElasticsearchClient client = ElasticsearchClients.connect(ClusterConnection.of(address));
        try {
            ProcessHandle nodeProcess = node.pid().flatMap(ProcessHandle::of).orElse(null);
            AnalysisIndexingBenchmark benchmark = new AnalysisIndexingBenchmark(client, corpus.batches(), nodeProcess);
            Report report = benchmark.run(options);
            String markdown = report.markdown();
            System.out.println();
            System.out.println(markdown);
            Files.createDirectories(options.out().toAbsolutePath().getParent());
            Files.writeString(options.out(), markdown);
            System.out.println("written to " + options.out());
        } finally {
            client._transport().close();
            if (!options.keepNode()) {
                node.stop();
                System.out.println("benchmark node stopped");
            } else {
                System.out.println("benchmark node left running (pid " + node.pid().orElse(-1L) + ")");
            }
        }
    }

    Report run(Options options) throws IOException {
        String started = DateTimeFormatter.ISO_INSTANT.format(Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
        String loadBefore = Machine.loadAverage();
        checkAnalyzer();
        for (int i = 1; i <= options.warmup(); i++) {
            for (Variant variant : Variant.values()) {
                Pass pass = index(variant, variant.index + "-warmup");
                System.out.printf(Locale.ROOT, "warm-up %d  %s %-32s %8.0f docs/s  (%.2f s, %8.0f docs per node CPU s)%n",
                        i, variant.label, variant.description, pass.docsPerSecond(), pass.nanos() / 1e9,
                        pass.docsPerNodeCpuSecond());
            }
        }
        List<Pass[]> rounds = new ArrayList<>();
        for (int round = 1; round <= options.rounds(); round++) {
            Pass a = index(Variant.LOWERCASE, Variant.LOWERCASE.index);
            Pass b = index(Variant.INDONESIAN_NEWS, Variant.INDONESIAN_NEWS.index);
            rounds.add(new Pass[] {a, b});
            print("round", round, a, b);
        }
        List<Pass[]> interleavedRounds = new ArrayList<>();
        for (int round = 1; round <= options.interleaved(); round++) {
            Pass[] ab = interleaved();
            interleavedRounds.add(ab);
            print("mixed", round, ab[0], ab[1]);
        }
        return new Report(started, loadBefore, Machine.loadAverage(), options, documents, rounds, interleavedRounds);
    }

    private static void print(String kind, int round, Pass a, Pass b) {
        System.out.printf(Locale.ROOT, "%s %d    A %8.0f docs/s   B %8.0f docs/s   B/A %.3f"
                        + "   | per node CPU s: A %8.0f  B %8.0f  B/A %.3f%n", kind, round,
                a.docsPerSecond(), b.docsPerSecond(), b.docsPerSecond() / a.docsPerSecond(),
                a.docsPerNodeCpuSecond(), b.docsPerNodeCpuSecond(), b.docsPerNodeCpuSecond() / a.docsPerNodeCpuSecond());
    }

    /** The plugin's analyzer must exist on the node, or B would measure nothing. */
    private void checkAnalyzer() throws IOException {
        var tokens = client.indices().analyze(a -> a.analyzer("indonesian_news").text("Kementerian menandatanganinya"))
                .tokens().stream().map(t -> t.token()).toList();
        System.out.println("indonesian_news on the node: \"Kementerian menandatanganinya\" -> " + tokens);
    }

    /** Creates the index, bulk-indexes every document, refreshes, checks the count, deletes the index. */
    Pass index(Variant variant, String index) throws IOException {
        create(variant, index);
        long cpuStart = nodeCpuNanos();
        long start = System.nanoTime();
        for (List<BinaryData> batch : batches) {
            bulk(index, batch);
        }
        client.indices().refresh(r -> r.index(index));
        long nanos = System.nanoTime() - start;
        long cpuEnd = nodeCpuNanos();
        checkCountAndDelete(index);
        return new Pass(variant, documents, nanos, cpuStart < 0 || cpuEnd < 0 ? -1 : cpuEnd - cpuStart);
    }

    /**
     * Both indices at once, batch by batch: each batch goes to A and to B in turn (A first for even
     * batches, B first for odd ones), each request timed on its own, then each refresh. Load from other
     * work that changes over seconds then weighs on A and B alike, which separate passes cannot ensure.
     */
    Pass[] interleaved() throws IOException {
        Variant[] variants = Variant.values();
        String[] indices = new String[variants.length];
        for (int v = 0; v < variants.length; v++) {
            indices[v] = variants[v].index + "-interleaved";
            create(variants[v], indices[v]);
        }
        long[] nanos = new long[variants.length];
        long[] cpu = new long[variants.length];
        for (int k = 0; k <= batches.size(); k++) {
            for (int turn = 0; turn < variants.length; turn++) {
                int v = k % 2 == 0 ? turn : variants.length - 1 - turn;
                String index = indices[v];
                long cpuStart = nodeCpuNanos();
                long start = System.nanoTime();
                if (k < batches.size()) {
                    bulk(index, batches.get(k));
                } else {
                    client.indices().refresh(r -> r.index(index));
                }
                nanos[v] += System.nanoTime() - start;
                long cpuEnd = nodeCpuNanos();
                cpu[v] = cpu[v] < 0 || cpuStart < 0 || cpuEnd < 0 ? -1 : cpu[v] + cpuEnd - cpuStart;
            }
        }
        Pass[] passes = new Pass[variants.length];
        for (int v = 0; v < variants.length; v++) {
            checkCountAndDelete(indices[v]);
            passes[v] = new Pass(variants[v], documents, nanos[v], cpu[v]);
        }
        return passes;
    }

    private void create(Variant variant, String index) throws IOException {
        deleteIfExists(index);
        client.indices().create(c -> c.index(index).withJson(new StringReader(variant.indexJson())));
        var health = client.cluster().health(h -> h.index(index).waitForStatus(HealthStatus.Green).timeout(t -> t.time("60s")));
        if (health.timedOut()) {
            throw new IllegalStateException("index " + index + " did not become green");
        }
    }

    private void bulk(String index, List<BinaryData> batch) throws IOException {
        BulkRequest.Builder request = new BulkRequest.Builder().index(index);
        for (BinaryData document : batch) {
            request.operations(op -> op.index(i -> i.document(document)));
        }
        BulkResponse response = client.bulk(request.build());
        if (response.errors()) {
            BulkResponseItem failed = response.items().stream().filter(item -> item.error() != null).findFirst().orElseThrow();
            throw new IllegalStateException("bulk into " + index + " failed: " + failed.error().reason());
        }
    }

    private void checkCountAndDelete(String index) throws IOException {
        long count = client.count(c -> c.index(index)).count();
        if (count != documents) {
            throw new IllegalStateException(index + " holds " + count + " documents, expected " + documents);
        }
        deleteIfExists(index);
    }

    /** The node process's CPU time so far (user + system, all threads); -1 when it cannot be read. */
    private long nodeCpuNanos() {
        if (nodeProcess == null) {
            return -1;
        }
        return nodeProcess.info().totalCpuDuration().map(java.time.Duration::toNanos).orElse(-1L);
    }

    private void deleteIfExists(String index) throws IOException {
        if (client.indices().exists(e -> e.index(index)).value()) {
            client.indices().delete(d -> d.index(index));
        }
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    /** The articles as pre-serialised bulk documents {title, body}, in batches. */
    record Corpus(List<List<BinaryData>> batches, int documents, long bytes) {

        static Corpus read(Path file, int batchSize) throws IOException {
            ObjectMapper json = new ObjectMapper();
            List<List<BinaryData>> batches = new ArrayList<>();
            List<BinaryData> batch = new ArrayList<>(batchSize);
            int documents = 0;
            long bytes = 0;
            try (InputStream raw = Files.newInputStream(file);
                 InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
                 BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    if (line.isBlank()) {
                        continue;
                    }
                    JsonNode article = json.readTree(line);
                    ObjectNode document = json.createObjectNode();
                    document.put("title", article.path("title").asText(""));
                    document.put("body", article.path("content").asText(""));
                    byte[] serialised = json.writeValueAsBytes(document);
                    bytes += serialised.length;
                    batch.add(BinaryData.of(serialised, ContentType.APPLICATION_JSON));
                    documents++;
                    if (batch.size() == batchSize) {
                        batches.add(batch);
                        batch = new ArrayList<>(batchSize);
                    }
                }
            }
            if (!batch.isEmpty()) {
                batches.add(batch);
            }
            if (documents == 0) {
                throw new IllegalArgumentException(file + " holds no articles");
            }
            return new Corpus(batches, documents, bytes);
        }
    }

    /** The figures, as Markdown for benchmarks/results/. */
    record Report(String started, String loadBefore, String loadAfter, Options options, int documents, List<Pass[]> rounds,
                  List<Pass[]> interleavedRounds) {

        static double[] ratios(List<Pass[]> rounds) {
            return rounds.stream().mapToDouble(r -> r[1].docsPerSecond() / r[0].docsPerSecond()).toArray();
        }

        static double[] cpuRatios(List<Pass[]> rounds) {
            return rounds.stream().mapToDouble(r -> r[1].docsPerNodeCpuSecond() / r[0].docsPerNodeCpuSecond()).toArray();
        }

        String markdown() {
            StringBuilder md = new StringBuilder();
            md.append("# Analysis plugin: bulk indexing speed (issue #2)\n\n");
            md.append("Written by `benchmarks/analysis-indexing.sh` (`id.warta.benchmark.AnalysisIndexingBenchmark`).\n\n");
            md.append("| | |\n|---|---|\n");
            md.append("| date | ").append(started).append(" |\n");
            md.append("| machine | ").append(Runtime.getRuntime().availableProcessors()).append(" cores (nproc), ")
                    .append(Machine.memoryTotal()).append(" memory, ").append(Machine.cpuModel()).append(" |\n");
            md.append("| load average (1/5/15 min) | before ").append(loadBefore).append(", after ").append(loadAfter)
                    .append(" |\n");
            md.append("| Elasticsearch | ").append(Distribution.ELASTICSEARCH_VERSION)
                    .append(" (Warta's managed node, minimal distribution, 1 GB heap) |\n");
            md.append("| client JVM | Java ").append(Runtime.version().feature()).append(" |\n");
            md.append("| documents | ").append(String.format(Locale.ROOT, "%,d", documents)).append(" CLICK-ID articles (")
                    .append(options.articles().getFileName()).append("), fields title and body |\n");
            md.append("| index | 1 shard, 0 replicas, refresh off, new indices each round |\n");
            md.append("| requests | `_bulk` of ").append(options.batch())
                    .append(" documents, one at a time from one client thread, then one refresh (timed) |\n");
            md.append("| A | text fields: standard tokenizer + lowercase |\n");
            md.append("| B | text fields: `indonesian_news` (standard, lowercase, Indonesian stop words, `indonesian_news_stem`) |\n");
            md.append("| warm-up | ").append(options.warmup()).append(" full pass(es) of A and of B before measuring |\n");
            md.append("| sequential rounds | a full pass into A, then a full pass into B |\n");
            md.append("| interleaved rounds | both indices at once: each batch to A and to B in turn, each request timed |\n\n");
            table(md, "sequential", rounds);
            table(md, "interleaved", interleavedRounds);
            md.append("| median B / A | docs/s | per node CPU second |\n|---|---:|---:|\n");
            summary(md, "sequential rounds", rounds);
            if (!interleavedRounds.isEmpty()) {
                summary(md, "interleaved rounds", interleavedRounds);
            }
            md.append(String.format(Locale.ROOT, "%nTarget: B / A ≥ %.2f once warm.%n", TARGET_RATIO));
            md.append("\nThe docs/s figures are wall-clock rates; the CPU figures divide by the CPU time the node process"
                    + " used during the requests, which other work on a shared machine disturbs much less.\n");
            if (Machine.busy(loadBefore) || Machine.busy(loadAfter)) {
                md.append("\nThe load average exceeded the number of cores: other work competed with the benchmark, so the"
                        + " wall-clock rates of separate passes swing from round to round; the interleaved rounds and the"
                        + " CPU-time ratios are the steadier estimates.\n");
            }
            return md.toString();
        }

        private static void table(StringBuilder md, String kind, List<Pass[]> rounds) {
            if (rounds.isEmpty()) {
                return;
            }
            md.append("| ").append(kind).append(" round | A docs/s | B docs/s | B / A | A docs per node CPU s"
                    + " | B docs per node CPU s | B / A (CPU) |\n");
            md.append("|---:|---:|---:|---:|---:|---:|---:|\n");
            for (int i = 0; i < rounds.size(); i++) {
                Pass a = rounds.get(i)[0];
                Pass b = rounds.get(i)[1];
                md.append(String.format(Locale.ROOT, "| %d | %,.0f | %,.0f | %.3f | %,.0f | %,.0f | %.3f |%n", i + 1,
                        a.docsPerSecond(), b.docsPerSecond(), b.docsPerSecond() / a.docsPerSecond(),
                        a.docsPerNodeCpuSecond(), b.docsPerNodeCpuSecond(),
                        b.docsPerNodeCpuSecond() / a.docsPerNodeCpuSecond()));
            }
            md.append('\n');
        }

        private static void summary(StringBuilder md, String kind, List<Pass[]> rounds) {
            double wall = median(ratios(rounds));
            double cpu = median(cpuRatios(rounds));
            md.append(String.format(Locale.ROOT, "| %s | **%.3f** (%s) | %.3f (%s) |%n", kind, wall, verdict(wall), cpu,
                    verdict(cpu)));
        }

        private static String verdict(double ratio) {
            return String.format(Locale.ROOT, ratio >= TARGET_RATIO ? "≥ %.2f: met" : "< %.2f: not met", TARGET_RATIO);
        }
    }
}
