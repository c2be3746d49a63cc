package id.warta.ingest;

import id.warta.article.Article;

/**
 * What processing made of one record: an article to write, or a rejection. Carrying rejections to the
 * writer (instead of skipping them) keeps every record's outcome inside the same committed chunk, so the
 * accounting survives restarts exactly.
 */
public record ProcessedRecord(String location, Article article, Rejection rejection) {

    static ProcessedRecord of(String location, Article article) {
        return new ProcessedRecord(location, article, null);
    }

    static ProcessedRecord rejected(RawRecord record, String reason) {
        return new ProcessedRecord(record.location(), null, new Rejection(record.location(), record.text(), reason));
    }
}
