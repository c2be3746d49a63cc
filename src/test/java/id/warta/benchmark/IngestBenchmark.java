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
 * does ({@link IngestPasses}). Each runs in a JVM of its own with a 512 MB heap and makes several passes over the archive,
 * each into a fresh index and timed from its first record to its last response: the first pass pays the fresh JVM's
 * JIT compilation, later passes show the pipeline warm, as in a long ingest. Rounds alternate raw, job, raw, job after
 * a warm-up of each; the figures are the medians of the per-round ratios job / raw, for the first pass and the last. With {@code --entities} the job extracts entities and
 * the target becomes 0.80 × min(raw bulk, the extractor's own articles/s × worker threads). Both fills are
 * {@link IngestRuns}, which the scale benchmark shares.
 *
 * <pre>
 * ./mvnw -B -q package -DskipTests
 * benchmarks/ingest.sh /path/to/click_id_articles.jsonl.gz [--entities] [--rounds 3] [--passes 3]
 * </pre>
 */
public final class IngestBenchmark {

    private static final int PORT = 9296;

    public static void main(String[] args) throws Exception {
        Path archive = Path.of(args[0]);
        List<String> options = List.of(args);
        boolean entities = options.contains("--entities");
        int rounds = options.contains("--rounds") ? Integer.parseInt(args[options.indexOf("--rounds") + 1]) : 3;
        int passes = options.contains("--passes") ? Integer.parseInt(args[options.indexOf("--passes") + 1]) : 3;
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
            rawBulk(client, es, finalDocuments, "bench-warmup-raw", 1);
            runJob(client, es, archive, "bench-warmup-job", entities, work, 1);
            List<Round> results = new ArrayList<>();
            for (int round = 1; round <= rounds; round++) {
                Round result = new Round(rawBulk(client, es, finalDocuments, "bench-raw-" + round, passes),
                        runJob(client, es, archive, "bench-job-" + round, entities, work, passes));
                results.add(result);
                for (int pass = 0; pass < passes; pass++) {
                    System.out.printf("round %d pass %d: raw bulk %,.0f docs/s, ingest job %,.0f docs/s, ratio %.2f%n", round,
                            pass + 1, result.raw().get(pass).docsPerSecond(), result.job().get(pass).docsPerSecond(), result.ratio(pass));
                }
            }
            write(results, passes, documents.size(), entities, extractorRate);
        } finally {
            node.stop();
        }
    }

    /** One round: the raw loader's passes in its JVM, then the job's passes in its own. */
    private record Round(List<IngestRuns.Run> raw, List<IngestRuns.Run> job) {

        double ratio(int pass) {
            return job.get(pass).docsPerSecond() / raw.get(pass).docsPerSecond();
        }
    }

    private static List<IngestRuns.Run> rawBulk(ElasticsearchClient client, ClusterConnection es, Path documents, String base,
                                                int passes) throws Exception {
        List<IngestRuns.Run> runs = IngestRuns.rawBulk(es, documents, base, passes);
        IngestRuns.delete(client, base);
        return runs;
    }

    private static List<IngestRuns.Run> runJob(ElasticsearchClient client, ClusterConnection es, Path archive, String base,
                                               boolean entities, Path work, int passes) throws Exception {
        List<IngestRuns.Run> runs = IngestRuns.runJob(es, archive, base, entities, work, passes);
        IngestRuns.delete(client, base);
        return runs;
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

    private static double median(List<Round> results, java.util.function.ToDoubleFunction<Round> figure) {
        double[] values = results.stream().mapToDouble(figure).sorted().toArray();
        return values[values.length / 2];
    }

    private static void write(List<Round> results, int passes, int documents, boolean entities, double extractorRate) throws IOException {
        int last = passes - 1;
        StringBuilder md = new StringBuilder();
        md.append("# Ingest benchmark").append(entities ? " (with entity extraction)" : " (cleaning only)").append("\n\n");
        md.append(String.format("%s, %d cores; job and raw loader each in a JVM of its own with -Xmx512m, %d worker threads / "
                        + "concurrent bulk requests; %,d documents; each JVM makes %d passes over the archive, each into a fresh "
                        + "index: pass 1 in a fresh JVM, later passes warm%n%n",
                LocalDateTime.now().withNano(0), Runtime.getRuntime().availableProcessors(), IngestRuns.THREADS, documents, passes));
        md.append("| round | pass | raw bulk docs/s | ingest job docs/s | job / raw | raw: seconds, loader JVM CPU s (JIT), "
                + "Elasticsearch CPU s | job: seconds, job JVM CPU s (JIT), Elasticsearch CPU s |\n|---|---|---|---|---|---|---|\n");
        for (int i = 0; i < results.size(); i++) {
            Round round = results.get(i);
            for (int pass = 0; pass < passes; pass++) {
                IngestRuns.Run raw = round.raw().get(pass);
                IngestRuns.Run job = round.job().get(pass);
                md.append(String.format("| %d | %d | %,.0f | %,.0f | %.2f | %s | %s |%n", i + 1, pass + 1, raw.docsPerSecond(),
                        job.docsPerSecond(), round.ratio(pass), cpu(raw), cpu(job)));
            }
        }
        md.append("\nSeconds: each pass's timed part, from the first record to the last response. CPU: from just before that "
                + "(its index already made) to the pass's end, of the loader's whole JVM, its JIT compiler threads in brackets, "
                + "and Elasticsearch's process; for the job that includes Spring Batch's start and end of the run. JVM start-up "
                + "is outside every pass.\n\n");
        md.append(verdict("Fresh JVM (pass 1)", results, 0, entities, extractorRate));
        if (passes > 1) {
            md.append(verdict(String.format("Warm JVM (pass %d)", passes), results, last, entities, extractorRate));
        }
        System.out.println(md);
        Path out = Path.of("benchmarks/results", entities ? "ingest-entities.md" : "ingest.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, md.toString());
        System.out.println("written to " + out);
    }

    private static String verdict(String label, List<Round> results, int pass, boolean entities, double extractorRate) {
        double ratio = median(results, r -> r.ratio(pass));
        if (!entities) {
            return String.format("%s: median job / raw **%.2f** (target ≥ 0.80).%n%n", label, ratio);
        }
        double raw = median(results, r -> r.raw().get(pass).docsPerSecond());
        double job = median(results, r -> r.job().get(pass).docsPerSecond());
        double bound = Math.min(raw, extractorRate * IngestRuns.THREADS);
        return String.format("%s: median job / raw %.2f. Extractor alone: %,.0f articles/s on one thread; bound = min(raw %,.0f, "
                + "%,.0f × %d) = %,.0f docs/s; job / bound = **%.2f** (target ≥ 0.80).%n%n", label, ratio, extractorRate, raw,
                extractorRate, IngestRuns.THREADS, bound, job / bound);
    }
}
