package id.warta.ingest;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.aggregations.CompositeAggregate;
import co.elastic.clients.elasticsearch._types.aggregations.CompositeAggregationSource;
import co.elastic.clients.elasticsearch._types.aggregations.CompositeBucket;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.util.NamedValue;
import id.warta.WartaException;

import java.io.IOException;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.ObjLongConsumer;

/**
 * The persons and organisations of an index's articles as {@link PersonNameMerge} reads and rewrites them: the names of
 * a field with their articles, the articles naming some names page by page, and writes that keep what another writer
 * changed meanwhile. The minimal Elasticsearch distribution Warta runs has no update-by-query.
 */
final class IndexedEntities {

    static final String PERSONS = "persons";
    static final String ORGANIZATIONS = "organizations";

    /** An article as read: its id, version, persons and organisations. */
    record Article(String id, long seqNo, long primaryTerm, List<String> persons, List<String> organizations) {
    }

    /** An article's persons (and organisations, unless null) as they are to be, if it is unchanged since it was read. */
    record Change(Article read, List<String> persons, List<String> organizations) {
    }

    interface PageConsumer {
        void accept(List<Article> page) throws IOException;
    }

    private final ElasticsearchClient client;
    private final String index;
    private final boolean restamp;
    private final int countPage;
    private final int articlePage;

    /**
     * @param restamp     whether a write stamps the article ingested now (an ingest's merge, so that a reindex copying
     *                    meanwhile catches the change up), or keeps its stamp (a reindex's merge, part of the copy)
     * @param countPage   names per page of counts
     * @param articlePage articles per page of reads and writes
     */
    IndexedEntities(ElasticsearchClient client, String index, boolean restamp, int countPage, int articlePage) {
        this.client = client;
        this.index = index;
        this.restamp = restamp;
        this.countPage = countPage;
        this.articlePage = articlePage;
    }

    String index() {
        return index;
    }

    void refresh() throws IOException {
        client.indices().refresh(r -> r.index(index));
    }

    /** Every name of the field with its articles, page by page. */
    void forEachName(String field, ObjLongConsumer<String> each) throws IOException {
        Map<String, FieldValue> after = null;
        while (true) {
            Map<String, FieldValue> from = after;
            var response = client.search(s -> s.index(index).size(0)
                    .aggregations("names", a -> a.composite(c -> {
                        c.size(countPage).sources(NamedValue.of("name",
                                CompositeAggregationSource.of(cs -> cs.terms(t -> t.field(field)))));
                        return from == null ? c : c.after(from);
                    })), Void.class);
            CompositeAggregate page = response.aggregations().get("names").composite();
            for (CompositeBucket bucket : page.buckets().array()) {
                each.accept(bucket.key().get("name").stringValue(), bucket.docCount());
            }
            if (page.buckets().array().size() < countPage || page.afterKey() == null || page.afterKey().isEmpty()) {
                return;
            }
            after = page.afterKey();
        }
    }

    /** Every article whose field holds one of the names, in pages ordered by the unique id, each after the last id read. */
    void forEachPage(String field, List<String> names, PageConsumer each) throws IOException {
        List<FieldValue> terms = names.stream().map(FieldValue::of).toList();
        List<FieldValue> after = null;
        while (true) {
            List<FieldValue> from = after;
            var page = client.search(s -> {
                s.index(index).size(articlePage).seqNoPrimaryTerm(true)
                        .source(src -> src.filter(f -> f.includes(PERSONS, ORGANIZATIONS)))
                        .query(q -> q.terms(t -> t.field(field).terms(v -> v.value(terms))))
                        .sort(o -> o.field(f -> f.field("id")));
                return from == null ? s : s.searchAfter(from);
            }, Map.class).hits().hits();
            if (page.isEmpty()) {
                return;
            }
            each.accept(page.stream().filter(hit -> hit.source() != null).map(IndexedEntities::article).toList());
            after = page.getLast().sort();
        }
    }

    private static Article article(Hit<Map> hit) {
        return new Article(hit.id(), hit.seqNo(), hit.primaryTerm(), names(hit.source().get(PERSONS)),
                names(hit.source().get(ORGANIZATIONS)));
    }

    /** A field's names: a list, or one name stored as a plain string. */
    private static List<String> names(Object field) {
        if (field instanceof String name) {
            return List.of(name);
        }
        return field instanceof List<?> names ? names.stream().filter(Objects::nonNull).map(String::valueOf).toList() : List.of();
    }

    /**
     * Writes the changes, each only if its article is unchanged since it was read: one that another writer changed or
     * deleted meanwhile is left to the next merge. Returns the ids written.
     */
    Set<String> write(List<Change> changes) throws IOException {
        Set<String> written = new HashSet<>();
        if (changes.isEmpty()) {
            return written;
        }
        BulkRequest.Builder bulk = new BulkRequest.Builder().index(index);
        String ingestedAt = Instant.now().toString();
        for (Change change : changes) {
            Map<String, Object> doc = new HashMap<>();
            doc.put(PERSONS, change.persons());
            if (change.organizations() != null) {
                doc.put(ORGANIZATIONS, change.organizations());
            }
            if (restamp) {
                doc.put("ingested_at", ingestedAt);
            }
            Article read = change.read();
            bulk.operations(op -> op.update(u -> u.id(read.id()).ifSeqNo(read.seqNo()).ifPrimaryTerm(read.primaryTerm())
                    .action(a -> a.doc(doc))));
        }
        for (var item : client.bulk(bulk.build()).items()) {
            if (item.error() == null) {
                written.add(item.id());
            } else if (item.status() != 409 && item.status() != 404) {
                throw new WartaException("Elasticsearch refused to update the persons of article " + item.id() + ": "
                        + item.error().reason());
            }
        }
        return written;
    }
}
