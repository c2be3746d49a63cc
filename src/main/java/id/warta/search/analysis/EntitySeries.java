package id.warta.search.analysis;

import id.warta.search.DateBucket;

import java.util.List;

/**
 * One entity's articles over time: {@code entity} as written ({@code person:Mark Rutte},
 * {@code country:KP}), its facet and value, the Indonesian name of a country as {@code label} (null for
 * a person), and {@code total}, the dated matching articles that mention it.
 */
public record EntitySeries(String entity, String facet, String value, String label, long total, List<DateBucket> buckets) {

    public EntitySeries {
        buckets = List.copyOf(buckets);
    }
}
