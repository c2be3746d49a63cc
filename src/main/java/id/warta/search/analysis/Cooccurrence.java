package id.warta.search.analysis;

import id.warta.search.UnmatchedFilter;
import id.warta.search.WordMatch;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/**
 * The persons or countries mentioned in a search's articles: {@code articles} is the size of the result
 * set, {@code archive} the number of articles in the whole archive. Values the search itself asks for
 * (its own filter, names in its text) are left out and listed in {@code excluded}; values in fewer than
 * {@code minCount} matching articles are not listed. {@code unmatchedFilters} names the search's person and source
 * filters that match no article, as a search's first page does.
 */
public record Cooccurrence(String facet, long articles, WordMatch match, long archive, @JsonProperty("min_count") int minCount,
                           String sort, List<String> excluded, List<CooccurringEntity> entities,
                           @JsonProperty("unmatched_filters") List<UnmatchedFilter> unmatchedFilters) {

    public Cooccurrence {
        excluded = List.copyOf(excluded);
        entities = List.copyOf(entities);
        unmatchedFilters = List.copyOf(unmatchedFilters);
    }

    Cooccurrence withUnmatchedFilters(List<UnmatchedFilter> filters) {
        return new Cooccurrence(facet, articles, match, archive, minCount, sort, excluded, entities, filters);
    }
}
