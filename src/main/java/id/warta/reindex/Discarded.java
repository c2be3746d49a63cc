package id.warta.reindex;

/**
 * What `warta reindex --discard` did.
 *
 * @param deleted    whether the new version was deleted; false when the aliases already pointed at it
 * @param rollbackTo where `warta rollback` goes from the still-live new version, or null
 */
public record Discarded(String target, boolean deleted, String rollbackTo) {

    public String render() {
        if (deleted) {
            return "Discarded the unfinished reindex: deleted " + target + ".";
        }
        return "Discarded the unfinished reindex: " + target + " was live already and stays live; its last catch-up did "
                + "not run, so articles ingested just before its aliases moved may be missing. "
                + (rollbackTo == null ? "There is no version to roll back to." : "`warta rollback` goes back to " + rollbackTo + ".");
    }
}
