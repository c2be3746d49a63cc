package id.warta.ingest;

import id.warta.article.Article;

/**
 * What processing made of one record: an article to write, a rejection, a record only counted as
 * skipped (by kind), or a WARC revisit that is a duplicate of an earlier capture. Carrying all of them
 * to the writer (instead of dropping them) keeps every record's outcome inside the same committed chunk,
 * so the accounting survives restarts exactly.
 */
public record ProcessedRecord(String location, Article article, Rejection rejection, String skipped, Revisit revisit) {

    /** A WARC revisit: the URL captured again and the earlier capture it repeats. */
    public record Revisit(String url, String duplicateOf) {
    }

    static ProcessedRecord of(String location, Article article) {
        return new ProcessedRecord(location, article, null, null, null);
    }

    static ProcessedRecord rejected(RawRecord record, String reason) {
        return new ProcessedRecord(record.location(), null, new Rejection(record.location(), record.text(), reason), null, null);
    }

    static ProcessedRecord skipped(RawRecord record) {
        return new ProcessedRecord(record.location(), null, null, record.skipped(), null);
    }

    static ProcessedRecord revisit(RawRecord record) {
        return new ProcessedRecord(record.location(), null, null, null, new Revisit(record.text(), record.duplicateOf()));
    }
}
