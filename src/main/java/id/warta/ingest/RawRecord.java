package id.warta.ingest;

import java.util.Map;

/**
 * One input record before processing: where it came from, its text (a JSON line, a text file, an HTML
 * page) or its fields (a CSV row, a feed item), and a problem when it could not even be read as text.
 * Records that are no article at all (a WARC request) are only counted: {@code skipped} names their
 * kind; a WARC revisit names the capture it repeats in {@code duplicateOf}.
 *
 * @param location    file and line, item or offset, as a user finds it again: "archive.jsonl.gz:1204",
 *                    "news.rss#3" (third item), "crawl.warc.gz@51234" (byte offset of the record)
 * @param input       the job input it belongs to (its format settled, and default source)
 * @param text        the record as read: a JSON line, a CSV row, a file's text, an HTML page, a feed item's fields as
 *                    JSON, a revisit's target URI
 * @param fields      the CSV row by header name, a feed item or a captured page's metadata by Warta name;
 *                    null for other formats
 * @param problem     why the record cannot be processed (invalid UTF-8, binary data, ...), else null
 * @param skipped     the kind of a record that is counted but is no article ("request", "non-HTML response"), else null
 * @param duplicateOf what a WARC revisit record repeats (target URI and date of the earlier capture), else null
 */
public record RawRecord(String location, JobDefinition.Input input, String text, Map<String, String> fields, String problem,
                        String skipped, String duplicateOf) {

    static RawRecord text(String location, JobDefinition.Input input, String text) {
        return new RawRecord(location, input, text, null, null, null, null);
    }

    static RawRecord row(String location, JobDefinition.Input input, String line, Map<String, String> fields) {
        return new RawRecord(location, input, line, fields, null, null, null);
    }

    /** A page (HTML) with what its container knows about it: "url" (where it was captured) and "captured" (when). */
    static RawRecord page(String location, JobDefinition.Input input, String html, Map<String, String> capture) {
        return new RawRecord(location, input, html, capture, null, null, null);
    }

    static RawRecord unreadable(String location, JobDefinition.Input input, String excerpt, String problem) {
        return new RawRecord(location, input, excerpt, null, problem, null, null);
    }

    static RawRecord skipped(String location, JobDefinition.Input input, String kind) {
        return new RawRecord(location, input, null, null, null, kind, null);
    }

    static RawRecord revisit(String location, JobDefinition.Input input, String url, String duplicateOf) {
        return new RawRecord(location, input, url, null, null, null, duplicateOf);
    }
}
