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
 * none does, those with a word starting with it ("Jokow"), or else those with its first and last word ("Yasonna
 * Laoly" for "Yasonna H Laoly"). A filter value that the first page's own facet counts
 * show matches; the others are counted in one request, and only those that match nothing are looked up in a second,
 * so a search whose filters all show in its facets costs nothing more, and one whose filters all match, one small
 * request. Suggestions are an aid: when asking for them fails, the search goes on without them.
 */
public final class UnmatchedFilters {

    static final int SUGGESTIONS = 5;
    /** Longer values get no suggestions: the pattern made of them would be too large to run. */
    private static final int MAX_SUGGESTED_LENGTH = 100;
    private static final List<Facet> CHECKED = List.of(Facet.PERSON, Facet.SOURCE);
    private static final String EXACT = "exact";
    private static final String WORD = "word";
    private static final String WORD_START = "like";
    private static final String ENDS = "ends";
    /** Quotes around a value, as a user may write a name: they are in no name. */
    private static final java.util.regex.Pattern QUOTES = java.util.regex.Pattern.compile("^[\"'“”‘’]+|[\"'“”‘’]+$");
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(UnmatchedFilters.class);

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

    /**
     * The person and source filters of {@code request} (as its first page matched it) that no article has under its
     * query and its other filters; a facet whose own values are in question is left out of the others' scope, so that
     * two filters that each match nothing do not hide each other.
     */
    public List<UnmatchedFilter> find(SearchRequest request, Facets facets) {
        List<Unshown> unshown = new ArrayList<>();
        Set<String> seen = new java.util.HashSet<>();
        for (Facet facet : CHECKED) {
            List<FacetCount> counted = facet == Facet.PERSON ? facets.persons() : facets.sources();
            for (String value : facet == Facet.PERSON ? request.persons() : request.sources()) {
                if (seen.add(key(facet, value)) && !shown(facet, value, counted)) {
                    unshown.add(new Unshown(facet, value));
                }
            }
        }
        if (unshown.isEmpty()) {
            return List.of();
        }
        try {
            return unmatched(request, unshown);
        } catch (RuntimeException e) {
            LOG.warn("the search's filters that match nothing could not be named ({})", e.getMessage());
            return List.of();
        }
    }

    private List<UnmatchedFilter> unmatched(SearchRequest request, List<Unshown> unshown) {
        SearchFilters filters = new SearchFilters(request);
        Set<Facet> uncertain = EnumSet.noneOf(Facet.class);
        unshown.forEach(u -> uncertain.add(u.facet()));
        Query query = resultSet.scored(request, filters);
        Map<String, Aggregation> counts = new LinkedHashMap<>();
        for (int i = 0; i < unshown.size(); i++) {
            Unshown u = unshown.get(i);
            counts.put("u" + i, u.scoped(filters, uncertain, Map.of(EXACT, exactly(u.facet(), u.value()))));
        }
        JsonNode counted = aggregations(query, counts);
        List<Unshown> none = new ArrayList<>();
        for (int i = 0; i < unshown.size(); i++) {
            JsonNode exact = SearchHitsResponse.aggregation(SearchHitsResponse.aggregation(counted, "u" + i), EXACT);
            if (exact.path("doc_count").asLong() == 0) {
                none.add(unshown.get(i));
            }
        }
        if (none.isEmpty()) {
            return List.of();
        }
        // suggestions count under every other filter that matches: a facet is left out only when none of its values does
        Set<Facet> dead = EnumSet.noneOf(Facet.class);
        for (Facet facet : CHECKED) {
            List<String> values = facet == Facet.PERSON ? request.persons() : request.sources();
            if (!values.isEmpty() && values.stream().allMatch(v -> none.stream()
                    .anyMatch(u -> u.facet() == facet && key(u.facet(), u.value()).equals(key(facet, v))))) {
                dead.add(facet);
            }
        }
        Map<String, Aggregation> lookups = new LinkedHashMap<>();
        for (int i = 0; i < none.size(); i++) {
            Unshown u = none.get(i);
            if (u.value().length() <= MAX_SUGGESTED_LENGTH) {
                lookups.put("s" + i, u.scoped(filters, dead, suggesting(u.facet(), u.value())));
            }
        }
        JsonNode looked = lookups.isEmpty() ? null : lookedUp(query, lookups);
        List<UnmatchedFilter> out = new ArrayList<>();
        for (int i = 0; i < none.size(); i++) {
            Unshown u = none.get(i);
            List<FacetCount> meant = looked == null ? List.of()
                    : suggestions(SearchHitsResponse.aggregation(looked, "s" + i), u.facet()).stream()
                    .filter(c -> !asked(request, u.facet(), c.value())).toList();
            out.add(new UnmatchedFilter(u.facet().name().toLowerCase(Locale.ROOT), u.value(), meant));
        }
        return out;
    }

    /** The suggestions' answer, or null when asking fails: the filters that match nothing are named all the same. */
    private JsonNode lookedUp(Query query, Map<String, Aggregation> lookups) {
        try {
            return aggregations(query, lookups);
        } catch (RuntimeException e) {
            LOG.warn("no suggestions for the filters that match nothing ({})", e.getMessage());
            return null;
        }
    }

    /**
     * What a user may have meant by {@code value}, a name no value of the facet has, counted under the whole search;
     * none when the name itself is there after all, or when asking fails.
     */
    public List<FacetCount> suggestions(SearchRequest request, Facet facet, String value) {
        if (value.strip().isEmpty() || value.length() > MAX_SUGGESTED_LENGTH) {
            return List.of();
        }
        try {
            Map<String, Aggregation> aggs = new LinkedHashMap<>(suggesting(facet, value));
            aggs.put(EXACT, exactly(facet, value));
            JsonNode answer = aggregations(resultSet.of(request), aggs);
            return SearchHitsResponse.aggregation(answer, EXACT).path("doc_count").asLong() > 0 ? List.of()
                    : suggestions(answer, facet);
        } catch (RuntimeException e) {
            LOG.warn("no suggestions for {} '{}': {}", facet, Limits.shorten(value), e.getMessage());
            return List.of();
        }
    }

    private JsonNode aggregations(Query query, Map<String, Aggregation> aggs) {
        return ElasticsearchCalls.run("unmatched filters", () -> SearchHitsResponse.send(client,
                co.elastic.clients.elasticsearch.core.SearchRequest.of(s -> s.index(names.readAlias()).size(0)
                        .trackTotalHits(t -> t.enabled(false)).query(query).aggregations(aggs)))).aggregations();
    }

    /** The articles whose facet holds the value as a filter of it matches it (any case, any of a person's names). */
    private static Aggregation exactly(Facet facet, String value) {
        List<FieldValue> values = facet.filterValues(value).stream().map(FieldValue::of).toList();
        return Aggregation.of(e -> e.filter(f -> f.terms(t -> t.field(facet.filterField()).terms(v -> v.value(values)))));
    }

    /** The values holding {@code value} as a word, and those with a word starting with it. */
    private static Map<String, Aggregation> suggesting(Facet facet, String value) {
        String typed = QUOTES.matcher(value.strip()).replaceAll("").strip().replaceAll("\\s+", " "); // "\"Putin\"" as Putin
        Map<String, Aggregation> aggs = new LinkedHashMap<>();
        if (typed.isEmpty()) {
            return aggs; // quotes alone: nothing to look up
        }
        aggs.put(WORD, values(facet, PrefixPattern.wholeWord(typed)));
        aggs.put(WORD_START, values(facet, PrefixPattern.wordStartingWith(typed)));
        String ends = PrefixPattern.firstAndLastWord(typed);
        if (ends != null) {
            aggs.put(ENDS, values(facet, ends));
        }
        return aggs;
    }

    private static Aggregation values(Facet facet, String include) {
        return Aggregation.of(a -> a.terms(t -> t.field(facet.countField()).size(SUGGESTIONS).include(i -> i.regexp(include))));
    }

    /**
     * The answer to {@link #suggesting} under {@code parent}: whole-word values, else word starts, else the names
     * with the same first and last word (another form of the name: the archive stores "Yasonna H Laoly" as "Yasonna
     * Laoly" once it merged the forms).
     */
    private List<FacetCount> suggestions(JsonNode parent, Facet facet) {
        for (String kind : List.of(WORD, WORD_START, ENDS)) {
            JsonNode buckets = SearchHitsResponse.aggregation(parent, kind).path("buckets");
            if (!buckets.isEmpty()) {
                return FacetAggregations.bucketCounts(buckets, facet, countries);
            }
        }
        return List.of();
    }

    /**
     * What makes two filter values one: the values of the field they match, a person's hyphens as spaces ("Kim
     * Jong-un" and "kim jong un" alike).
     */
    private static String key(Facet facet, String value) {
        return facet + "|" + new java.util.TreeSet<>(facet.filterValues(facet == Facet.PERSON ? value.replace('-', ' ') : value));
    }

    /** Whether the facet's counts hold a value the filter value matches (they count under the same filters). */
    private static boolean shown(Facet facet, String value, List<FacetCount> counted) {
        List<String> filtered = facet.filterValues(value);
        return counted.stream().anyMatch(c -> filtered.contains(facet.filterValue(c.value())));
    }

    /** Whether the search already filters by this value of the facet: no use suggesting it. */
    private static boolean asked(SearchRequest request, Facet facet, String value) {
        String held = facet.filterValue(value);
        return (facet == Facet.PERSON ? request.persons() : request.sources()).stream()
                .anyMatch(v -> facet.filterValues(v).contains(held));
    }

    /** A filter value the facet's counts do not show: it may match articles beyond the top ones, or none. */
    private record Unshown(Facet facet, String value) {

        /**
         * {@code aggs} under the search's other facet filters but for those {@code leftOut}: the facets with unshown
         * values of their own when counting (two filters that each match nothing would otherwise hide each other, and
         * a filter that matches would be called unmatched for the other one), the facets none of whose values match
         * when suggesting.
         */
        Aggregation scoped(SearchFilters filters, Set<Facet> leftOut, Map<String, Aggregation> aggs) {
            List<Query> scope = new ArrayList<>();
            for (Facet other : Facet.values()) {
                Query filter = filters.facetFilter(other);
                if (other != facet && filter != null && !leftOut.contains(other)) {
                    scope.add(filter);
                }
            }
            return Aggregation.of(a -> a.filter(scope.isEmpty() ? Query.of(q -> q.matchAll(m -> m)) : ResultSetQuery.and(scope))
                    .aggregations(aggs));
        }
    }
}
