package id.warta.ingest;

import org.springframework.batch.infrastructure.item.ExecutionContext;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What happened to the records of one ingest: indexed, unchanged (already indexed as they are),
 * duplicates (same content as another article, an earlier version of an article that a later record of
 * this run replaced, or a WARC revisit), rejected (with a count per reason),
 * skipped (WARC records that hold no article, with a count per kind), and how many of the indexed had
 * no date. Saved in the step's execution context with every chunk, so a restarted job
 * continues the same counts.
 */
public final class IngestCounters {

    private static final String PREFIX = "warta.counters.";
    private final AtomicLong indexed = new AtomicLong();
    private final AtomicLong unchanged = new AtomicLong();
    private final AtomicLong duplicates = new AtomicLong();
    private final AtomicLong rejected = new AtomicLong();
    private final AtomicLong undated = new AtomicLong();
    private final AtomicLong skipped = new AtomicLong();
    private final Map<String, Long> reasons = new TreeMap<>();
    private final Map<String, Long> skippedKinds = new TreeMap<>();

    void countIndexed(boolean dated) {
        indexed.incrementAndGet();
        if (!dated) {
            undated.incrementAndGet();
        }
    }

    /**
     * An article indexed earlier in this run was written again from a later record with other content: the
     * earlier record's outcome becomes "duplicate", so that the document is counted once.
     */
    void countReplaced(boolean earlierDated) {
        indexed.decrementAndGet();
        if (!earlierDated) {
            undated.decrementAndGet();
        }
        duplicates.incrementAndGet();
    }

    void countUnchanged() {
        unchanged.incrementAndGet();
    }

    void countDuplicate() {
        duplicates.incrementAndGet();
    }

    synchronized void countRejected(Rejection rejection) {
        rejected.incrementAndGet();
        reasons.merge(rejection.kind(), 1L, Long::sum);
    }

    synchronized void countSkipped(String kind) {
        skipped.incrementAndGet();
        skippedKinds.merge(kind, 1L, Long::sum);
    }

    public long indexed() {
        return indexed.get();
    }

    public long unchanged() {
        return unchanged.get();
    }

    public long duplicates() {
        return duplicates.get();
    }

    public long rejected() {
        return rejected.get();
    }

    public long undated() {
        return undated.get();
    }

    public long skipped() {
        return skipped.get();
    }

    /** Every record's outcome: indexed + unchanged + duplicates + rejected + skipped. */
    public long accounted() {
        return indexed() + unchanged() + duplicates() + rejected() + skipped();
    }

    /** Rejection reasons, most frequent first. */
    public synchronized Map<String, Long> reasons() {
        return mostFrequentFirst(reasons);
    }

    /** Kinds of skipped records, most frequent first. */
    public synchronized Map<String, Long> skippedKinds() {
        return mostFrequentFirst(skippedKinds);
    }

    private static Map<String, Long> mostFrequentFirst(Map<String, Long> counts) {
        Map<String, Long> sorted = new LinkedHashMap<>();
        counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }

    synchronized void saveTo(ExecutionContext context) {
        context.putLong(PREFIX + "indexed", indexed());
        context.putLong(PREFIX + "unchanged", unchanged());
        context.putLong(PREFIX + "duplicates", duplicates());
        context.putLong(PREFIX + "rejected", rejected());
        context.putLong(PREFIX + "undated", undated());
        context.putLong(PREFIX + "skipped", skipped());
        context.put(PREFIX + "reasons", new LinkedHashMap<>(reasons));
        context.put(PREFIX + "skipped-kinds", new LinkedHashMap<>(skippedKinds));
    }

    synchronized void restoreFrom(ExecutionContext context) {
        indexed.set(context.getLong(PREFIX + "indexed", 0));
        unchanged.set(context.getLong(PREFIX + "unchanged", 0));
        duplicates.set(context.getLong(PREFIX + "duplicates", 0));
        rejected.set(context.getLong(PREFIX + "rejected", 0));
        undated.set(context.getLong(PREFIX + "undated", 0));
        skipped.set(context.getLong(PREFIX + "skipped", 0));
        restore(context.get(PREFIX + "reasons"), reasons);
        restore(context.get(PREFIX + "skipped-kinds"), skippedKinds);
    }

    private static void restore(Object saved, Map<String, Long> into) {
        into.clear();
        if (saved instanceof Map<?, ?> map) {
            map.forEach((k, v) -> into.put(k.toString(), ((Number) v).longValue()));
        }
    }
}
