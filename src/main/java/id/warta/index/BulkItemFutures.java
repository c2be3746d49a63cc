package id.warta.index;

import co.elastic.clients.elasticsearch._helpers.bulk.BulkIngester;
import co.elastic.clients.elasticsearch._helpers.bulk.BulkListener;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;

import id.warta.WartaException;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

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

    /**
     * Waits (bounded) for one operation's response item.
     *
     * @param resumeHint what the user does to resume when the request failed, e.g. "Run the same command again."
     */
    public static BulkResponseItem await(CompletableFuture<BulkResponseItem> result, Duration timeout, String resumeHint) {
        try {
            return result.get(timeout.toSeconds(), TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw new WartaException("writing to Elasticsearch failed: " + e.getCause().getMessage() + ". " + resumeHint, e.getCause());
        } catch (TimeoutException e) {
            throw new WartaException("Elasticsearch did not answer a bulk request within " + timeout.toMinutes() + " minutes");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new WartaException("interrupted while writing to Elasticsearch");
        }
    }

    /** Overloaded (429) or failing (5xx): worth another try. */
    public static boolean isTransient(int status) {
        return status == 429 || status >= 500;
    }
}
