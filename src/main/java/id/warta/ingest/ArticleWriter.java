package id.warta.ingest;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._helpers.bulk.BulkIngester;
import id.warta.index.BulkItemFutures;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import id.warta.WartaException;
import id.warta.article.Article;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamWriter;

import java.time.Duration;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Writes a chunk: rejections to the rejects file, duplicates (and WARC revisits) to the duplicates file,
 * skipped records to the counts only, new articles to
 * Elasticsearch through a {@link BulkIngester} (bounded in-flight requests, 429s retried with backoff by
 * the ingester, 5xx items retried here). The chunk is only done when Elasticsearch has answered for
 * every article in it, so a committed chunk is really indexed. An item Elasticsearch refuses for good
 * (a mapping error, say) is a rejection, and where it was the later version of an article in the same chunk,
 * the version before it is written instead; a failed bulk request or an unreachable node fails the step,
 * and running the job again resumes from the last committed chunk.
 */
public class ArticleWriter implements ItemStreamWriter<ProcessedRecord> {

    static final int ITEM_RETRIES = 5;
    private static final Duration CHUNK_TIMEOUT = Duration.ofMinutes(5);

    private final ElasticsearchClient client;
    private final String writeAlias;
    private final int bulkSize;
    private final IngestCounters counters;
    private final OutcomeLog rejects;
    private final OutcomeLog duplicates;
    private final DuplicateRegistry registry;
    private BulkIngester<CompletableFuture<BulkResponseItem>> ingester;

    /** @param runStarted when this run of the job first started (before a resume): see {@link DuplicateRegistry} */
    public ArticleWriter(ElasticsearchClient client, String writeAlias, int bulkSize, IngestCounters counters,
                         OutcomeLog rejects, OutcomeLog duplicates, java.time.Instant runStarted) {
        this.client = client;
        this.bulkSize = bulkSize;
        this.writeAlias = writeAlias;
        this.counters = counters;
        this.rejects = rejects;
        this.duplicates = duplicates;
        this.registry = new DuplicateRegistry(client, writeAlias, runStarted);
    }

    @Override
    public void open(ExecutionContext context) {
        counters.restoreFrom(context);
        rejects.open(context);
        duplicates.open(context);
        ingester = BulkIngester.of(b -> b.client(client)
                .maxOperations(bulkSize)
                .maxSize(8L * 1024 * 1024)
                .maxConcurrentRequests(2)
                .backoffPolicy(co.elastic.clients.transport.BackoffPolicy.exponentialBackoff(200L, 6))
                .listener(new BulkItemFutures()));
    }

    @Override
    public void update(ExecutionContext context) {
        counters.saveTo(context);
        rejects.saveTo(context);
        duplicates.saveTo(context);
    }

    @Override
    public void close() {
        if (ingester != null) {
            ingester.close();
            ingester = null;
        }
        rejects.close();
        duplicates.close();
    }

    @Override
    public void write(Chunk<? extends ProcessedRecord> chunk) {
        List<Article> articles = new ArrayList<>();
        Map<Article, String> locations = new IdentityHashMap<>();
        for (ProcessedRecord item : chunk) {
            if (item.rejection() != null) {
                reject(item.rejection());
            } else if (item.skipped() != null) {
                counters.countSkipped(item.skipped());
            } else if (item.revisit() != null) {
                counters.countDuplicate();
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("location", item.location());
                entry.put("url", item.revisit().url());
                entry.put("duplicate_of", item.revisit().duplicateOf());
                entry.put("reason", "WARC revisit record");
                duplicates.write(entry);
            } else {
                articles.add(item.article());
                locations.put(item.article(), item.location());
            }
        }
        List<DuplicateRegistry.Decision> toIndex = new ArrayList<>();
        Map<Article, DuplicateRegistry.Decision> previousVersion = new IdentityHashMap<>();
        for (DuplicateRegistry.Decision decision : registry.classify(articles)) {
            Article article = decision.article();
            switch (decision.verdict()) {
                case NEW -> toIndex.add(decision);
                case UNCHANGED -> counters.countUnchanged();
                case DUPLICATE -> {
                    counters.countDuplicate();
                    duplicates.write(Map.of("location", locations.get(article), "id", article.id(),
                            "duplicate_of", decision.duplicateOf(), "title", article.title()));
                }
                case REPLACED -> previousVersion.put(decision.replacedBy(), decision);
            }
        }
        index(toIndex, locations, previousVersion);
    }

