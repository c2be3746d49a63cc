package id.warta.search.analysis;

import id.warta.search.WordMatch;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/**
 * The persons or countries mentioned in a search's articles: {@code articles} is the size of the result
 * set, {@code archive} the number of articles in the whole archive. Values the search itself asks for
 * (its own filter, names in its text) are left out and listed in {@code excluded}; values in fewer than
 * {@code minCount} matching articles are not listed.
 */
public record Cooccurrence(String facet, long articles, WordMatch match, long archive, @JsonProperty("min_count") int minCount,
                           String sort, List<String> excluded, List<CooccurringEntity> entities) {

    public Cooccurrence {
        excluded = List.copyOf(excluded);
        entities = List.copyOf(entities);
    }
}
