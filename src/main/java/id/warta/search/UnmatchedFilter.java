package id.warta.search;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/**
 * A person or source a search filters by that no article under its query and other filters has, with the values
 * whose name (or a word of it) starts with what the user wrote, most common first: {@code person=Putin} finds
 * nothing because the archive names him "Vladimir Putin", and says so.
 */
public record UnmatchedFilter(String facet, String value, @JsonProperty("did_you_mean") List<FacetCount> didYouMean) {
}
