package id.warta.ingest;

import java.util.Map;

/**
 * One input record before processing: where it came from, its text (a JSON line, a text file) or its
 * fields (a CSV row), and a problem when it could not even be read as text.
 *
 * @param location  file and line (or file alone), as a user finds it again: "archive.jsonl.gz:1204"
 * @param input     the job input it belongs to (format and default source)
 * @param text      the record's text; null for CSV rows
 * @param fields    the CSV row by header name; null for other formats
 * @param problem   why the record cannot be processed (invalid UTF-8, binary data, ...), else null
 */
public record RawRecord(String location, JobDefinition.Input input, String text, Map<String, String> fields, String problem) {

    static RawRecord text(String location, JobDefinition.Input input, String text) {
        return new RawRecord(location, input, text, null, null);
    }

    static RawRecord row(String location, JobDefinition.Input input, String line, Map<String, String> fields) {
        return new RawRecord(location, input, line, fields, null);
    }

    static RawRecord unreadable(String location, JobDefinition.Input input, String excerpt, String problem) {
        return new RawRecord(location, input, excerpt, null, problem);
    }
}
