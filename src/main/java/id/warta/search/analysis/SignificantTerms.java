package id.warta.search.analysis;

import id.warta.search.WordMatch;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/**
 * The words that set a search's result set apart from the archive. {@code articles} match the search;
 * the words are counted in {@code sampled} of them (the best-matching ones, at most
 * {@value SignificantTermsAnalysis#SAMPLE}) against the {@code archive}'s articles. Words in fewer than
 * {@code minCount} sampled articles are not listed. Words the search asks for itself (its query words,
 * the names of the persons and countries it filters on) are left out and listed, as written, in
 * {@code excluded}.
 */
public record SignificantTerms(long articles, WordMatch match, long sampled, long archive, @JsonProperty("min_count") int minCount,
                               List<String> excluded, List<SignificantTerm> terms) {

    public SignificantTerms {
        excluded = List.copyOf(excluded);
        terms = List.copyOf(terms);
    }
}
