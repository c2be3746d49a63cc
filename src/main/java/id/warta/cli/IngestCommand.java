package id.warta.cli;

import id.warta.WartaException;
import id.warta.ingest.InputFormat;
import id.warta.ingest.IngestRunner;
import id.warta.ingest.IngestSummary;
import id.warta.ingest.JobDefinition;
import id.warta.ingest.JobFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** `warta ingest JOB.yml` or `warta ingest [--format jsonl|csv|text|feed|html|warc] --source NAME PATH...`. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Index a news archive into Elasticsearch.",
                "Run the same command again to resume a run that failed or was killed."})
public class IngestCommand implements Callable<Integer> {

    @Parameters(paramLabel = "JOB.yml|PATH", arity = "1..*",
            description = "A job file from batch-jobs/, or files, folders or globs to read.")
    List<String> arguments;

    @Option(names = "--format", description = "jsonl, csv, text, feed (rss, atom), html or warc: the format of the PATHs "
            + "(default: each file's own, from its name and first bytes).")
    String format;

    @Option(names = "--source", description = "Source label for records that name none.")
    String source;

    @Option(names = "--name", description = "Job name (default: the job file's name, or the source).")
    String name;

    @Option(names = "--restart", description = "Only resume an unfinished run; never start a new one.")
    boolean restart;

    @Option(names = "--no-entities", description = "Skip country and person extraction.")
    boolean noEntities;

    @Option(names = "--threads", description = "Worker threads for cleaning and extraction (default: all cores).")
    Integer threads;

    @Option(names = "--quiet", description = "No progress bar.")
    boolean quiet;

    @Override
    public Integer call() {
        JobDefinition job = definition();
        try (var context = SpringContexts.batch()) {
            IngestRunner runner = context.getBean(IngestRunner.class);
            IngestSummary summary;
            try (StopOnSignal signals = new StopOnSignal(runner::stopRunningJob)) {
                summary = runner.run(job, restart, quiet ? null : System.err);
            }
            System.out.print(summary.render());
            return summary.completed() ? 0 : 1;
        }
    }

    public JobDefinition definition() {
        boolean jobFile = arguments.stream().anyMatch(a -> a.matches(".*\\.ya?ml$"));
        if (format != null && jobFile) {
            throw new WartaException("--format is for archive files given on the command line, and "
                    + arguments.stream().filter(a -> a.matches(".*\\.ya?ml$")).findFirst().orElseThrow()
                    + " is a job file: give the format in it (format: ...)");
        }
        if (jobFile) {
            if (arguments.size() != 1) {
                throw new WartaException("give one job file (batch-jobs/*.yml), or the archive files to read");
            }
            Path file = Path.of(arguments.getFirst());
            if (!Files.isRegularFile(file)) {
                throw new WartaException("job file " + file + " does not exist");
            }
            if (source != null) {
                throw new WartaException("--source is for archive files given on the command line; the job file "
                        + file + " names its source (source: ...)");
            }
            JobDefinition loaded = JobFiles.load(file);
            return overrides(loaded);
        }
        InputFormat inputFormat;
        try {
            inputFormat = InputFormat.parse(format == null ? "auto" : format);
        } catch (IllegalArgumentException e) {
            throw new WartaException(e.getMessage() + " (--format)"); // the user's option, not a bug: no exception class
        }
        List<JobDefinition.Input> inputs = arguments.stream()
                .map(p -> new JobDefinition.Input(Path.of(p).toAbsolutePath().normalize().toString(), inputFormat, source)).toList();
        // a source label may hold a slash ("tempo.co/nasional"); the job's folder is named after it
        String jobName = name != null ? name : source != null ? source.replace('/', '-').replace('\\', '-')
                : "ingest-" + inputFormat.name().toLowerCase();
        JobDefinition defaults;
        try {
            defaults = new JobDefinition(jobName, source, inputs, Map.of(), JobDefinition.JAKARTA, "id", JobDefinition.DEFAULT_CHUNK_SIZE,
                    JobDefinition.DEFAULT_BULK_SIZE, Math.min(Runtime.getRuntime().availableProcessors(), JobDefinition.MAX_THREADS), false, true);
        } catch (IllegalArgumentException e) {
            throw new WartaException(e.getMessage() + " (--name, or --source that names the job)");
        }
        return overrides(defaults);
    }

    private JobDefinition overrides(JobDefinition job) {
        try {
            return withOptions(job);
        } catch (IllegalArgumentException e) {
            throw new WartaException(e.getMessage()); // an option's value (--threads 0, --name ..), not a bug
        }
    }

    private JobDefinition withOptions(JobDefinition job) {
        return new JobDefinition(name != null ? name : job.name(), job.source(), job.inputs(), job.fields(), job.timeZone(),
                job.language(), job.chunkSize(), job.bulkSize(), threads != null ? threads : job.threads(), job.dateFallback(),
                job.extractEntities() && !noEntities);
    }
}
