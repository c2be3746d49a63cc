package id.warta.ingest;

import java.util.List;
import java.util.Locale;

/** The archive formats the ingest job reads. */
public enum InputFormat {
    /** One JSON object a line (id, url, source, title, date, time_raw, category, content|body). */
    JSONL(".jsonl", ".ndjson", ".json"),
    /** Comma-separated with a header row. */
    CSV(".csv"),
    /** One article a file: title on the first line, body after. */
    TEXT(".txt"),
    /** RSS (0.9x, 1.0, 2.0) or Atom feeds: one article an item or entry. */
    FEED(".rss", ".atom", ".xml"),
    /** A saved HTML article page: one article a file, boilerplate left out. */
    HTML(".html", ".htm", ".xhtml", ".shtml"),
    /** WARC crawl files: each HTTP 200 HTML response is a page, other records are skipped and counted. */
    WARC(".warc"),
    /** Not a format: each file's format is detected from its name and first bytes. */
    AUTO;

    private final List<String> extensions;

    InputFormat(String... extensions) {
        this.extensions = List.of(extensions);
    }

    public static InputFormat parse(String name) {
        String key = name.trim().toUpperCase(Locale.ROOT);
        try {
            return valueOf(switch (key) {
                case "JSON-LINES", "NDJSON" -> "JSONL";
                case "TXT" -> "TEXT";
                case "RSS", "ATOM" -> "FEED";
                case "HTM" -> "HTML";
                default -> key;
            });
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown format '" + name + "': use jsonl, csv, text, feed (rss, atom), html, warc or auto");
        }
    }

    /** The format that a file name's extension says (a trailing .gz ignored), or null when it says none. */
    static InputFormat ofFileName(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT).replaceFirst("\\.gz$", "");
        for (InputFormat format : values()) {
            if (format.extensions.stream().anyMatch(name::endsWith)) {
                return format;
            }
        }
        return null;
    }

    /**
     * A file's bytes as written: gzip data uncompressed, told by its first two bytes whatever the file's name
     * (an "ARSIP.JSONL.GZ", a gzipped ".jsonl", a plain file named ".gz"), as format detection tells it.
     *
     * @param buffered the file's stream, buffered (it is marked and reset)
     */
    public static java.io.InputStream uncompressed(java.io.BufferedInputStream buffered, int bufferSize) throws java.io.IOException {
        buffered.mark(2);
        boolean gzip = buffered.read() == 0x1f && buffered.read() == 0x8b;
        buffered.reset();
        return gzip ? new java.util.zip.GZIPInputStream(buffered, bufferSize) : buffered;
    }

    /** Whether a file in a folder given with this format belongs to it: web formats read only their own files. */
    boolean readsFromFolder(String fileName) {
        return !isWebFormat() || this == ofFileName(fileName);
    }

    /** Feeds, pages and crawls: a folder of them also holds files that are none (a saved page's images and scripts). */
    private boolean isWebFormat() {
        return this == FEED || this == HTML || this == WARC;
    }
}
