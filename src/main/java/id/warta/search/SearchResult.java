package id.warta.search;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/**
 * A page of hits. {@code total} counts every match; {@code facets} is present on the first page only;
 * {@code nextCursor} continues the search (null on the last page); {@code match} says whether the hits hold
 * every word of the query or, because no article does, any of them; {@code unmatchedFilters} (first page only, like
 * the facets) lists the person and source filters that match no article under the rest of the search.
 */
public record SearchResult(long total, List<ArticleHit> hits, Facets facets,
                           @JsonProperty("next_cursor") String nextCursor, WordMatch match,
                           @JsonProperty("unmatched_filters") List<UnmatchedFilter> unmatchedFilters) {
}
