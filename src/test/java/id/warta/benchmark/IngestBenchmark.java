package id.warta.benchmark;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._helpers.bulk.BulkIngester;
import id.warta.article.Article;
import id.warta.extract.EntityExtractor;
import id.warta.index.ClusterConnection;
import id.warta.index.ElasticsearchClients;
import id.warta.index.IndexBootstrap;
import id.warta.index.IndexDefinition;
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
 * <p>The raw loader sends the job's own final documents (made by the same processor beforehand) with
 * plain bulk requests of the same size and concurrency; the job runs as `warta ingest` does, in a JVM of
 * its own with a 512 MB heap. Rounds alternate raw, job, raw, job after a warm-up of each; the figure
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

            rawBulk(client, documents, "bench-warmup-raw");
            runJob(es, archive, "bench-warmup-job", entities, work);
            List<double[]> results = new ArrayList<>();
            for (int round = 1; round <= rounds; round++) {
                double raw = rawBulk(client, documents, "bench-raw-" + round);
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

    /** Plain bulk requests of the job's bulk size and concurrency; returns docs/s. */
    private static double rawBulk(ElasticsearchClient client, List<Article> documents, String base) throws IOException {
        IndexNames names = new IndexNames(base);
        new IndexBootstrap(client, names, IndexDefinition.fromClasspath()).ensure();
        long start = System.nanoTime();
        try (BulkIngester<Void> ingester = BulkIngester.of(b -> b.client(client).maxOperations(JobDefinition.DEFAULT_BULK_SIZE)
                .maxSize(8L * 1024 * 1024).maxConcurrentRequests(THREADS))) {
            for (Article article : documents) {
                ingester.add(op -> op.index(i -> i.index(names.writeAlias()).id(article.id()).document(ArticleDocument.of(article))));
            }
        }
        double rate = documents.size() / ((System.nanoTime() - start) / 1e9);
        client.indices().delete(d -> d.index(names.version(1)));
        return rate;
    }

    /** `warta ingest` in its own JVM with a 512 MB heap; returns docs/s over the job's own elapsed time. */
    private static double runJob(ClusterConnection es, Path archive, String base, boolean entities, Path work) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", System.getProperty("java.class.path"), "id.warta.WartaApplication",
                "ingest", "--quiet", "--format", "jsonl", "--source", "click-id", "--name", base, "--threads", String.valueOf(THREADS)));
        if (!entities) {
            command.add("--no-entities");
        }
        command.add(archive.toAbsolutePath().toString());
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("WARTA_ES_URL", es.url());
        builder.environment().put("WARTA_ES_INDEX", base);
        builder.environment().put("WARTA_HOME", work.resolve(base).toString());
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes());
        if (process.waitFor() != 0) {
            throw new IllegalStateException("the ingest job failed:\n" + output);
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
        md.append(String.format("%s, %d cores, %d MB max heap for this JVM; job JVM -Xmx512m, %d worker threads; %,d documents%n%n",
                LocalDateTime.now().withNano(0), Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() / (1024 * 1024), THREADS, documents));
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
