package id.warta.search.analysis;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/**
 * A distinctive word. Significance is computed on stems, so that "menandatangani" and "ditandatangani"
 * count as one word; {@code term} is its most frequent form in the matching articles (lower case),
 * {@code forms} every form seen there, most frequent first, and {@code stem} what the index holds.
 * {@code count} sampled matching articles use it, {@code archiveCount} articles of the archive do;
 * {@code score} is Elasticsearch's JLH significance, to three decimals.
 */
public record SignificantTerm(String term, String stem, List<String> forms, long count,
                              @JsonProperty("archive_count") long archiveCount, double score) {

    public SignificantTerm {
        forms = List.copyOf(forms);
    }
}
