package id.warta.ingest;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import id.warta.WartaException;
import id.warta.extract.EntityExtractor;
import id.warta.index.IndexBootstrap;
import id.warta.index.IndexDefinition;
import id.warta.index.IndexNames;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;

/**
 * Runs an ingest job with Spring Batch: resumes the job's unfinished run (failed, stopped, or left
 * "running" by a process that was killed) from its last committed chunk, or starts the next run when
 * the last one completed.
 */
@Service
public class IngestRunner {

    static final String JOB_NAME = "ingest";
    static final String STEP_NAME = "index";
    static final String MERGE_STEP_NAME = "merge-person-names";
    private static final String MERGED_NAMES_KEY = "merged.names";
    private static final String MERGED_ARTICLES_KEY = "merged.articles";

    private final JobRepository repository;
    private final JobOperator operator;
    private final PlatformTransactionManager transactions;
    private final ObjectProvider<ElasticsearchClient> client;
    private final ObjectProvider<EntityExtractor> extractor;
    private final IndexNames names;
    private final Path wartaHome;

    public IngestRunner(JobRepository repository, JobOperator operator, PlatformTransactionManager transactions,
                        ObjectProvider<ElasticsearchClient> client, ObjectProvider<EntityExtractor> extractor,
                        IndexNames names, WartaHome wartaHome) {
        this.repository = repository;
        this.operator = operator;
        this.transactions = transactions;
        this.client = client;
        this.extractor = extractor;
        this.names = names;
        this.wartaHome = wartaHome.path();
    }

    /**
     * Resumes or starts the job and blocks until it ends.
     *
     * @param resumeOnly refuse to start a new run: only resume an unfinished one (`ingest --restart`)
     * @param progress   where the progress bar goes, or null for none
     */
    public IngestSummary run(JobDefinition job, boolean resumeOnly, PrintStream progress) {
        // Inputs first: a mistyped path is reported before any node is started.
        ArchiveReader reader = new ArchiveReader(job);
        ElasticsearchClient es = client.getObject();
        new IndexBootstrap(es, names, IndexDefinition.load()).ensure();
        String definitionHash = hash(job);
        long runNumber = 1;
        JobParameters parameters = parameters(job, definitionHash, runNumber);
        JobInstance instance;
        while ((instance = repository.getJobInstance(JOB_NAME, parameters)) != null) {
            JobExecution last = repository.getLastJobExecution(instance);
            if (last == null || last.getStatus() != BatchStatus.COMPLETED) {
                JobOwnership.recoverIfAbandoned(last, operator, "the job '" + job.name() + "'");
                break;
            }
            runNumber++;
            parameters = parameters(job, definitionHash, runNumber);
        }
        if (resumeOnly && instance == null) {
            throw new WartaException("nothing to resume: every run of the job '" + job.name() + "' completed. "
                    + "Run it without --restart to ingest again.");
        }
        IngestRun run = IngestRun.of(job, runNumber, wartaHome);
        IngestCounters counters = new IngestCounters();
        var flow = new JobBuilder(JOB_NAME, repository).start(step(run, reader, counters, es, progress));
        if (job.extractEntities()) {
            flow = flow.next(mergePersonNames(es));
        }
        Job batchJob = flow.listener(JobOwnership.stamp(repository)).build();
        JobExecution execution;
        try {
            execution = operator.start(batchJob, parameters);
        } catch (org.springframework.batch.core.launch.JobExecutionAlreadyRunningException e) {
            throw new WartaException("the job '" + job.name() + "' is already running in another process");
        } catch (Exception e) {
            throw new WartaException("cannot start the job '" + job.name() + "': " + e.getMessage(), e);
        }
        return summary(execution, run, counters);
    }

