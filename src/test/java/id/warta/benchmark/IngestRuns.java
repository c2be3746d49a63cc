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
    private static final Pattern PASS = Pattern.compile("pass \\d+: read (\\d+), indexed (\\d+), elapsed ([0-9.]+) s, "
            + "cpu ([0-9.NaN-]+) s, jit ([0-9.NaN-]+) s, elasticsearch ([0-9.NaN-]+) s");

    /** A timed fill: documents sent (raw) or read (job), documents indexed, seconds, and the CPU it took. */
    record Run(long documents, long indexed, double seconds, Cpu cpu) {

        double docsPerSecond() {
            return documents / seconds;
        }
    }

    /**
     * CPU seconds of a loader's JVM over one pass, of its JIT compiler threads, and of Elasticsearch (NaN where the
     * system does not tell).
     */
    record Cpu(double loader, double loaderJit, double elasticsearch) {
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
     * {@code base}, so that it pays its own JIT compilation as the job does; the time is its own, from the first line
     * read to the last response.
     */
    static Run rawBulk(ClusterConnection es, Path documents, String base) throws Exception {
        return rawBulk(es, documents, base, 1).getFirst();
    }

    /** {@link #rawBulk(ClusterConnection, Path, String)} making {@code passes} passes in the one JVM, each into a fresh index. */
    static List<Run> rawBulk(ClusterConnection es, Path documents, String base, int passes) throws Exception {
        return passes(runJava(List.of(RawBulkLoader.class.getName(), es.url(), base, documents.toString(),
                String.valueOf(JobDefinition.DEFAULT_BULK_SIZE), String.valueOf(THREADS), String.valueOf(passes)), Map.of()));
    }

    /**
     * The ingest job as `warta ingest --format jsonl` runs it ({@link IngestPasses}: the same batch context and
     * {@code IngestRunner}) in its own JVM with a 512 MB heap into the index {@code base}; the time is the job's own
     * elapsed time from its summary (JVM start-up and Spring context excluded).
     */
    static Run runJob(ClusterConnection es, Path archive, String base, boolean entities, Path work) throws Exception {
        return runJob(es, archive, base, entities, work, 1).getFirst();
    }

    /** {@link #runJob(ClusterConnection, Path, String, boolean, Path)} run {@code passes} times in the one JVM ({@link IngestPasses}). */
    static List<Run> runJob(ClusterConnection es, Path archive, String base, boolean entities, Path work, int passes) throws Exception {
        List<String> arguments = new ArrayList<>(List.of(IngestPasses.class.getName(), String.valueOf(passes),
                "--quiet", "--format", "jsonl", "--source", "click-id", "--name", base, "--threads", String.valueOf(THREADS)));
        if (!entities) {
            arguments.add("--no-entities");
        }
        arguments.add(archive.toAbsolutePath().toString());
        return passes(runJava(arguments, Map.of("WARTA_ES_URL", es.url(), "WARTA_ES_INDEX", base,
                "WARTA_HOME", work.resolve(base).toString())));
    }

    /** The {@link PassMeter} lines a loader printed, in order. */
    private static List<Run> passes(String output) {
        Matcher pass = PASS.matcher(output);
        List<Run> runs = new ArrayList<>();
        while (pass.find()) {
            runs.add(new Run(Long.parseLong(pass.group(1)), Long.parseLong(pass.group(2)), Double.parseDouble(pass.group(3)),
                    new Cpu(Double.parseDouble(pass.group(4)), Double.parseDouble(pass.group(5)), Double.parseDouble(pass.group(6)))));
        }
        if (runs.isEmpty()) {
            throw new IllegalStateException("no pass figures in:\n" + output);
        }
        return runs;
    }

    /** Runs a main class in a fresh JVM with the job's heap and this class path; returns what it printed. */
    private static String runJava(List<String> arguments, Map<String, String> env) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                JOB_HEAP, "-cp", System.getProperty("java.class.path")));
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(env);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes());
        if (process.waitFor() != 0) {
            throw new IllegalStateException(arguments.getFirst() + " failed:\n" + output);
        }
        return output;
    }

    /** Deletes the index that a run made under {@code base} (its first version, behind the aliases). */
    static void delete(ElasticsearchClient client, String base) throws IOException {
        client.indices().delete(d -> d.index(new IndexNames(base).version(1)));
    }
}
