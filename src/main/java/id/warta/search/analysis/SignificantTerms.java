package id.warta.search.analysis;

import id.warta.search.UnmatchedFilter;
import id.warta.search.WordMatch;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/**
 * The words that set a search's result set apart from the archive. {@code articles} match the search;
 * the words are counted in {@code sampled} of them (the best-matching ones, at most
 * {@value SignificantTermsAnalysis#SAMPLE}) against the {@code archive}'s articles. Words in fewer than
 * {@code minCount} sampled articles are not listed. Words the search asks for itself (its query words,
 * the names of the persons and countries it filters on) are left out and listed, as written, in
 * {@code excluded}. {@code unmatchedFilters} names the search's person and source filters that match no article,
 * as a search's first page does.
 */
public record SignificantTerms(long articles, WordMatch match, long sampled, long archive, @JsonProperty("min_count") int minCount,
                               List<String> excluded, List<SignificantTerm> terms,
                               @JsonProperty("unmatched_filters") List<UnmatchedFilter> unmatchedFilters) {

    public SignificantTerms {
        excluded = List.copyOf(excluded);
        terms = List.copyOf(terms);
        unmatchedFilters = List.copyOf(unmatchedFilters);
    }

    SignificantTerms withUnmatchedFilters(List<UnmatchedFilter> filters) {
        return new SignificantTerms(articles, match, sampled, archive, minCount, excluded, terms, filters);
    }
}
