package id.warta.search;

import java.util.List;
import java.util.Map;

/**
 * Where a search continues: the point in time it reads and the sort values of the last hit served
 * ({@code searchAfter}: JSON numbers, strings, booleans or nulls). {@code fingerprint} ties it to the
 * search that made it; {@code match} is how its words matched on the first page; {@code weights} what its
 * country names were weighed with there ({@link SearchFrequencies}; empty when none was).
 */
record Cursor(String pitId, List<Object> searchAfter, String fingerprint, WordMatch match, Map<String, Double> weights) {
}
