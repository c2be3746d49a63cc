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
import org.springframework.batch.core.listener.JobExecutionListener;
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
    private static final String PERSONS_FROM_ORGANIZATIONS_KEY = "merged.personsFromOrganizations";
    /**
     * The run's input files (path, size, modification time) and the UUID of the index it writes to. A run is
     * resumed only with the same: its saved position counts records of those files, into that index.
     */
    private static final String INPUTS_AND_INDEX_KEY = "warta.inputs.index";

    private final JobRepository repository;
    private final JobOperator operator;
    private final PlatformTransactionManager transactions;
    private final ObjectProvider<ElasticsearchClient> client;
    private final ObjectProvider<EntityExtractor> extractor;
    private final IndexNames names;
    private final Path wartaHome;
    /** The execution this process runs, if any: what {@link #stopRunningJob()} stops. */
    private volatile JobExecution runningHere;

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
        String inputsAndIndex = reader.fingerprint() + " -> " + indexUuid(es);
        long runNumber = 1;
        JobParameters parameters = parameters(job, definitionHash, runNumber);
        JobInstance instance;
        String startedAfresh = null;
        while ((instance = repository.getJobInstance(JOB_NAME, parameters)) != null) {
            JobExecution last = repository.getLastJobExecution(instance);
            if (last == null || (last.getStatus() != BatchStatus.COMPLETED && last.getStatus() != BatchStatus.ABANDONED)) {
                JobOwnership.recoverIfAbandoned(last, operator, "the job '" + job.name() + "'");
                String before = last == null ? null : last.getExecutionContext().getString(INPUTS_AND_INDEX_KEY, null);
                if (before == null || before.equals(inputsAndIndex)) {
                    break;
                }
                // Resuming would skip as many records of other files, or leave the first chunks in an index that lost them.
                abandon(last);
                startedAfresh = "the inputs or the index changed since run " + runNumber + " of the job '" + job.name()
                        + "' stopped, so it cannot be resumed: starting run " + (runNumber + 1) + " from the first record";
            }
            runNumber++;
            parameters = parameters(job, definitionHash, runNumber);
        }
        if (resumeOnly && instance == null) {
            throw new WartaException(startedAfresh != null ? startedAfresh.replace("starting run", "run it without --restart to start run")
                    : "nothing to resume: every run of the job '" + job.name() + "' completed. Run it without --restart to ingest again.");
        }
        if (startedAfresh != null && progress != null) {
            progress.println("warta: " + startedAfresh);
        }
        IngestRun run = IngestRun.of(job, definitionHash, runNumber, wartaHome);
        IngestCounters counters = new IngestCounters();
        var flow = new JobBuilder(JOB_NAME, repository).start(step(run, reader, counters, es, progress, firstStarted(instance)));
        if (job.extractEntities()) {
            flow = flow.next(mergePersonNames(es));
        }
        Job batchJob = flow.listener(JobOwnership.stamp(repository)).listener(new JobExecutionListener() {
            @Override
            public void beforeJob(JobExecution execution) {
                execution.getExecutionContext().putString(INPUTS_AND_INDEX_KEY, inputsAndIndex);
                repository.updateExecutionContext(execution);
                runningHere = execution;
            }

            @Override
            public void afterJob(JobExecution execution) {
                runningHere = null;
            }
        }).build();
        JobExecution execution;
        try {
            execution = operator.start(batchJob, parameters);
        } catch (org.springframework.batch.core.launch.JobExecutionAlreadyRunningException e) {
            throw new WartaException("the job '" + job.name() + "' is already running in another process");
        } catch (Exception e) {
            throw new WartaException("cannot start the job '" + job.name() + "': " + e.getMessage(), e);
        }
        return summary(execution, run, counters, startedAfresh);
    }

    /** When the run being resumed first started (its earliest execution), or now for a new run. */
    private java.time.Instant firstStarted(JobInstance instance) {
        java.time.Instant now = java.time.Instant.now();
        if (instance == null) {
            return now;
        }
        return repository.getJobExecutions(instance).stream().map(JobExecution::getStartTime).filter(java.util.Objects::nonNull)
                .map(t -> t.atZone(java.time.ZoneId.systemDefault()).toInstant()).min(java.util.Comparator.naturalOrder()).orElse(now);
    }

    private Step step(IngestRun run, ArchiveReader reader, IngestCounters counters, ElasticsearchClient es, PrintStream progress,
                      java.time.Instant runStarted) {
        JobDefinition job = run.job();
        EntityExtractor entities = job.extractEntities() ? extractor.getObject() : null;
        ArticleWriter writer = new ArticleWriter(es, names.writeAlias(), job.bulkSize(), counters,
                new OutcomeLog(run.rejectsFile(), "rejects"), new OutcomeLog(run.duplicatesFile(), "duplicates"), runStarted);
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

    /** After the articles are in: persons taken for organisations, surnames named alone, other spellings, other forms and one-word names go under the name the archive uses (see {@link PersonNameMerge}). */
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
            context.putInt(PERSONS_FROM_ORGANIZATIONS_KEY, merged.personsFromOrganizations());
            return RepeatStatus.FINISHED;
        };
        return new StepBuilder(MERGE_STEP_NAME, repository).tasklet(tasklet, transactions).build();
    }

    private IngestSummary summary(JobExecution execution, IngestRun run, IngestCounters counters, String notice) {
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
                : new PersonNameMerge.Result(merge.getInt(MERGED_NAMES_KEY), merge.getLong(MERGED_ARTICLES_KEY),
                        merge.getInt(PERSONS_FROM_ORGANIZATIONS_KEY, 0));
        return new IngestSummary(execution.getStatus().name(), read, counters.indexed(), counters.unchanged(),
                counters.duplicates(), counters.rejected(), counters.skipped(), counters.undated(), counters.reasons(),
                counters.skippedKinds(), personNames, elapsed, readInThisExecution(execution),
                run.rejectsFile(), run.duplicatesFile(), failure, notice);
    }

    private static long readInThisExecution(JobExecution execution) {
        return execution.getStepExecutions().stream().filter(s -> s.getStepName().equals(STEP_NAME))
                .mapToLong(StepExecution::getReadCount).sum();
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

    /**
     * Asks the job this process runs, if any, to stop at the end of its chunk (Ctrl-C): it is recorded as stopped,
     * and the same command resumes it. Returns at once; {@link #run} returns when the job has stopped.
     *
     * @return whether a job was running
     */
    public boolean stopRunningJob() {
        JobExecution execution = runningHere;
        if (execution == null) {
            return false;
        }
        try {
            return operator.stop(execution);
        } catch (Exception e) {
            return false; // it ended meanwhile
        }
    }

    private void abandon(JobExecution execution) {
        try {
            operator.abandon(execution);
        } catch (org.springframework.batch.core.launch.JobExecutionAlreadyRunningException e) {
            throw new WartaException("cannot set aside the unfinished run of the job: " + e.getMessage(), e);
        }
    }

    /** The UUID of the index behind the write alias: a deleted and recreated index has another. */
    private String indexUuid(ElasticsearchClient es) {
        try {
            var indices = es.indices().get(g -> g.index(names.writeAlias())).indices();
            return indices.values().stream().map(state -> state.settings() == null || state.settings().index() == null
                    ? "" : String.valueOf(state.settings().index().uuid())).sorted().toList().toString();
        } catch (java.io.IOException | RuntimeException e) {
            throw new WartaException("cannot read the index " + names.writeAlias() + " (" + e.getMessage() + ")", e);
        }
    }

    private static JobParameters parameters(JobDefinition job, String definitionHash, long run) {
        return new JobParametersBuilder()
                .addString("job", job.name())
                .addString("definition", definitionHash)
                .addLong("run", run)
                .toJobParameters();
    }

    /**
     * Identifies the job by what it reads and how it makes documents of it, so that the same command finds its
     * unfinished run, also with other threads or chunk and bulk sizes.
     */
    static String hash(JobDefinition job) {
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(job.identity().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, 16);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
