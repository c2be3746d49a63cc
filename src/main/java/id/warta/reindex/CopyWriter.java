package id.warta.reindex;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._helpers.bulk.BulkIngester;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.transport.BackoffPolicy;
import id.warta.WartaException;
import id.warta.index.BulkItemFutures;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamWriter;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Writes copied documents into the new version through a {@link BulkIngester}; a chunk is done only
 * when Elasticsearch has answered for each of its documents. Overloaded or failing shards (429, 5xx)
 * are retried; a document the new version refuses (a mapping that no longer fits) fails the copy with
 * its id and the reason, since nothing may be left behind.
 */
final class CopyWriter implements ItemStreamWriter<Map<String, Object>> {

    static final String COPIED = "reindex.copied";
    private static final int RETRIES = 5;
    private static final Duration TIMEOUT = Duration.ofMinutes(5);

    private final ElasticsearchClient client;
    private final String target;
    private final int bulkSize;
    private BulkIngester<CompletableFuture<BulkResponseItem>> ingester;
    private long copied;

    CopyWriter(ElasticsearchClient client, String target, int bulkSize) {
        this.client = client;
        this.target = target;
        this.bulkSize = bulkSize;
    }

    long copied() {
        return copied;
    }

    @Override
    public void open(ExecutionContext context) {
        copied = context.getLong(COPIED, 0L);
        ingester = BulkIngester.of(b -> b.client(client).maxOperations(bulkSize).maxSize(8L * 1024 * 1024)
                .maxConcurrentRequests(2).backoffPolicy(BackoffPolicy.exponentialBackoff(200L, 6))
                .listener(new BulkItemFutures()));
    }

    @Override
    public void update(ExecutionContext context) {
        context.putLong(COPIED, copied);
    }

    @Override
    public void close() {
        if (ingester != null) {
            ingester.close();
            ingester = null;
        }
    }

    @Override
    public void write(Chunk<? extends Map<String, Object>> chunk) {
        List<? extends Map<String, Object>> pending = chunk.getItems();
        for (int attempt = 0; !pending.isEmpty(); attempt++) {
            List<Map.Entry<Map<String, Object>, CompletableFuture<BulkResponseItem>>> results = new ArrayList<>();
            for (Map<String, Object> document : pending) {
                CompletableFuture<BulkResponseItem> result = new CompletableFuture<>();
                results.add(Map.entry(document, result));
                ingester.add(op -> op.index(i -> i.index(target).id(String.valueOf(document.get("id"))).document(document)), result);
            }
            ingester.flush();
            List<Map<String, Object>> retry = new ArrayList<>();
            for (var entry : results) {
                BulkResponseItem item = BulkItemFutures.await(entry.getValue(), TIMEOUT, "Run `warta reindex` again to resume.");
                if (item.error() == null) {
                    copied++;
                } else if (BulkItemFutures.isTransient(item.status()) && attempt < RETRIES) {
                    retry.add(entry.getKey());
                } else {
                    throw new WartaException("article " + item.id() + " could not be copied into " + target + ": "
                            + item.error().type() + ": " + item.error().reason()
                            + ". The live index is untouched; fix index-mappings/ and run `warta reindex` again.");
                }
            }
            if (!retry.isEmpty()) {
                Sleep.of(Duration.ofMillis(250L << attempt));
            }
            pending = retry;
        }
    }
}
