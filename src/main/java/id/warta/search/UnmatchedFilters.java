package id.warta.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import com.fasterxml.jackson.databind.JsonNode;
import id.warta.index.IndexNames;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds the filter values of a search that match no article ({@link UnmatchedFilter}), and what a user may have
 * meant by a name that matches nothing: the values that hold it as a word ("Vladimir Putin" for "Putin") or, when
 * none does, those with a word starting with it ("Jokow"). A filter value that the first page's own facet counts
 * show matches; only the others are counted, all in one request, so a search whose filters all show in its facets
 * costs nothing more.
 */
public final class UnmatchedFilters {

    static final int SUGGESTIONS = 5;
    private static final List<Facet> CHECKED = List.of(Facet.PERSON, Facet.SOURCE);
    private static final String EXACT = "exact";
    private static final String WORD = "word";
    private static final String WORD_START = "like";

    private final ElasticsearchClient client;
    private final IndexNames names;
    private final ResultSetQuery resultSet;
    private final CountryNames countries;

    public UnmatchedFilters(ElasticsearchClient client, IndexNames names, ResultSetQuery resultSet, CountryNames countries) {
        this.client = client;
        this.names = names;
        this.resultSet = resultSet;
        this.countries = countries;
    }

    /** The person and source filters of {@code request} (as its first page matched it) that no article has. */
    List<UnmatchedFilter> find(SearchRequest request, Facets facets) {
        List<Unshown> unshown = new ArrayList<>();
        for (Facet facet : CHECKED) {
            List<FacetCount> counted = facet == Facet.PERSON ? facets.persons() : facets.sources();
            for (String value : facet == Facet.PERSON ? request.persons() : request.sources()) {
                if (!shown(facet, value, counted)) {
                    unshown.add(new Unshown(facet, value));
                }
            }
        }
        if (unshown.isEmpty()) {
            return List.of();
        }
        SearchFilters filters = new SearchFilters(request);
        Set<Facet> uncertain = EnumSet.noneOf(Facet.class);
        unshown.forEach(u -> uncertain.add(u.facet()));
        Map<String, Aggregation> aggs = new LinkedHashMap<>();
        for (int i = 0; i < unshown.size(); i++) {
            aggs.put("u" + i, unshown.get(i).aggregation(filters, uncertain));
        }
        JsonNode answer = aggregations(resultSet.scored(request, filters), aggs);
        List<UnmatchedFilter> out = new ArrayList<>();
        for (int i = 0; i < unshown.size(); i++) {
            JsonNode counts = SearchHitsResponse.aggregation(answer, "u" + i);
            if (SearchHitsResponse.aggregation(counts, EXACT).path("doc_count").asLong() == 0) {
                Unshown u = unshown.get(i);
                out.add(new UnmatchedFilter(u.facet().name().toLowerCase(Locale.ROOT), u.value(),
                        suggestions(counts, u.facet())));
            }
        }
        return out;
    }

    /** What a user may have meant by {@code value}, a name no value of the facet has, counted under the whole search. */
    public List<FacetCount> suggestions(SearchRequest request, Facet facet, String value) {
        return suggestions(aggregations(resultSet.of(request), suggesting(facet, value)), facet);
    }

    private JsonNode aggregations(Query query, Map<String, Aggregation> aggs) {
        return ElasticsearchCalls.run("unmatched filters", () -> SearchHitsResponse.send(client,
                co.elastic.clients.elasticsearch.core.SearchRequest.of(s -> s.index(names.readAlias()).size(0)
                        .trackTotalHits(t -> t.enabled(false)).query(query).aggregations(aggs)))).aggregations();
    }

    /** The values holding {@code value} as a word, and those with a word starting with it. */
    private static Map<String, Aggregation> suggesting(Facet facet, String value) {
        return Map.of(WORD, values(facet, PrefixPattern.wholeWord(value.strip())),
                WORD_START, values(facet, PrefixPattern.wordStartingWith(value.strip())));
    }

    private static Aggregation values(Facet facet, String include) {
        return Aggregation.of(a -> a.terms(t -> t.field(facet.countField()).size(SUGGESTIONS).include(i -> i.regexp(include))));
    }

    /** The answer to {@link #suggesting} under {@code parent}: whole-word values, else word starts. */
    private List<FacetCount> suggestions(JsonNode parent, Facet facet) {
        JsonNode buckets = SearchHitsResponse.aggregation(parent, WORD).path("buckets");
        if (buckets.isEmpty()) {
            buckets = SearchHitsResponse.aggregation(parent, WORD_START).path("buckets");
        }
        return FacetAggregations.bucketCounts(buckets, facet, countries);
    }

    /** Whether the facet's counts hold a value the filter value matches (they count under the same filters). */
    private static boolean shown(Facet facet, String value, List<FacetCount> counted) {
        List<String> filtered = facet.filterValues(value);
        return counted.stream().anyMatch(c -> filtered.contains(facet.filterValue(c.value())));
    }

    /** A filter value the facet's counts do not show: it may match articles beyond the top ones, or none. */
    private record Unshown(Facet facet, String value) {

        /**
         * How many articles the value matches, and what it may mean ({@link #suggesting}): under the search's other
         * facet filters, but for those with unshown values of their own. Two filters that each match nothing would
         * otherwise hide each other, and a filter that matches would be called unmatched for the other one.
         */
        Aggregation aggregation(SearchFilters filters, Set<Facet> uncertain) {
            List<Query> scope = new ArrayList<>();
            for (Facet other : Facet.values()) {
                Query filter = filters.facetFilter(other);
                if (other != facet && filter != null && !uncertain.contains(other)) {
                    scope.add(filter);
                }
            }
            List<FieldValue> values = facet.filterValues(value).stream().map(FieldValue::of).toList();
            Map<String, Aggregation> subs = new LinkedHashMap<>(suggesting(facet, value));
            subs.put(EXACT, Aggregation.of(e -> e.filter(f -> f.terms(t -> t.field(facet.filterField()).terms(v -> v.value(values))))));
            return Aggregation.of(a -> a.filter(scope.isEmpty() ? Query.of(q -> q.matchAll(m -> m)) : ResultSetQuery.and(scope))
                    .aggregations(subs));
        }
    }
}
