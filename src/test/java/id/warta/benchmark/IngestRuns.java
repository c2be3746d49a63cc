package id.warta.benchmark;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.warta.article.Article;
import id.warta.extract.EntityExtractor;
import id.warta.index.ClusterConnection;
import id.warta.index.IndexNames;
import id.warta.ingest.ArchiveReader;
import id.warta.ingest.ArticleDocument;
import id.warta.ingest.ArticleProcessor;
import id.warta.ingest.InputFormat;
import id.warta.ingest.JobDefinition;
import id.warta.ingest.ProcessedRecord;
import id.warta.ingest.RawRecord;
import org.springframework.batch.infrastructure.item.ExecutionContext;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ingest benchmark's two ways of filling an index from the same archive, shared by {@link IngestBenchmark}
 * and the scale benchmark: `warta ingest` in a JVM of its own, and a raw bulk loader sending the job's
 * own final documents (made beforehand by the job's reader and processor) with the job's bulk size and
 * concurrency. Both run in fresh JVMs with the same heap. Both leave their index behind; {@link #delete} removes it.
 * The search benchmark's loader makes its documents here too.
 */
public final class IngestRuns {

    /** The job's worker threads, and the raw loader's concurrent bulk requests. */
    static final int THREADS = 2;
    static final String JOB_HEAP = "-Xmx512m";
    private static final Pattern SUMMARY = Pattern.compile("read ([0-9,]+), indexed ([0-9,]+)");
    private static final Pattern ELAPSED = Pattern.compile("elapsed ([0-9.]+) s");

    /** A timed fill: documents sent (raw) or read (job), documents indexed, seconds, and the CPU it took. */
    record Run(long documents, long indexed, double seconds, Cpu cpu) {

        double docsPerSecond() {
            return documents / seconds;
        }
    }

    /**
     * CPU seconds of a loader's JVM (start-up included), of its JIT compiler threads, and of Elasticsearch while the
     * loader ran (NaN where the system does not tell).
     */
    record Cpu(double loader, double loaderJit, double elasticsearch) {
    }

    /** What a loader's JVM printed, and the CPU it and Elasticsearch used while it ran. */
    private record Output(String text, Cpu cpu) {
    }

    private IngestRuns() {
    }

    /** What `warta ingest --format jsonl --source click-id ARCHIVE` runs, as a job definition. */
    public static JobDefinition job(Path archive, boolean entities) {
        return new JobDefinition("bench", "click-id",
                List.of(new JobDefinition.Input(archive.toAbsolutePath().toString(), InputFormat.JSONL, "click-id")),
                Map.of(), JobDefinition.JAKARTA, "id", JobDefinition.DEFAULT_CHUNK_SIZE, JobDefinition.DEFAULT_BULK_SIZE,
                THREADS, false, entities);
    }

    /** The documents the job would write, made by the job's own reader and processor (rejects left out). */
    static List<Article> finalDocuments(JobDefinition job, EntityExtractor extractor) throws Exception {
        return finalDocuments(job, records(job), extractor);
    }

    /** Every record the job's reader reads from its inputs, in order. */
    public static List<RawRecord> records(JobDefinition job) throws Exception {
        ArchiveReader reader = new ArchiveReader(job);
        reader.open(new ExecutionContext());
        List<RawRecord> records = new ArrayList<>();
        for (RawRecord record; (record = reader.read()) != null; ) {
            records.add(record);
        }
        reader.close();
        return records;
    }

    /**
     * The documents the job would write for these records, made by its processor on every core (as its worker
     * threads do), in the records' order; rejects left out.
     */
    public static List<Article> finalDocuments(JobDefinition job, List<RawRecord> records, EntityExtractor extractor) {
        ArticleProcessor processor = new ArticleProcessor(job, extractor, Clock.systemUTC());
        return records.parallelStream().map(processor::process).map(ProcessedRecord::article)
                .filter(java.util.Objects::nonNull).toList();
    }

    /** Writes the final documents as the job would index them, one JSON object a line, for {@link #rawBulk}. */
    static Path writeDocuments(List<Article> documents, Path file) throws IOException {
        ObjectMapper json = new ObjectMapper();
        try (var out = Files.newBufferedWriter(file)) {
            for (Article article : documents) {
                out.write(json.writeValueAsString(ArticleDocument.of(article)));
                out.write('\n');
            }
        }
        return file;
    }

    /**
     * {@link RawBulkLoader} in a fresh JVM with the job's heap, bulk size and concurrency into a new index
     * {@code base}, so that it pays its own start-up and JIT compilation as the job does; the time is its
     * own, from the first line read to the last response.
     */
    static Run rawBulk(ClusterConnection es, Path documents, String base) throws Exception {
        Output output = runJava(es, List.of(RawBulkLoader.class.getName(), es.url(), base, documents.toString(),
                String.valueOf(JobDefinition.DEFAULT_BULK_SIZE), String.valueOf(THREADS)), Map.of());
        Matcher read = Pattern.compile("read ([0-9,]+)").matcher(output.text());
        Matcher elapsed = ELAPSED.matcher(output.text());
        if (!read.find() || !elapsed.find()) {
            throw new IllegalStateException("no figures in:\n" + output.text());
        }
        long sent = number(read.group(1));
        return new Run(sent, sent, Double.parseDouble(elapsed.group(1)), output.cpu());
    }

    /**
     * `warta ingest` in its own JVM with a 512 MB heap into the index {@code base}; the time is the job's own
     * elapsed time from its summary (JVM start-up and Spring context excluded).
     */
    static Run runJob(ClusterConnection es, Path archive, String base, boolean entities, Path work) throws Exception {
        List<String> arguments = new ArrayList<>(List.of("id.warta.WartaApplication",
                "ingest", "--quiet", "--format", "jsonl", "--source", "click-id", "--name", base, "--threads", String.valueOf(THREADS)));
        if (!entities) {
            arguments.add("--no-entities");
        }
        arguments.add(archive.toAbsolutePath().toString());
        Output output = runJava(es, arguments, Map.of("WARTA_ES_URL", es.url(), "WARTA_ES_INDEX", base,
                "WARTA_HOME", work.resolve(base).toString()));
        Matcher summary = SUMMARY.matcher(output.text());
        Matcher elapsed = ELAPSED.matcher(output.text());
        if (!summary.find() || !elapsed.find()) {
            throw new IllegalStateException("no summary in:\n" + output.text());
        }
        return new Run(number(summary.group(1)), number(summary.group(2)), Double.parseDouble(elapsed.group(1)), output.cpu());
    }

    /**
     * Runs a main class in a fresh JVM with the job's heap and this class path; returns what it printed and the CPU
     * it and Elasticsearch used. The JVM's CPU is sampled every 100 ms while it runs (a process's CPU cannot be
     * read once it has ended), so its last moments are left out.
     */
    private static Output runJava(ClusterConnection es, List<String> arguments, Map<String, String> env) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                JOB_HEAP, "-cp", System.getProperty("java.class.path")));
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(env);
        java.util.Optional<ProcessHandle> elasticsearch = ProcessCpu.localElasticsearch(es.url());
        double elasticsearchBefore = elasticsearch.map(IngestRuns::cpuSeconds).orElse(Double.NaN);
        Process process = builder.start();
        double[] loader = {Double.NaN, Double.NaN};
        ProcessCpu.CompilerThreads compilers = new ProcessCpu.CompilerThreads(process.toHandle());
        Thread sampler = Thread.ofPlatform().daemon().start(() -> {
            while (process.isAlive()) {
                // Both only grow while the JVM lives; at its exit its threads go first, so the largest sample counts.
                double total = cpuSeconds(process.toHandle());
                double jit = compilers.cpu().toNanos() / 1e9;
                if (!Double.isNaN(total)) {
                    loader[0] = Double.isNaN(loader[0]) ? total : Math.max(loader[0], total);
                    loader[1] = Double.isNaN(loader[1]) ? jit : Math.max(loader[1], jit);
                }
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        String output = new String(process.getInputStream().readAllBytes());
        if (process.waitFor() != 0) {
            throw new IllegalStateException(arguments.getFirst() + " failed:\n" + output);
        }
        sampler.join();
        double elasticsearchCpu = elasticsearch.map(IngestRuns::cpuSeconds).orElse(Double.NaN) - elasticsearchBefore;
        return new Output(output, new Cpu(loader[0], loader[1], elasticsearchCpu));
    }

    private static double cpuSeconds(ProcessHandle process) {
        java.time.Duration cpu = ProcessCpu.total(process);
        return cpu == null ? Double.NaN : cpu.toNanos() / 1e9;
    }

    /** Deletes the index that a run made under {@code base} (its first version, behind the aliases). */
    static void delete(ElasticsearchClient client, String base) throws IOException {
        client.indices().delete(d -> d.index(new IndexNames(base).version(1)));
    }

    private static long number(String figure) {
        return Long.parseLong(figure.replace(",", ""));
    }
}
