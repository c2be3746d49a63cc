package id.warta.reindex;

import java.time.Duration;
import java.util.List;

/**
 * What `warta reindex` did, printed at its end.
 *
 * @param aliasesMoved whether the read alias points at the target, as the cluster says after the run
 * @param rollbackTo   where `warta rollback` would take the aliases from the target, or null for nowhere
 */
public record ReindexSummary(String source, String target, String status, long copied, long caughtUp, long sampled,
                             boolean aliasesMoved, String rollbackTo, Duration elapsed, List<String> differences,
                             String failure) {

    public boolean completed() {
        return "COMPLETED".equals(status);
    }

    public String render() {
        StringBuilder out = new StringBuilder();
        out.append(String.format("Reindex %s → %s: %s%n", source, target, status));
        out.append(String.format("  copied       %,d%n", copied));
        out.append(String.format("  caught up    %,d (ingested while the copy ran)%n", caughtUp));
        out.append(String.format("  verified     counts, and %,d sampled articles field by field%n", sampled));
        out.append(String.format("  elapsed      %.1f s%n", elapsed.toMillis() / 1000.0));
        if (!completed()) {
            differences.forEach(d -> out.append("  differs: ").append(d).append(System.lineSeparator()));
            out.append("  ").append(failure == null ? "the reindex did not complete" : failure).append(System.lineSeparator());
        }
        if (aliasesMoved && completed()) {
            out.append("  The aliases now point at ").append(target).append(". ").append(rollbackTo == null
                    ? "`warta rollback` has no version to go back to."
                    : "`warta rollback` points them back at " + rollbackTo + ".").append(System.lineSeparator());
        } else if (aliasesMoved) {
            out.append("  The aliases already point at ").append(target).append(": searches and ingests use it.")
                    .append(System.lineSeparator());
            out.append("  Run `warta reindex` again to finish its catch-up, or `warta reindex --discard` to end it there.")
                    .append(System.lineSeparator());
        } else {
            out.append("  The aliases were not moved: searches and ingests still use ").append(source).append('.')
                    .append(System.lineSeparator());
            if (!completed()) {
                out.append("  Run `warta reindex` again to resume").append(differences.isEmpty() ? "."
                        : ", or `warta reindex --discard` to drop " + target + " and start over.").append(System.lineSeparator());
            }
        }
        return out.toString();
    }
}
