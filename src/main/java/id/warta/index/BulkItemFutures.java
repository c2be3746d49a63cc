package id.warta.index;

import co.elastic.clients.elasticsearch._helpers.bulk.BulkIngester;
import co.elastic.clients.elasticsearch._helpers.bulk.BulkListener;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * A {@link BulkIngester} listener that completes each operation's future with its own response item,
 * or fails them all when the whole request failed: a writer can wait for exactly its operations.
 */
public final class BulkItemFutures implements BulkListener<CompletableFuture<BulkResponseItem>> {

    @Override
    public void beforeBulk(long id, BulkRequest request, List<CompletableFuture<BulkResponseItem>> futures) {
    }

    @Override
    public void afterBulk(long id, BulkRequest request, List<CompletableFuture<BulkResponseItem>> futures, BulkResponse response) {
        for (int i = 0; i < futures.size(); i++) {
            futures.get(i).complete(response.items().get(i));
        }
    }

    @Override
    public void afterBulk(long id, BulkRequest request, List<CompletableFuture<BulkResponseItem>> futures, Throwable failure) {
        futures.forEach(f -> f.completeExceptionally(failure));
    }
}
