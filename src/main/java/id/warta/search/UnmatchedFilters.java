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
 * Finds the filter values of a search that match no article ({@link UnmatchedFilter}). A value that the first
 * page's own facet counts show matches; only the others are counted, all in one request, so a search whose
 * filters all show in its facets costs nothing more.
 */
final class UnmatchedFilters {

    static final int SUGGESTIONS = 5;
    private static final List<Facet> CHECKED = List.of(Facet.PERSON, Facet.SOURCE);

    private final ElasticsearchClient client;
    private final IndexNames names;
    private final ResultSetQuery resultSet;
    private final CountryNames countries;

    UnmatchedFilters(ElasticsearchClient client, IndexNames names, ResultSetQuery resultSet, CountryNames countries) {
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
            for (String value : values(request, facet)) {
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
        Query query = resultSet.scored(request, filters);
        SearchHitsResponse response = ElasticsearchCalls.run("unmatched filters", () -> SearchHitsResponse.send(client,
                co.elastic.clients.elasticsearch.core.SearchRequest.of(s -> s.index(names.readAlias()).size(0)
                        .trackTotalHits(t -> t.enabled(false)).query(query).aggregations(aggs))));
        List<UnmatchedFilter> out = new ArrayList<>();
        for (int i = 0; i < unshown.size(); i++) {
            JsonNode counts = SearchHitsResponse.aggregation(response.aggregations(), "u" + i);
            if (SearchHitsResponse.aggregation(counts, "exact").path("doc_count").asLong() == 0) {
                Unshown u = unshown.get(i);
                JsonNode buckets = SearchHitsResponse.aggregation(counts, "word").path("buckets");
                if (buckets.isEmpty()) {
                    buckets = SearchHitsResponse.aggregation(counts, "like").path("buckets");
                }
                out.add(new UnmatchedFilter(u.facet().name().toLowerCase(Locale.ROOT), u.value(),
                        FacetAggregations.bucketCounts(buckets, u.facet(), countries)));
            }
        }
        return out;
    }

    private static List<String> values(SearchRequest request, Facet facet) {
        return facet == Facet.PERSON ? request.persons() : request.sources();
    }

    /** Whether the facet's counts hold a value the filter value matches (they count under the same filters). */
    private static boolean shown(Facet facet, String value, List<FacetCount> counted) {
        List<String> filtered = facet.filterValues(value);
        return counted.stream().anyMatch(c -> filtered.contains(facet.filterValue(c.value())));
    }

    /** A filter value the facet's counts do not show: it may match articles beyond the top ones, or none. */
    private record Unshown(Facet facet, String value) {

        /**
         * How many articles the value matches, the values that hold it as a word ("Vladimir Putin" for "Putin") and,
         * for when none does, those with a word starting with it ("Jokow"): under the search's other facet filters,
         * but for those with unshown values of their own. Two filters that each match nothing would otherwise hide
         * each other, and a filter that matches would be called unmatched for the other one.
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
            return Aggregation.of(a -> a.filter(scope.isEmpty() ? Query.of(q -> q.matchAll(m -> m)) : ResultSetQuery.and(scope))
                    .aggregations("exact", e -> e.filter(f -> f.terms(t -> t.field(facet.filterField()).terms(v -> v.value(values)))))
                    .aggregations("word", l -> l.terms(t -> t.field(facet.countField()).size(SUGGESTIONS)
                            .include(i -> i.regexp(PrefixPattern.wholeWord(value.strip())))))
                    .aggregations("like", l -> l.terms(t -> t.field(facet.countField()).size(SUGGESTIONS)
                            .include(i -> i.regexp(PrefixPattern.wordStartingWith(value.strip()))))));
        }
    }
}
