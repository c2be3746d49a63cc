package id.warta.search.analysis;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.aggregations.TermsInclude;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import id.warta.index.IndexNames;
import id.warta.search.CountryNames;
import id.warta.search.ElasticsearchCalls;
import id.warta.search.Facet;
import id.warta.search.ResultSetQuery;
import id.warta.search.SearchRequest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Who appears with whom: a terms aggregation over the result set gives each person's (or country's)
 * count there; a second one over the whole archive, restricted to those values, gives the background
 * for lift. Only the {@value #CANDIDATES} most frequent values of the result set are candidates.
 */
final class CooccurrenceAnalysis {

    static final int CANDIDATES = 500;
    private static final String VALUES = "values";
    private static final Comparator<CooccurringEntity> BY_COUNT = Comparator.comparingLong(CooccurringEntity::count)
            .reversed().thenComparing(CooccurringEntity::value);
    private static final Comparator<CooccurringEntity> BY_LIFT = Comparator.comparingDouble(CooccurringEntity::lift)
            .reversed().thenComparing(BY_COUNT);

    private final ElasticsearchClient client;
    private final IndexNames names;
    private final CountryNames countries;
    private final ResultSetQuery resultSet;

    CooccurrenceAnalysis(ElasticsearchClient client, IndexNames names, CountryNames countries) {
        this.client = client;
        this.names = names;
        this.countries = countries;
        this.resultSet = new ResultSetQuery(countries);
    }

    Cooccurrence run(SearchRequest request, Facet facet, int size, int minCount, CooccurrenceOrder order) {
        Query query = resultSet.of(request);
        SearchResponse<Void> inResults = ElasticsearchCalls.run("co-occurrence", () -> client.search(s -> s
                .index(names.readAlias()).size(0).trackTotalHits(t -> t.enabled(true)).query(query)
                .aggregations(VALUES, a -> a.terms(t -> t.field(facet.countField()).size(CANDIDATES).minDocCount(minCount))),
                Void.class));
        long articles = inResults.hits().total().value();
        Predicate<String> queried = QueriedValues.of(request, facet, countries);
        List<String> excluded = new ArrayList<>();
        Map<String, Long> counts = new LinkedHashMap<>();
        for (StringTermsBucket bucket : inResults.aggregations().get(VALUES).sterms().buckets().array()) {
            String value = bucket.key().stringValue();
            if (queried.test(value)) {
                excluded.add(value);
            } else if (order == CooccurrenceOrder.LIFT || counts.size() < size) {
                counts.put(value, bucket.docCount());
            }
        }
        Archive archive = archive(facet, List.copyOf(counts.keySet()));
        List<CooccurringEntity> entities = new ArrayList<>();
        counts.forEach((value, count) -> {
            long background = archive.counts().getOrDefault(value, count);
            entities.add(new CooccurringEntity(value, facet == Facet.COUNTRY ? countries.indonesianLabel(value) : null, count,
                    background, lift(count, articles, background, archive.total())));
        });
        entities.sort(order == CooccurrenceOrder.LIFT ? BY_LIFT : BY_COUNT);
        return new Cooccurrence(facet.name().toLowerCase(Locale.ROOT), articles, request.match(), archive.total(), minCount, order.label(),
                excluded, entities.subList(0, Math.min(size, entities.size())), List.of());
    }

    /** How many articles of the whole archive there are, and how many mention each of the values. */
    private Archive archive(Facet facet, List<String> values) {
        SearchResponse<Void> response = ElasticsearchCalls.run("co-occurrence background", () -> client.search(s -> {
            s.index(names.readAlias()).size(0).trackTotalHits(t -> t.enabled(true)).query(q -> q.matchAll(m -> m));
            if (!values.isEmpty()) {
                s.aggregations(VALUES, a -> a.terms(t -> t.field(facet.countField()).size(values.size())
                        .include(TermsInclude.of(i -> i.terms(values)))));
            }
            return s;
        }, Void.class));
        Map<String, Long> counts = new LinkedHashMap<>();
        if (!values.isEmpty()) {
            response.aggregations().get(VALUES).sterms().buckets().array()
                    .forEach(b -> counts.put(b.key().stringValue(), b.docCount()));
        }
        return new Archive(response.hits().total().value(), counts);
    }

    /** P(value | result set) / P(value | archive), to three decimals. */
    static double lift(long count, long articles, long archiveCount, long archive) {
        if (articles == 0 || archiveCount == 0) {
            return 0;
        }
        double lift = ((double) count / articles) / ((double) archiveCount / archive);
        return Math.round(lift * 1000) / 1000.0;
    }

    private record Archive(long total, Map<String, Long> counts) {
    }
}
