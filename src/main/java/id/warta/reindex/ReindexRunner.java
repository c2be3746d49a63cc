package id.warta.reindex;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import id.warta.WartaException;
import id.warta.extract.EntityExtractor;
import id.warta.index.AliasSwitch;
import id.warta.index.IndexBootstrap;
import id.warta.index.IndexDefinition;
import id.warta.index.IndexNames;
import id.warta.index.IndexVersion;
import id.warta.index.IndexVersions;
import id.warta.ingest.JobOwnership;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobExecutionAlreadyRunningException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * `warta reindex`, `reindex --discard`, `rollback` and `indices prune`: builds the next index version from
 * index-mappings/ while searches and ingests go on, resumes an unfinished reindex, points the aliases back
 * at the version the live one was copied from, and deletes old versions no unfinished reindex needs.
 */
@Service
public class ReindexRunner {

    static final int CHUNK_SIZE = 500;

    private final JobRepository repository;
    private final JobOperator operator;
    private final PlatformTransactionManager transactions;
    private final ObjectProvider<ElasticsearchClient> client;
    private final ObjectProvider<EntityExtractor> extractor;
    private final IndexNames names;

    public ReindexRunner(JobRepository repository, JobOperator operator, PlatformTransactionManager transactions,
                         ObjectProvider<ElasticsearchClient> client, ObjectProvider<EntityExtractor> extractor, IndexNames names) {
        this.repository = repository;
        this.operator = operator;
        this.transactions = transactions;
        this.client = client;
        this.extractor = extractor;
        this.names = names;
    }

    /**
     * Resumes the unfinished reindex if there is one, else copies the live version into a new one.
     *
     * @param reExtract re-run cleaning and entity extraction on every article (a new reindex only)
     * @param progress  where the progress bar and notes go, or null for none
     */
    public ReindexSummary run(boolean reExtract, PrintStream progress) {
        ElasticsearchClient es = client.getObject();
        IndexVersions versions = new IndexVersions(es, names);
        IndexBootstrap bootstrap = new IndexBootstrap(es, names, IndexDefinition.load());
        List<IndexVersion> all = versions.list();
        IndexVersion live = versions.requireLive(all);
        Optional<ReindexPlan> unfinished = unfinished(all, live);
        ReindexPlan plan = unfinished.orElseGet(() ->
                new ReindexPlan(names, live.name(), names.version(IndexVersions.nextVersion(all)), reExtract, Instant.now()));
        if (unfinished.isPresent()) {
            if (IndexVersions.find(all, plan.source()).isEmpty()) {
                throw new WartaException("the unfinished reindex " + plan.describe() + " cannot go on: its source "
                        + plan.source() + " no longer exists. Run `warta reindex --discard` to end it ("
                        + (live.name().equals(plan.target()) ? plan.target() + " stays live" : "it deletes " + plan.target())
                        + "), then `warta reindex` starts a new one");
            }
            IndexVersions.find(all, plan.target()).filter(t -> !t.aliased() && !bootstrap.isCurrent(t)).ifPresent(t -> {
                throw new WartaException("the unfinished reindex into " + t.name() + " was started from other index "
                        + "definitions than index-mappings/ now holds: run `warta reindex --discard`, then `warta reindex`");
            });
            note(progress, "Resuming the unfinished reindex " + plan.describe()
                    + (plan.reExtract() == reExtract ? "" : " (as it was started)"));
        }
        JobOwnership.recoverIfAbandoned(repository.getLastJobExecution(ReindexJob.NAME, plan.parameters()), operator,
                "a reindex " + plan.describe());
        ReindexJob job = new ReindexJob(repository, transactions, es, bootstrap, plan, rewrite(plan), CHUNK_SIZE);
        JobExecution execution;
        try {
            execution = operator.start(job.build(progress), plan.parameters());
        } catch (JobExecutionAlreadyRunningException e) {
            throw new WartaException("a reindex " + plan.describe() + " is already running");
        } catch (Exception e) {
            throw new WartaException("cannot start the reindex " + plan.describe() + ": " + e.getMessage(), e);
        }
        return summary(execution, plan, job.differences(), versions.list());
    }

    /**
     * Drops an unfinished reindex: abandons its job and deletes its new version, which nothing reads yet. When
     * the aliases already point at the new version (a run stopped right after the swap), that version stays
     * live and only the job is abandoned: what its final catch-up would have brought over may be missing.
     */
    public Discarded discard() {
        ElasticsearchClient es = client.getObject();
        IndexVersions versions = new IndexVersions(es, names);
        List<IndexVersion> all = versions.list();
        IndexVersion live = versions.requireLive(all);
        ReindexPlan plan = unfinished(all, live)
                .orElseThrow(() -> new WartaException("there is no unfinished reindex to discard"));
        JobExecution last = repository.getLastJobExecution(ReindexJob.NAME, plan.parameters());
        if (last != null) {
            JobOwnership.recoverIfAbandoned(last, operator, "a reindex " + plan.describe());
            try {
                operator.abandon(repository.getJobExecution(last.getId()));
            } catch (JobExecutionAlreadyRunningException e) {
                throw new WartaException("a reindex " + plan.describe() + " is still running");
            }
        }
        boolean targetLive = live.name().equals(plan.target());
        if (!targetLive) {
            delete(es, plan.target());
        }
        return new Discarded(plan.target(), !targetLive,
                targetLive ? IndexVersions.rollbackTarget(all, live).map(IndexVersion::name).orElse(null) : null);
    }

