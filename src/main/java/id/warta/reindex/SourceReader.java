package id.warta.reindex;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.search.Hit;
import id.warta.WartaException;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;

/**
 * Reads every document of an index version in id order through a point in time and search_after, a
 * page at a time. Saves the last id it handed out, so that a restarted job goes on after it (with a
 * new point in time: the versions Warta copies from take no writes of their own order). A page that
 * cannot be read (the node holding the point in time's shard copy died, say) is read again after the
 * last id from a new point in time, a few times over about half a minute, before the step fails.
 */
final class SourceReader implements ItemStreamReader<Map<String, Object>> {

    static final String LAST_ID = "reindex.source.last-id";
    private static final String KEEP_ALIVE = "5m";
    private static final int READ_ATTEMPTS = 6;

    private final ElasticsearchClient client;
    private final String index;
    private final Query filter;
    private final int pageSize;
    private final Deque<Map<String, Object>> page = new ArrayDeque<>();
    private String pit;
    private String lastId;
    private String lastDelivered;
    private boolean exhausted;

    /** @param filter which documents to read, or null for all */
    SourceReader(ElasticsearchClient client, String index, Query filter, int pageSize) {
        this.client = client;
        this.index = index;
        this.filter = filter;
        this.pageSize = pageSize;
    }

    @Override
    public void open(ExecutionContext context) {
        lastId = context.containsKey(LAST_ID) ? context.getString(LAST_ID) : null;
        lastDelivered = lastId;
        try {
            openPointInTime();
        } catch (IOException | RuntimeException e) {
            throw new WartaException("cannot read " + index + " (" + e.getMessage() + ")", e);
        }
    }

    private void openPointInTime() throws IOException {
        pit = client.openPointInTime(o -> o.index(index).keepAlive(k -> k.time(KEEP_ALIVE))).id();
    }

    @Override
    public Map<String, Object> read() {
        if (page.isEmpty() && !exhausted) {
            fetch();
        }
        Map<String, Object> next = page.poll();
        if (next != null) {
            lastDelivered = String.valueOf(next.get("id"));
        }
        return next;
    }

    @Override
    public void update(ExecutionContext context) {
        if (lastDelivered != null) {
            context.putString(LAST_ID, lastDelivered);
        }
    }

    @Override
    public void close() {
        closePointInTime();
    }

    private void closePointInTime() {
        if (pit != null) {
            try {
                String id = pit;
                client.closePointInTime(c -> c.id(id));
            } catch (IOException | RuntimeException e) {
                // it expires by itself
            }
            pit = null;
        }
    }

    private void fetch() {
        for (int attempt = 1; ; attempt++) {
            try {
                if (pit == null) {
                    openPointInTime();
                }
                fetchPage();
                return;
            } catch (IOException | RuntimeException e) {
                if (attempt == READ_ATTEMPTS) {
                    throw new WartaException("reading " + index + " failed (" + e.getMessage() + "); run the same command "
                            + "again to resume", e);
                }
                closePointInTime();
                Sleep.of(Duration.ofMillis(1000L << (attempt - 1)));
            }
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void fetchPage() throws IOException {
        var response = client.search(s -> {
            // a shard copy that fails fails the page: a partial page would skip its documents for good
            s.pit(p -> p.id(pit).keepAlive(k -> k.time(KEEP_ALIVE))).size(pageSize).trackTotalHits(t -> t.enabled(false))
                    .allowPartialSearchResults(false).sort(o -> o.field(f -> f.field("id").order(SortOrder.Asc)));
            if (filter != null) {
                s.query(filter);
            }
            if (lastId != null) {
                s.searchAfter(List.of(FieldValue.of(lastId)));
            }
            return s;
        }, Map.class);
        if (response.pitId() != null) {
            pit = response.pitId();
        }
        List<Hit<Map>> hits = response.hits().hits();
        for (Hit<Map> hit : hits) {
            page.add((Map<String, Object>) hit.source());
        }
        if (!hits.isEmpty()) {
            lastId = String.valueOf(hits.getLast().source().get("id"));
        }
        exhausted = hits.size() < pageSize;
    }
}
