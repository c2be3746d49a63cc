package id.warta.search;

/** The bounds of what one search may ask, so that no request can make Elasticsearch work without end. */
public final class Limits {

    public static final int DEFAULT_PAGE_SIZE = 20;
    public static final int MAX_PAGE_SIZE = 100;
    public static final int MAX_QUERY_LENGTH = 1000;
    public static final int MAX_FILTER_VALUES = 50;
    public static final int MAX_EXPORT_ROWS = 100_000;
    public static final int FIRST_YEAR = 1900;
    public static final int LAST_YEAR = 2100;

    private Limits() {
    }

    /** User input quoted in an error message, cut to a readable length. */
    public static String shorten(String value) {
        // cut between characters, never between the two halves of one (an emoji)
        return value.codePointCount(0, value.length()) <= 40 ? value : value.substring(0, value.offsetByCodePoints(0, 40)) + "…";
    }
}
