package id.warta.search.analysis;

import id.warta.search.InvalidSearchException;
import id.warta.search.Limits;

import java.util.Locale;

/** How co-occurring values are ranked: by how many matching articles mention them, or by lift. */
public enum CooccurrenceOrder {
    COUNT, LIFT;

    /** "count" (the default when blank) or "lift". */
    static CooccurrenceOrder parse(String raw) {
        String value = raw == null ? "" : raw.strip().toLowerCase(Locale.ROOT);
        return switch (value) {
            case "", "count" -> COUNT;
            case "lift" -> LIFT;
            default -> throw new InvalidSearchException("sort", "sort must be count or lift, not '"
                    + Limits.shorten(value) + "'");
        };
    }

    String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
