package id.warta.benchmark;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import id.warta.article.Article;
import id.warta.extract.EntityExtractor;
import id.warta.index.ClusterConnection;
import id.warta.index.ElasticsearchClients;
import id.warta.node.LocalNode;
import id.warta.testing.TestCluster;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Ingest throughput against a raw bulk loader, in the same run on the same node (issue #3).
 *
 * <p>The raw loader ({@link RawBulkLoader}) sends the job's own final documents (made by the same processor
 * beforehand) with plain bulk requests of the same size and concurrency; the job runs as `warta ingest`
 * does. Both run in fresh JVMs with a 512 MB heap, so each pays its own start-up and JIT compilation, and
 * each is timed from its first record to its last response. Rounds alternate raw, job, raw, job after a warm-up of each; the figure
 * is the median of the per-round ratios job / raw. With {@code --entities} the job extracts entities and
 * the target becomes 0.80 × min(raw bulk, the extractor's own articles/s × worker threads). Both fills are
 * {@link IngestRuns}, which the scale benchmark shares.
 *
 * <pre>
 * ./mvnw -B -q package -DskipTests
 * benchmarks/ingest.sh /path/to/click_id_articles.jsonl.gz [--entities] [--rounds 3]
 * </pre>
 */
public final class IngestBenchmark {

    private static final int PORT = 9296;

    public static void main(String[] args) throws Exception {
        Path archive = Path.of(args[0]);
        boolean entities = List.of(args).contains("--entities");
        int rounds = List.of(args).contains("--rounds") ? Integer.parseInt(args[List.of(args).indexOf("--rounds") + 1]) : 3;
        LocalNode node = new LocalNode(TestCluster.testNodeSettings(PORT, "bench-ingest-node"), System.getenv());
        ClusterConnection es = ClusterConnection.of(node.start());
        Path work = Files.createTempDirectory("warta-ingest-bench");
        try (ElasticsearchClient client = ElasticsearchClients.connect(es)) {
            EntityExtractor extractor = entities ? new EntityExtractor() : null;
            List<Article> documents = IngestRuns.finalDocuments(IngestRuns.job(archive, entities), extractor);
            double extractorRate = entities ? extractorArticlesPerSecond(documents, extractor) : Double.NaN;
            System.out.printf("%,d documents prepared%s%n", documents.size(),
                    entities ? String.format("; extractor alone: %,.0f articles/s on one thread", extractorRate) : "");

            Path finalDocuments = IngestRuns.writeDocuments(documents, work.resolve("final-documents.ndjson"));
            rawBulk(client, es, finalDocuments, "bench-warmup-raw");
            runJob(client, es, archive, "bench-warmup-job", entities, work);
            List<IngestRuns.Run[]> results = new ArrayList<>();
            for (int round = 1; round <= rounds; round++) {
                IngestRuns.Run raw = rawBulk(client, es, finalDocuments, "bench-raw-" + round);
                IngestRuns.Run job = runJob(client, es, archive, "bench-job-" + round, entities, work);
                results.add(new IngestRuns.Run[] {raw, job});
                System.out.printf("round %d: raw bulk %,.0f docs/s, ingest job %,.0f docs/s, ratio %.2f%n", round,
                        raw.docsPerSecond(), job.docsPerSecond(), job.docsPerSecond() / raw.docsPerSecond());
            }
            write(results, documents.size(), entities, extractorRate);
        } finally {
            node.stop();
        }
    }

    private static IngestRuns.Run rawBulk(ElasticsearchClient client, ClusterConnection es, Path documents, String base) throws Exception {
        IngestRuns.Run run = IngestRuns.rawBulk(es, documents, base);
        IngestRuns.delete(client, base);
        return run;
    }

    private static IngestRuns.Run runJob(ElasticsearchClient client, ClusterConnection es, Path archive, String base, boolean entities,
                                         Path work) throws Exception {
        IngestRuns.Run run = IngestRuns.runJob(es, archive, base, entities, work);
        IngestRuns.delete(client, base);
        return run;
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

    private static String cpu(IngestRuns.Run run) {
        return String.format("%.1f, %.1f (%.1f), %.1f", run.seconds(), run.cpu().loader(), run.cpu().loaderJit(), run.cpu().elasticsearch());
    }

    private static void write(List<IngestRuns.Run[]> results, int documents, boolean entities, double extractorRate) throws IOException {
        double[] ratios = results.stream().mapToDouble(r -> r[1].docsPerSecond() / r[0].docsPerSecond()).sorted().toArray();
        double median = ratios[ratios.length / 2];
        double medianRaw = results.stream().mapToDouble(r -> r[0].docsPerSecond()).sorted().toArray()[results.size() / 2];
        double bound = entities ? Math.min(medianRaw, extractorRate * IngestRuns.THREADS) : medianRaw;
        double medianJob = results.stream().mapToDouble(r -> r[1].docsPerSecond()).sorted().toArray()[results.size() / 2];
        StringBuilder md = new StringBuilder();
        md.append("# Ingest benchmark").append(entities ? " (with entity extraction)" : " (cleaning only)").append("\n\n");
        md.append(String.format("%s, %d cores; job and raw loader each in a fresh JVM with -Xmx512m, %d worker threads / "
                        + "concurrent bulk requests; %,d documents%n%n",
                LocalDateTime.now().withNano(0), Runtime.getRuntime().availableProcessors(), IngestRuns.THREADS, documents));
        md.append("| round | raw bulk docs/s | ingest job docs/s | job / raw | raw: seconds, loader JVM CPU s (JIT), "
                + "Elasticsearch CPU s | job: seconds, job JVM CPU s (JIT), Elasticsearch CPU s |\n|---|---|---|---|---|---|\n");
        for (int i = 0; i < results.size(); i++) {
            IngestRuns.Run raw = results.get(i)[0];
            IngestRuns.Run job = results.get(i)[1];
            md.append(String.format("| %d | %,.0f | %,.0f | %.2f | %s | %s |%n", i + 1, raw.docsPerSecond(), job.docsPerSecond(),
                    job.docsPerSecond() / raw.docsPerSecond(), cpu(raw), cpu(job)));
        }
        md.append("\nCPU: the loader's JVM from its start (start-up included), sampled every 100 ms while it runs, so its "
                + "last moments and its shutdown are left out; its JIT compiler threads in brackets; Elasticsearch's process "
                + "from the loader's start to its end. Seconds are the timed part only (first record to last response).\n");
        md.append(String.format("%nMedian job / raw: **%.2f**.", median));
        if (entities) {
            md.append(String.format(" Extractor alone: %,.0f articles/s on one thread; bound = min(raw %,.0f, %,.0f × %d) = %,.0f docs/s;"
                    + " job / bound = **%.2f** (target ≥ 0.80).%n", extractorRate, medianRaw, extractorRate, IngestRuns.THREADS, bound, medianJob / bound));
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