    /** An earlier record of this run whose article a later record with the same id and other content replaced. */
    private void writeReplaced(String location, Article article, String replacedBy) {
        duplicates.write(Map.of("location", location, "id", article.id(), "replaced_by", replacedBy,
                "reason", "a later record of the same article (same id) with other content replaced it",
                "title", article.title()));
    }

    /**
     * Indexes the chunk's new articles. {@code previousVersion}: for a later version of an article in this chunk, the
     * decision on the version before it, which becomes a duplicate once the later one is written, and is
     * written itself if Elasticsearch refuses the later one.
     */
    private void index(List<DuplicateRegistry.Decision> decisions, Map<Article, String> locations,
                       Map<Article, DuplicateRegistry.Decision> previousVersion) {
        List<DuplicateRegistry.Decision> pending = decisions;
        List<DuplicateRegistry.Decision> instead = new ArrayList<>();
        for (int attempt = 0; !pending.isEmpty(); attempt++) {
            List<Map.Entry<DuplicateRegistry.Decision, CompletableFuture<BulkResponseItem>>> results = new ArrayList<>();
            for (DuplicateRegistry.Decision decision : pending) {
                Article article = decision.article();
                CompletableFuture<BulkResponseItem> result = new CompletableFuture<>();
                results.add(Map.entry(decision, result));
                ingester.add(op -> op.index(i -> i.index(writeAlias).id(article.id()).document(ArticleDocument.of(article))), result);
            }
            ingester.flush();
            List<DuplicateRegistry.Decision> retry = new ArrayList<>();
            for (var entry : results) {
                BulkResponseItem item = BulkItemFutures.await(entry.getValue(), CHUNK_TIMEOUT,
                        "Run the same command again to resume from the last committed chunk.");
                DuplicateRegistry.Decision decision = entry.getKey();
                Article article = decision.article();
                if (item.error() == null) {
                    counters.countIndexed(article.publishedAt() != null);
                    registry.remember(article, locations.get(article));
                    DuplicateRegistry.Written replaced = decision.replaces();
                    if (replaced != null) {
                        counters.countReplaced(replaced.dated());
                        writeReplaced(replaced.location(), article, locations.get(article));
                    }
                    for (var earlier = previousVersion.get(article); earlier != null; earlier = previousVersion.get(earlier.article())) {
                        counters.countDuplicate();
                        writeReplaced(locations.get(earlier.article()), earlier.article(), locations.get(earlier.replacedBy()));
                    }
                } else if (BulkItemFutures.isTransient(item.status()) && attempt < ITEM_RETRIES) {
                    retry.add(decision);
                } else if (BulkItemFutures.isTransient(item.status())) {
                    throw new WartaException("Elasticsearch kept refusing writes (status " + item.status() + ": "
                            + item.error().reason() + "); run the same command again to resume");
                } else {
                    reject(new Rejection(locations.get(article), article.title(),
                            "refused by Elasticsearch: " + item.error().type() + ": " + item.error().reason()));
                    DuplicateRegistry.Decision earlier = previousVersion.get(article);
                    if (earlier != null) {
                        instead.add(earlier.instead());
                    }
                }
            }
            if (!retry.isEmpty()) {
                sleep(Duration.ofMillis(250L << attempt));
            }
            pending = retry;
        }
        if (!instead.isEmpty()) {
            index(instead, locations, previousVersion); // with retries of their own
        }
    }

    private void reject(Rejection rejection) {
        counters.countRejected(rejection);
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("location", rejection.location());
        entry.put("reason", rejection.reason());
        entry.put("record", rejection.record());
        rejects.write(entry);
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new WartaException("interrupted while waiting to retry");
        }
    }
}
