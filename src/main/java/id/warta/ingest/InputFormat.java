package id.warta.ingest;

import java.util.Locale;

/** The archive formats the ingest job reads. */
public enum InputFormat {
    /** One JSON object a line (id, url, source, title, date, time_raw, category, content|body). */
    JSONL,
    /** Comma-separated with a header row. */
    CSV,
    /** One article a file: title on the first line, body after. */
    TEXT;

    public static InputFormat parse(String name) {
        try {
            return valueOf(name.trim().toUpperCase(Locale.ROOT).replace("JSON-LINES", "JSONL").replace("TXT", "TEXT"));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown format '" + name + "': use jsonl, csv or text");
        }
    }
}
