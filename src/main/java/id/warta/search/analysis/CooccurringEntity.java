package id.warta.search.analysis;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One person or country and how it goes with a result set: {@code count} matching articles mention it,
 * {@code archiveCount} articles of the whole archive do, and {@code lift} is P(value | result set) /
 * P(value | archive), rounded to three decimals: 1 is no more often than anywhere, 4 four times as
 * often. {@code label} is the Indonesian name of a country, null for a person.
 */
public record CooccurringEntity(String value, String label, long count, @JsonProperty("archive_count") long archiveCount,
                                double lift) {
}
