package id.warta.index;

import java.time.Instant;

/**
 * One physical version of the articles index (e.g. {@code articles-v2}) as the cluster holds it.
 *
 * @param reindexedFrom the version it was copied from by `warta reindex`, or null for a first version
 * @param reindexStartedAt when that copy started (the catch-up of articles ingested meanwhile starts here)
 */
public record IndexVersion(String name, int version, boolean read, boolean write, long documents, String mappingHash,
                           String reindexedFrom, Instant reindexStartedAt, boolean reExtract, Instant created) {

    /** Short form of the mapping hash for tables. */
    public String shortHash() {
        return mappingHash == null ? "-" : mappingHash.substring(0, Math.min(12, mappingHash.length()));
    }

    public boolean aliased() {
        return read || write;
    }
}
