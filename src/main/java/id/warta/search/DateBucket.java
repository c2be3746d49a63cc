package id.warta.search;

import java.time.LocalDate;

/** Articles published in the bucket (a day, week, month or year) starting on {@code start}, in the search's zone. */
public record DateBucket(LocalDate start, long count) {
}