    /**
     * Points both aliases at the version the live one was copied from, bringing over what was ingested since.
     * Refused when the live version was not made by a reindex, or its source no longer exists.
     */
    public String rollback() {
        ElasticsearchClient es = client.getObject();
        IndexVersions versions = new IndexVersions(es, names);
        List<IndexVersion> all = versions.list();
        IndexVersion live = versions.requireLive(all);
        unfinished(all, live).ifPresent(p -> {
            throw new WartaException("a reindex " + p.describe() + " is unfinished: "
                    + (live.name().equals(p.target()) ? "its new version is live already; run `warta reindex` to "
                    + "finish it, or `warta reindex --discard` to end it there, then roll back"
                    : "let it complete, or run `warta reindex --discard`, before rolling back"));
        });
        IndexVersion previous = IndexVersions.rollbackTarget(all, live).orElseThrow(() -> new WartaException(
                live.reindexedFrom() == null ? "there is no version before " + live.name() + " to roll back to: it was not "
                        + "made by `warta reindex`" : "cannot roll back: " + live.name() + " was copied from "
                        + live.reindexedFrom() + ", which no longer exists (pruned or deleted); " + live.name() + " stays live"));
        Instant wentLive = Optional.ofNullable(live.reindexStartedAt()).or(() -> Optional.ofNullable(live.created()))
                .orElse(Instant.EPOCH);
        CatchUp catchUp = new CatchUp(es, UnaryOperator.identity());
        Instant start = Instant.now();
        catchUp.sync(live.name(), previous.name(), wentLive.minus(CatchUp.INGEST_MARGIN));
        new AliasSwitch(es, names).pointAt(previous.name());
        catchUp.sync(live.name(), previous.name(), start.minus(CatchUp.INGEST_MARGIN));
        return previous.name();
    }

    /**
     * `warta indices prune`: {@link IndexVersions#prune}, refused while a reindex is unfinished, whose
     * catch-up still reads its source.
     */
    public List<String> prune(int keep) {
        IndexVersions versions = new IndexVersions(client.getObject(), names);
        List<IndexVersion> all = versions.list();
        IndexVersions.live(all).flatMap(live -> unfinished(all, live)).ifPresent(p -> {
            throw new WartaException("a reindex " + p.describe() + " is unfinished and still needs " + p.source()
                    + ": run `warta reindex` to finish it, or `warta reindex --discard`, then prune");
        });
        return versions.prune(keep);
    }

    /**
     * The reindex that has not completed: the newest version, made by a reindex, either not yet live or
     * live without its final catch-up, whose job did not complete.
     */
    private Optional<ReindexPlan> unfinished(List<IndexVersion> all, IndexVersion live) {
        IndexVersion newest = all.getLast();
        if (newest.reindexedFrom() == null || newest.reindexStartedAt() == null
                || !(newest.read() || !newest.aliased() && newest.version() > live.version())) {
            return Optional.empty();
        }
        ReindexPlan plan = new ReindexPlan(names, newest.reindexedFrom(), newest.name(), newest.reExtract(),
                newest.reindexStartedAt());
        JobExecution last = repository.getLastJobExecution(ReindexJob.NAME, plan.parameters());
        boolean done = last == null ? newest.read() : last.getStatus() == BatchStatus.COMPLETED
                || last.getStatus() == BatchStatus.ABANDONED;
        return done ? Optional.empty() : Optional.of(plan);
    }

    private UnaryOperator<Map<String, Object>> rewrite(ReindexPlan plan) {
        return plan.reExtract() ? new ReExtraction(extractor.getObject()) : UnaryOperator.identity();
    }

    /** What the run did; whether the aliases moved, and where a rollback would go, as the cluster now says. */
    private ReindexSummary summary(JobExecution execution, ReindexPlan plan, List<String> differences, List<IndexVersion> now) {
        ExecutionContext context = execution.getExecutionContext();
        StepExecution copy = repository.getLastStepExecution(execution.getJobInstance(), ReindexJob.COPY_STEP);
        long copied = copy == null ? 0 : copy.getExecutionContext().getLong(CopyWriter.COPIED, 0L);
        Duration elapsed = execution.getStartTime() == null || execution.getEndTime() == null ? Duration.ZERO
                : Duration.between(execution.getStartTime(), execution.getEndTime());
        String failure = execution.getAllFailureExceptions().stream().findFirst().map(WartaException::userMessage).orElse(null);
        Optional<IndexVersion> target = IndexVersions.find(now, plan.target());
        String rollbackTo = target.flatMap(t -> IndexVersions.rollbackTarget(now, t)).map(IndexVersion::name).orElse(null);
        return new ReindexSummary(plan.source(), plan.target(), execution.getStatus().name(), copied,
                context.getLong(ReindexJob.CAUGHT_UP, 0L), context.getLong(ReindexJob.SAMPLED, 0L),
                target.filter(IndexVersion::read).isPresent(), rollbackTo, elapsed, differences, failure);
    }

    private static void delete(ElasticsearchClient es, String index) {
        try {
            es.indices().delete(d -> d.index(index));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void note(PrintStream progress, String line) {
        if (progress != null) {
            progress.println(line);
        }
    }
}
