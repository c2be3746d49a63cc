package id.warta.reindex;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import id.warta.WartaException;
import id.warta.index.AliasSwitch;
import id.warta.index.IndexBootstrap;
import id.warta.index.IndexVersion;
import id.warta.index.IndexVersions;
import id.warta.ingest.JobOwnership;
import id.warta.ingest.PersonNameMerge;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.transaction.PlatformTransactionManager;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The reindex as a restartable Spring Batch job: create the new version, copy every article into it,
 * catch up what was ingested meanwhile and verify, move both aliases at once, catch up once more.
 * A killed run restarts at the step it was in; the copy goes on after its last committed chunk.
 */
final class ReindexJob {

    static final String NAME = "reindex";
    static final String COPY_STEP = "copy";
    /** Job context: articles ingested before this instant are in the new version (set by the verify step). */
    static final String COVERED_BEFORE = "reindex.covered-before";
    static final String CAUGHT_UP = "reindex.caught-up";
    static final String SAMPLED = "reindex.sampled";
    private static final int VERIFY_ATTEMPTS = 4;

    private final JobRepository repository;
    private final PlatformTransactionManager transactions;
    private final ElasticsearchClient client;
    private final IndexBootstrap bootstrap;
    private final ReindexPlan plan;
    private final UnaryOperator<Map<String, Object>> rewrite;
    private final int chunkSize;
    private List<String> differences = List.of();

    ReindexJob(JobRepository repository, PlatformTransactionManager transactions, ElasticsearchClient client,
               IndexBootstrap bootstrap, ReindexPlan plan, UnaryOperator<Map<String, Object>> rewrite, int chunkSize) {
        this.repository = repository;
        this.transactions = transactions;
        this.client = client;
        this.bootstrap = bootstrap;
        this.plan = plan;
        this.rewrite = rewrite;
        this.chunkSize = chunkSize;
    }

    /** What the last failed verification found, for the summary. */
    List<String> differences() {
        return differences;
    }

    Job build(PrintStream progress) {
        return new JobBuilder(NAME, repository)
                .listener(JobOwnership.stamp(repository))
                .start(tasklet("create", this::createTarget))
                .next(copy(progress))
                .next(tasklet("verify", this::catchUpAndVerify))
                .next(tasklet("merge-person-names", this::mergePersonNames))
                .next(tasklet("swap", this::swapAliases))
                .next(tasklet("catch-up", this::catchUpAfterSwap))
                .build();
    }

    /** Re-extracted articles name persons afresh: surnames alone, spellings and forms of a name go under one name, as after an ingest. */
    private void mergePersonNames(ExecutionContext context) {
        if (plan.reExtract()) {
            PersonNameMerge.inCopy(client, plan.target()).run();
        }
    }

    private Step copy(PrintStream progress) {
        CopyWriter writer = new CopyWriter(client, plan.target(), chunkSize);
        return new StepBuilder(COPY_STEP, repository).<Map<String, Object>, Map<String, Object>>chunk(chunkSize)
                .transactionManager(transactions)
                .reader(new SourceReader(client, plan.source(), null, chunkSize))
                .processor(rewrite::apply)
                .writer(writer)
                .listener(new CopyProgress(client, plan.source(), writer, progress))
                .build();
    }

    private void createTarget(ExecutionContext job) {
        var existing = new IndexVersions(client, plan.names()).find(plan.target());
        if (existing.isEmpty()) {
            bootstrap.createVersion(plan.names().versionOf(plan.target()), plan.meta());
        } else if (!plan.source().equals(existing.get().reindexedFrom())) {
            throw new WartaException(plan.target() + " exists but was not made by a reindex of " + plan.source()
                    + "; leave it alone or delete it yourself");
        }
        // The copy counts and reads the source from a point in time: it must see what was written just before.
        CatchUp.refresh(client, plan.source());
    }

    /**
     * Catches up, verifies; a count that differs only because ingests go on is caught up again, a few times.
     * Skipped when the aliases already point at the new version: a run killed right after the swap (whose
     * job repository may not have recorded it) resumes here, and ingests since went to the new version only.
     */
    private void catchUpAndVerify(ExecutionContext job) {
        if (aliasesOnTarget()) {
            return;
        }
        CatchUp catchUp = new CatchUp(client, rewrite);
        CopyVerification verification = new CopyVerification(client, rewrite);
        Instant since = plan.startedAt().minus(CatchUp.INGEST_MARGIN);
        long caughtUp = job.getLong(CAUGHT_UP, 0L);
        CopyVerification.Outcome outcome = null;
        for (int attempt = 1; attempt <= VERIFY_ATTEMPTS; attempt++) {
            Instant start = Instant.now();
            caughtUp += catchUp.sync(plan.source(), plan.target(), since).copied();
            Instant covered = CopyVerification.covered(start);
            outcome = verification.verify(plan.source(), plan.target(), start);
            if (outcome.passed()) {
                job.putLong(CAUGHT_UP, caughtUp);
                job.putLong(SAMPLED, outcome.sampled());
                job.putString(COVERED_BEFORE, covered.toString());
                return;
            }
            boolean behind = outcome.differences().size() == 1 && outcome.targetCount() < outcome.sourceCount();
            if (!behind) {
                break;
            }
            since = covered;
        }
        differences = outcome.differences();
        throw new WartaException("the copy " + plan.target() + " differs from " + plan.source() + ": "
                + outcome.differences().getFirst());
    }

    private void swapAliases(ExecutionContext job) {
        new AliasSwitch(client, plan.names()).pointAt(plan.target());
    }

    /**
     * Ingests that resolved the write alias just before the swap land in the old version: bring them over.
     * Without the verify step's mark (it was skipped after a swap it did not see) from the copy's start.
     */
    private void catchUpAfterSwap(ExecutionContext job) {
        Sleep.of(Duration.ofSeconds(1));
        Instant since = job.containsKey(COVERED_BEFORE) ? Instant.parse(job.getString(COVERED_BEFORE))
                : plan.startedAt().minus(CatchUp.INGEST_MARGIN);
        long caughtUp = new CatchUp(client, rewrite).sync(plan.source(), plan.target(), since).copied();
        job.putLong(CAUGHT_UP, job.getLong(CAUGHT_UP, 0L) + caughtUp);
    }

    private boolean aliasesOnTarget() {
        return new IndexVersions(client, plan.names()).find(plan.target()).filter(IndexVersion::read).isPresent();
    }

    private Step tasklet(String name, java.util.function.Consumer<ExecutionContext> work) {
        Tasklet tasklet = (contribution, chunk) -> {
            work.accept(chunk.getStepContext().getStepExecution().getJobExecution().getExecutionContext());
            return RepeatStatus.FINISHED;
        };
        return new StepBuilder(name, repository).tasklet(tasklet, transactions).build();
    }
}
