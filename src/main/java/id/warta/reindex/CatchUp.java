package id.warta.reindex;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.elasticsearch.core.mget.MultiGetResponseItem;
import id.warta.WartaException;
import id.warta.index.BulkItemFutures;
import org.springframework.batch.infrastructure.item.ExecutionContext;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Brings articles ingested into one version since a moment over to another, newest wins: a document is
 * written only where the other version lacks it or holds an older ingest of it, and the write is
 * conditional on what was seen (if_seq_no), so a concurrent ingest into that version is never
 * overwritten by an older copy.
 */
final class CatchUp {

    /**
     * How long an ingest may take from stamping ingested_at to its bulk request landing. Catch-ups start
     * this much before the moment they must cover.
     */
    static final Duration INGEST_MARGIN = Duration.ofMinutes(2);
    private static final int PAGE = 500;
    private static final int RETRIES = 5;

    /** What one catch-up did. */
    record Result(long copied, long newerThere) {
        static final Result NONE = new Result(0, 0);

        Result plus(Result other) {
            return new Result(copied + other.copied, newerThere + other.newerThere);
        }
    }

    private final ElasticsearchClient client;
    private final UnaryOperator<Map<String, Object>> rewrite;

    CatchUp(ElasticsearchClient client, UnaryOperator<Map<String, Object>> rewrite) {
        this.client = client;
        this.rewrite = rewrite;
    }

    /** Copies the documents of {@code from} ingested at or after {@code since} into {@code to}. */
    Result sync(String from, String to, Instant since) {
        refresh(from);
        Query recent = Query.of(q -> q.range(r -> r.date(d -> d.field("ingested_at").gte(since.toString()))));
        SourceReader reader = new SourceReader(client, from, recent, PAGE);
        reader.open(new ExecutionContext());
        Result total = Result.NONE;
        try {
            List<Map<String, Object>> batch = new ArrayList<>();
            for (Map<String, Object> doc = reader.read(); doc != null; doc = reader.read()) {
                batch.add(doc);
                if (batch.size() == PAGE) {
                    total = total.plus(write(batch, to));
                    batch.clear();
                }
            }
            total = total.plus(write(batch, to));
        } finally {
            reader.close();
        }
        refresh(to);
        return total;
    }

    private Result write(List<Map<String, Object>> documents, String to) {
        List<Map<String, Object>> pending = documents;
        long copied = 0;
        long newer = 0;
        for (int attempt = 0; !pending.isEmpty(); attempt++) {
            Map<String, MultiGetResponseItem<Map>> there = current(to, pending);
            List<BulkOperation> operations = new ArrayList<>();
            List<Map<String, Object>> written = new ArrayList<>();
            for (Map<String, Object> document : pending) {
                String id = String.valueOf(document.get("id"));
                var existing = there.get(id);
                boolean found = existing != null && existing.isResult() && existing.result().found();
                if (found && !ingestedAt(existing.result().source()).isBefore(ingestedAt(document))) {
                    newer++;
                    continue;
                }
                Map<String, Object> rewritten = rewrite.apply(document);
                operations.add(found
                        ? BulkOperation.of(o -> o.index(i -> i.index(to).id(id).document(rewritten)
                                .ifSeqNo(existing.result().seqNo()).ifPrimaryTerm(existing.result().primaryTerm())))
                        : BulkOperation.of(o -> o.create(c -> c.index(to).id(id).document(rewritten))));
                written.add(document);
            }
            if (operations.isEmpty()) {
                break;
            }
            List<BulkResponseItem> items = bulk(operations);
            List<Map<String, Object>> retry = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                BulkResponseItem item = items.get(i);
                if (item.error() == null) {
                    copied++;
                } else if (item.status() == 409) {
                    newer++; // written there meanwhile by an ingest: that write is the newer one
                } else if (BulkItemFutures.isTransient(item.status()) && attempt < RETRIES) {
                    retry.add(written.get(i));
                } else {
                    throw new WartaException("article " + item.id() + " could not be copied into " + to + ": "
                            + item.error().type() + ": " + item.error().reason());
                }
            }
            if (!retry.isEmpty()) {
                Sleep.of(Duration.ofMillis(250L << attempt));
            }
            pending = retry;
        }
        return new Result(copied, newer);
    }

    @SuppressWarnings("rawtypes")
    private Map<String, MultiGetResponseItem<Map>> current(String index, List<Map<String, Object>> documents) {
        List<String> ids = documents.stream().map(d -> String.valueOf(d.get("id"))).toList();
        try {
            var response = client.mget(m -> m.index(index).ids(ids).sourceIncludes("ingested_at"), Map.class);
            Map<String, MultiGetResponseItem<Map>> byId = new HashMap<>();
            for (int i = 0; i < ids.size(); i++) {
                byId.put(ids.get(i), response.docs().get(i));
            }
            return byId;
        } catch (IOException | RuntimeException e) {
            throw new WartaException("cannot read " + index + " (" + e.getMessage() + ")", e);
        }
    }

    private List<BulkResponseItem> bulk(List<BulkOperation> operations) {
        try {
            return client.bulk(b -> b.operations(operations)).items();
        } catch (IOException | RuntimeException e) {
            throw new WartaException("writing to Elasticsearch failed (" + e.getMessage() + "); run the same command again", e);
        }
    }

    private void refresh(String index) {
        refresh(client, index);
    }

    /** Makes every write to the index so far visible to searches, counts and points in time. */
    static void refresh(ElasticsearchClient client, String index) {
        try {
            client.indices().refresh(r -> r.index(index));
        } catch (IOException | RuntimeException e) {
            throw new WartaException("cannot refresh " + index + " (" + e.getMessage() + ")", e);
        }
    }

    static Instant ingestedAt(Map<?, ?> document) {
        Object value = document == null ? null : document.get("ingested_at");
        return value == null ? Instant.EPOCH : Instant.parse(String.valueOf(value));
    }
}
