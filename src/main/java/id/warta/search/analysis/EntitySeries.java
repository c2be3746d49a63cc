package id.warta.search.analysis;

import com.fasterxml.jackson.annotation.JsonProperty;
import id.warta.search.DateBucket;
import id.warta.search.FacetCount;

import java.util.List;

/**
 * One entity's articles over time: {@code entity} as written ({@code person:Mark Rutte},
 * {@code country:KP}), its facet and value, the Indonesian name of a country as {@code label} (null for
 * a person), and {@code total}, the dated matching articles that mention it. A person whom no matching article
 * names so comes with {@code didYouMean}: the persons of the matching articles whose name holds the value as a word
 * ("Vladimir Putin" for {@code person:Putin}), or else a word starting with it, with their counts; empty otherwise.
 */
public record EntitySeries(String entity, String facet, String value, String label, long total, List<DateBucket> buckets,
                           @JsonProperty("did_you_mean") List<FacetCount> didYouMean) {

    public EntitySeries {
        buckets = List.copyOf(buckets);
        didYouMean = List.copyOf(didYouMean);
    }
}
