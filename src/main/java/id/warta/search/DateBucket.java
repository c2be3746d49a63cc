package id.warta.search;

import java.time.LocalDate;

/**
 * Articles published in the bucket (a day, week, month or year) starting on {@code start}, in the search's zone.
 * {@code partial}: the bucket counts only part of its period, because the searched dates begin or end inside it
 * or the period is not over yet; its count is not comparable with its neighbours' ("week by week" charts).
 */
public record DateBucket(LocalDate start, long count, boolean partial) {
}
