package id.warta.ingest;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/** The end of an ingest: what happened to every record read, how fast, and where the rejects are. */
public record IngestSummary(
        String status,
        long read,
        long indexed,
        long unchanged,
        long duplicates,
        long rejected,
        long skipped,
        long undated,
        Map<String, Long> rejectReasons,
        Map<String, Long> skippedKinds,
        PersonNameMerge.Result personNames, // the merge after indexing, when entities were extracted; else null
        Duration elapsed,
        long readInElapsed, // records read in this execution (a resumed run's elapsed time is its own)
        Path rejectsFile,
        Path duplicatesFile,
        String failure,
        String notice) { // what the user must know of how this run began (a stopped run that could not be resumed), or null

    public boolean completed() {
        return "COMPLETED".equals(status);
    }

    public double docsPerSecond() {
        double seconds = Math.max(0.001, elapsed.toMillis() / 1000.0);
        return readInElapsed / seconds;
    }

    /** Read equals the sum of the outcomes: nothing lost. */
    public boolean balanced() {
        return read == indexed + unchanged + duplicates + rejected + skipped;
    }

    public String render() {
        StringBuilder out = new StringBuilder();
        if (notice != null) {
            out.append("note: ").append(notice).append('\n');
        }
        out.append(String.format("%s: read %,d, indexed %,d (undated %,d), unchanged %,d, duplicates %,d, rejected %,d",
                status, read, indexed, undated, unchanged, duplicates, rejected));
        out.append(skipped > 0 ? String.format(", skipped %,d%n", skipped) : "%n".formatted());
        rejectReasons.entrySet().stream().limit(5)
                .forEach(e -> out.append(String.format("  rejected %,6d  %s%n", e.getValue(), e.getKey())));
        skippedKinds.forEach((kind, count) -> out.append(String.format("  skipped  %,6d  %s%n", count, kind)));
        if (personNames != null && personNames.articles() > 0) {
            out.append(String.format("persons: articles changed %,d (names now under the full name, spelling or form the archive uses"
                            + " for the person: %,d; names that articles took for organisations, now persons: %,d)%n",
                    personNames.articles(), personNames.names(), personNames.personsFromOrganizations()));
        }
        out.append(String.format("elapsed %.1f s, %,.0f records/s%n", elapsed.toMillis() / 1000.0, docsPerSecond()));
        if (rejected > 0) {
            out.append("rejects:    ").append(rejectsFile).append('\n');
        }
        if (duplicates > 0) {
            out.append("duplicates: ").append(duplicatesFile).append('\n');
        }
        if (failure != null) {
            out.append("failed: ").append(failure).append("\nRun the same command again to resume from the last committed chunk.\n");
        } else if ("STOPPED".equals(status)) {
            out.append("Stopped at the end of a chunk. Run the same command again to resume.\n");
        }
        return out.toString();
    }
}
