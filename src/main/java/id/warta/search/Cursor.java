package id.warta.search;

import java.time.Instant;
import java.util.List;

/**
 * Where a search continues: the point in time it reads and the sort values of the last hit served
 * ({@code searchAfter}: JSON numbers, strings, booleans or nulls). {@code fingerprint} ties it to the
 * search that made it; {@code match} is how its words matched on the first page; {@code weights} what its
 * country names were weighed with there ({@link SearchFrequencies}: one entry per ask, null where unweighed), null
 * in a cursor made before cursors carried them; {@code recencyOrigin} the instant its recency was measured from (null
 * for a search without recency, or a cursor made before cursors carried it); {@code served} the hits of the pages so
 * far (-1 when not known), so that the page that completes the total gives no cursor to an empty page.
 */
record Cursor(String pitId, List<Object> searchAfter, String fingerprint, WordMatch match, List<double[]> weights,
              Instant recencyOrigin, long served) {
}
