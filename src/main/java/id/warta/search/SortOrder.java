package id.warta.search;

import java.util.Locale;

/** How hits are ordered: best match first (default), or newest first. */
public enum SortOrder {
    RELEVANCE, DATE;

    static SortOrder parse(String value) {
        if (value == null || value.isBlank()) {
            return RELEVANCE;
        }
        try {
            return valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidSearchException("sort", "sort must be 'relevance' or 'date', not '" + Limits.shorten(value) + "'");
        }
    }
}
