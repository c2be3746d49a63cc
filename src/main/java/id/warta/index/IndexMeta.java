package id.warta.index;

/** The keys Warta writes into each index version's mapping {@code _meta}. */
public final class IndexMeta {

    public static final String MAPPING_VERSION = "mapping_version";
    public static final String MAPPING_HASH = "mapping_hash";
    /** The version this one was copied from by `warta reindex`. */
    public static final String REINDEXED_FROM = "reindexed_from";
    /** When that copy started, as an ISO instant. */
    public static final String REINDEX_STARTED_AT = "reindex_started_at";
    /** "true" when the copy re-ran cleaning and entity extraction. */
    public static final String RE_EXTRACT = "re_extract";

    private IndexMeta() {
    }
}
