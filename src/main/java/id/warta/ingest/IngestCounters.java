package id.warta.ingest;

import org.springframework.batch.infrastructure.item.ExecutionContext;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What happened to the records of one ingest: indexed, unchanged (already indexed as they are),
 * duplicates (same content as another article), rejected (with a count per reason), and how many of
 * the indexed had no date. Saved in the step's execution context with every chunk, so a restarted job
 * continues the same counts.
 */
public final class IngestCounters {

    private static final String PREFIX = "warta.counters.";
    private final AtomicLong indexed = new AtomicLong();
    private final AtomicLong unchanged = new AtomicLong();
    private final AtomicLong duplicates = new AtomicLong();
    private final AtomicLong rejected = new AtomicLong();
    private final AtomicLong undated = new AtomicLong();
    private final Map<String, Long> reasons = new TreeMap<>();

    void countIndexed(boolean dated) {
        indexed.incrementAndGet();
        if (!dated) {
            undated.incrementAndGet();
        }
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

    /** Every record's outcome: indexed + unchanged + duplicates + rejected. */
    public long accounted() {
        return indexed() + unchanged() + duplicates() + rejected();
    }

    /** Rejection reasons, most frequent first. */
    public synchronized Map<String, Long> reasons() {
        Map<String, Long> sorted = new LinkedHashMap<>();
        reasons.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }

    synchronized void saveTo(ExecutionContext context) {
        context.putLong(PREFIX + "indexed", indexed());
        context.putLong(PREFIX + "unchanged", unchanged());
        context.putLong(PREFIX + "duplicates", duplicates());
        context.putLong(PREFIX + "rejected", rejected());
        context.putLong(PREFIX + "undated", undated());
        context.put(PREFIX + "reasons", new LinkedHashMap<>(reasons));
    }

    @SuppressWarnings("unchecked")
    synchronized void restoreFrom(ExecutionContext context) {
        indexed.set(context.getLong(PREFIX + "indexed", 0));
        unchanged.set(context.getLong(PREFIX + "unchanged", 0));
        duplicates.set(context.getLong(PREFIX + "duplicates", 0));
        rejected.set(context.getLong(PREFIX + "rejected", 0));
        undated.set(context.getLong(PREFIX + "undated", 0));
        reasons.clear();
        Object saved = context.get(PREFIX + "reasons");
        if (saved instanceof Map<?, ?> map) {
            map.forEach((k, v) -> reasons.put(k.toString(), ((Number) v).longValue()));
        }
    }
}
