package id.warta.search;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/**
 * A person or source a search filters by that no article under its query and other filters has, with the values
 * that hold what the user wrote as a word (or else have a word starting with it), most common first:
 * {@code person=Putin} finds nothing because the archive names him "Vladimir Putin", and says so.
 */
public record UnmatchedFilter(String facet, String value, @JsonProperty("did_you_mean") List<FacetCount> didYouMean) {
}
