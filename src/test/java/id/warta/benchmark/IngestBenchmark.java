package id.warta.benchmark;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import id.warta.article.Article;
import id.warta.extract.EntityExtractor;
import id.warta.index.ClusterConnection;
import id.warta.index.ElasticsearchClients;
import id.warta.index.IndexNames;
import id.warta.ingest.ArchiveReader;
import id.warta.ingest.ArticleDocument;
import id.warta.ingest.ArticleProcessor;
import id.warta.ingest.InputFormat;
import id.warta.ingest.JobDefinition;
import id.warta.ingest.ProcessedRecord;
import id.warta.ingest.RawRecord;
import id.warta.node.LocalNode;
import id.warta.testing.TestCluster;
import org.springframework.batch.infrastructure.item.ExecutionContext;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Ingest throughput against a raw bulk loader, in the same run on the same node (issue #3).
 *
 * <p>The raw loader ({@link RawBulkLoader}) sends the job's own final documents (made by the same
 * processor beforehand) with plain bulk requests of the same size and concurrency; the job runs as
 * `warta ingest` does. Both run in fresh JVMs of their own with a 512 MB heap, so that each pays its own
 * start-up and JIT compilation, and each is timed from its first record to its last response. Rounds alternate raw, job, raw, job after a warm-up of each; the figure
 * is the median of the per-round ratios job / raw. With {@code --entities} the job extracts entities and
 * the target becomes 0.80 × min(raw bulk, the extractor's own articles/s × worker threads).
 *
 * <pre>
 * ./mvnw -B -q package -DskipTests
 * benchmarks/ingest.sh /path/to/click_id_articles.jsonl.gz [--entities] [--rounds 3]
 * </pre>
 */
public final class IngestBenchmark {

    private static final int PORT = 9296;
    private static final int THREADS = 2;
    private static final Pattern ELAPSED = Pattern.compile("elapsed ([0-9.]+) s");

    public static void main(String[] args) throws Exception {
        Path archive = Path.of(args[0]);
        boolean entities = List.of(args).contains("--entities");
        int rounds = List.of(args).contains("--rounds") ? Integer.parseInt(args[List.of(args).indexOf("--rounds") + 1]) : 3;
        LocalNode node = new LocalNode(TestCluster.testNodeSettings(PORT, "bench-ingest-node"), System.getenv());
        ClusterConnection es = ClusterConnection.of(node.start());
        Path work = Files.createTempDirectory("warta-ingest-bench");
        try (ElasticsearchClient client = ElasticsearchClients.connect(es)) {
            JobDefinition job = new JobDefinition("bench", "click-id",
                    List.of(new JobDefinition.Input(archive.toAbsolutePath().toString(), InputFormat.JSONL, "click-id")),
                    Map.of(), JobDefinition.JAKARTA, "id", JobDefinition.DEFAULT_CHUNK_SIZE, JobDefinition.DEFAULT_BULK_SIZE,
                    THREADS, false, entities);
            EntityExtractor extractor = entities ? new EntityExtractor() : null;
            List<Article> documents = finalDocuments(job, extractor);
            double extractorRate = entities ? extractorArticlesPerSecond(documents, extractor) : Double.NaN;
            System.out.printf("%,d documents prepared%s%n", documents.size(),
                    entities ? String.format("; extractor alone: %,.0f articles/s on one thread", extractorRate) : "");

            Path finalDocuments = writeDocuments(documents, work.resolve("final-documents.ndjson"));
            rawBulk(es, finalDocuments, "bench-warmup-raw");
            runJob(es, archive, "bench-warmup-job", entities, work);
            List<double[]> results = new ArrayList<>();
            for (int round = 1; round <= rounds; round++) {
                double raw = rawBulk(es, finalDocuments, "bench-raw-" + round);
                double job1 = runJob(es, archive, "bench-job-" + round, entities, work);
                results.add(new double[] {raw, job1});
                System.out.printf("round %d: raw bulk %,.0f docs/s, ingest job %,.0f docs/s, ratio %.2f%n", round, raw, job1, job1 / raw);
            }
            write(results, documents.size(), entities, extractorRate);
        } finally {
            node.stop();
        }
    }

    /** The documents the job would write, made by the job's own reader and processor. */
    private static List<Article> finalDocuments(JobDefinition job, EntityExtractor extractor) throws Exception {
        ArchiveReader reader = new ArchiveReader(job);
        reader.open(new ExecutionContext());
        ArticleProcessor processor = new ArticleProcessor(job, extractor, Clock.systemUTC());
        List<Article> documents = new ArrayList<>();
        for (RawRecord record; (record = reader.read()) != null; ) {
            ProcessedRecord processed = processor.process(record);
            if (processed.article() != null) {
                documents.add(processed.article());
            }
        }
        reader.close();
        return documents;
    }

    private static double extractorArticlesPerSecond(List<Article> documents, EntityExtractor extractor) {
        for (Article a : documents.subList(0, Math.min(2_000, documents.size()))) {
            extractor.extract(a.title(), a.body());
        }
        long start = System.nanoTime();
        for (Article a : documents) {
            extractor.extract(a.title(), a.body());
        }
        return documents.size() / ((System.nanoTime() - start) / 1e9);
    }

    private static Path writeDocuments(List<Article> documents, Path file) throws IOException {
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        try (var out = Files.newBufferedWriter(file)) {
            for (Article article : documents) {
                out.write(json.writeValueAsString(ArticleDocument.of(article)));
                out.write('\n');
            }
        }
        return file;
    }

    /** {@link RawBulkLoader} in its own JVM with the job's heap, bulk size and concurrency; returns docs/s. */
    private static double rawBulk(ClusterConnection es, Path documents, String base) throws Exception {
        return timedJvm(es, base, List.of(RawBulkLoader.class.getName(), es.url(), base, documents.toString(),
                String.valueOf(JobDefinition.DEFAULT_BULK_SIZE), String.valueOf(THREADS)), Map.of());
    }

    /** `warta ingest` in its own JVM with a 512 MB heap; returns docs/s over the job's own elapsed time. */
    private static double runJob(ClusterConnection es, Path archive, String base, boolean entities, Path work) throws Exception {
        List<String> arguments = new ArrayList<>(List.of("id.warta.WartaApplication",
                "ingest", "--quiet", "--format", "jsonl", "--source", "click-id", "--name", base, "--threads", String.valueOf(THREADS)));
        if (!entities) {
            arguments.add("--no-entities");
        }
        arguments.add(archive.toAbsolutePath().toString());
        return timedJvm(es, base, arguments, Map.of("WARTA_ES_URL", es.url(), "WARTA_ES_INDEX", base,
                "WARTA_HOME", work.resolve(base).toString()));
    }

    /** Runs a main class in a fresh JVM with a 512 MB heap; returns records read / elapsed from its output. */
    private static double timedJvm(ClusterConnection es, String base, List<String> arguments, Map<String, String> env)
            throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", System.getProperty("java.class.path")));
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(env);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes());
        if (process.waitFor() != 0) {
            throw new IllegalStateException(arguments.getFirst() + " failed:\n" + output);
        }
        Matcher elapsed = ELAPSED.matcher(output);
        Matcher read = Pattern.compile("read ([0-9,]+)").matcher(output);
        if (!elapsed.find() || !read.find()) {
            throw new IllegalStateException("no summary in:\n" + output);
        }
        try (ElasticsearchClient client = ElasticsearchClients.connect(es)) {
            client.indices().delete(d -> d.index(new IndexNames(base).version(1)));
        }
        return Long.parseLong(read.group(1).replace(",", "")) / Double.parseDouble(elapsed.group(1));
    }

    private static void write(List<double[]> results, int documents, boolean entities, double extractorRate) throws IOException {
        double[] ratios = results.stream().mapToDouble(r -> r[1] / r[0]).sorted().toArray();
        double median = ratios[ratios.length / 2];
        double medianRaw = results.stream().mapToDouble(r -> r[0]).sorted().toArray()[results.size() / 2];
        double bound = entities ? Math.min(medianRaw, extractorRate * THREADS) : medianRaw;
        double medianJob = results.stream().mapToDouble(r -> r[1]).sorted().toArray()[results.size() / 2];
        StringBuilder md = new StringBuilder();
        md.append("# Ingest benchmark").append(entities ? " (with entity extraction)" : " (cleaning only)").append("\n\n");
        md.append(String.format("%s, %d cores; job and raw loader each in a fresh JVM with -Xmx512m, %d worker threads / "
                        + "concurrent bulk requests; %,d documents%n%n",
                LocalDateTime.now().withNano(0), Runtime.getRuntime().availableProcessors(), THREADS, documents));
        md.append("| round | raw bulk docs/s | ingest job docs/s | job / raw |\n|---|---|---|---|\n");
        for (int i = 0; i < results.size(); i++) {
            md.append(String.format("| %d | %,.0f | %,.0f | %.2f |%n", i + 1, results.get(i)[0], results.get(i)[1], results.get(i)[1] / results.get(i)[0]));
        }
        md.append(String.format("%nMedian job / raw: **%.2f**.", median));
        if (entities) {
            md.append(String.format(" Extractor alone: %,.0f articles/s on one thread; bound = min(raw %,.0f, %,.0f × %d) = %,.0f docs/s;"
                    + " job / bound = **%.2f** (target ≥ 0.80).%n", extractorRate, medianRaw, extractorRate, THREADS, bound, medianJob / bound));
        } else {
            md.append(" Target ≥ 0.80.\n");
        }
        System.out.println(md);
        Path out = Path.of("benchmarks/results", entities ? "ingest-entities.md" : "ingest.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, md.toString());
        System.out.println("written to " + out);
    }
}
