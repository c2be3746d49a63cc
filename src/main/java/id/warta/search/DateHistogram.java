package id.warta.search;

import java.util.List;

/** Article counts over time; inside a closed range every bucket is present, empty ones with zero. */
public record DateHistogram(String interval, String zone, List<DateBucket> buckets) {
}