    private Step step(IngestRun run, ArchiveReader reader, IngestCounters counters, ElasticsearchClient es, PrintStream progress) {
        JobDefinition job = run.job();
        EntityExtractor entities = job.extractEntities() ? extractor.getObject() : null;
        ArticleWriter writer = new ArticleWriter(es, names.writeAlias(), job.bulkSize(), counters,
                new OutcomeLog(run.rejectsFile(), "rejects"), new OutcomeLog(run.duplicatesFile(), "duplicates"));
        IngestProgress bar = new IngestProgress(reader, counters, progress);
        // Processing runs ahead of the step on the worker threads, overlapping the writer's wait for Elasticsearch.
        ProcessingReader processed = new ProcessingReader(reader, new ArticleProcessor(job, entities, Clock.systemUTC()),
                job.threads(), 2 * job.chunkSize());
        return new StepBuilder(STEP_NAME, repository).<ProcessedRecord, ProcessedRecord>chunk(job.chunkSize())
                .transactionManager(transactions)
                .reader(processed)
                .writer(writer)
                .listener((org.springframework.batch.core.listener.StepListener) bar)
                .build();
    }

    /** After the articles are in: surnames named alone and other spellings go under the name the archive uses (see {@link PersonNameMerge}). */
    private Step mergePersonNames(ElasticsearchClient es) {
        Tasklet tasklet = (contribution, chunk) -> {
            var context = chunk.getStepContext().getStepExecution().getExecutionContext();
            IngestCounters indexed = new IngestCounters();
            indexed.restoreFrom(stepContext(chunk.getStepContext().getStepExecution().getJobExecution(), STEP_NAME));
            if (indexed.indexed() == 0) {
                return RepeatStatus.FINISHED; // nothing new: the names are as the last merge left them
            }
            PersonNameMerge.Result merged = PersonNameMerge.afterIngest(es, names.writeAlias()).run();
            context.putInt(MERGED_NAMES_KEY, merged.names());
            context.putLong(MERGED_ARTICLES_KEY, merged.articles());
            return RepeatStatus.FINISHED;
        };
        return new StepBuilder(MERGE_STEP_NAME, repository).tasklet(tasklet, transactions).build();
    }

    private IngestSummary summary(JobExecution execution, IngestRun run, IngestCounters counters) {
        var context = stepContext(execution, STEP_NAME);
        counters.restoreFrom(context);
        // The reader's committed count: a step's own read count is per execution and includes rolled-back chunks.
        long read = context.getLong(ProcessingReader.RECORDS_KEY, 0L);
        Duration elapsed = execution.getStartTime() == null || execution.getEndTime() == null ? Duration.ZERO
                : Duration.between(execution.getStartTime(), execution.getEndTime());
        String failure = execution.getAllFailureExceptions().stream().findFirst()
                .map(WartaException::userMessage).orElse(null);
        var merge = stepContext(execution, MERGE_STEP_NAME);
        PersonNameMerge.Result personNames = !merge.containsKey(MERGED_NAMES_KEY) ? null
                : new PersonNameMerge.Result(merge.getInt(MERGED_NAMES_KEY), merge.getLong(MERGED_ARTICLES_KEY));
        return new IngestSummary(execution.getStatus().name(), read, counters.indexed(), counters.unchanged(),
                counters.duplicates(), counters.rejected(), counters.skipped(), counters.undated(), counters.reasons(),
                counters.skippedKinds(), personNames, elapsed,
                run.rejectsFile(), run.duplicatesFile(), failure);
    }

    /**
     * The step's context in this execution, or in the last one of the job instance that ran it: a resumed run
     * does not run a step that completed before (the index step, when only the merge after it failed).
     */
    private ExecutionContext stepContext(JobExecution execution, String stepName) {
        StepExecution step = execution.getStepExecutions().stream().filter(s -> s.getStepName().equals(stepName))
                .findFirst().orElseGet(() -> repository.getLastStepExecution(execution.getJobInstance(), stepName));
        return step == null ? new ExecutionContext() : step.getExecutionContext();
    }

    private static JobParameters parameters(JobDefinition job, String definitionHash, long run) {
        return new JobParametersBuilder()
                .addString("job", job.name())
                .addString("definition", definitionHash)
                .addLong("run", run)
                .toJobParameters();
    }

    /** Identifies the job by what it reads and how, so that the same command finds its unfinished run. */
    static String hash(JobDefinition job) {
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(job.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, 16);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
