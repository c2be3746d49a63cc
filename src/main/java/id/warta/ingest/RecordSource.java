package id.warta.ingest;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;

/**
 * The records of one input file, in order: lines of JSON, CSV rows, feed items, WARC records, or the
 * whole file as one article (text, HTML). The order is the same on every read, so that a restarted job
 * skips exactly the records already committed.
 */
interface RecordSource extends Closeable {

    /** The next record, or null at the end of the file. */
    RawRecord next() throws IOException;

    /** Bytes of the file consumed so far (compressed bytes for .gz). */
    long bytesRead();

    static RecordSource open(Path file, JobDefinition.Input input) throws IOException {
        return switch (input.format()) {
            case JSONL -> JsonArraySource.holdsArray(file) ? new JsonArraySource(file, input) : new JsonLinesSource(file, input);
            case CSV -> new CsvSource(file, input);
            case TEXT -> TextFileSource.text(file, input);
            case FEED -> new FeedSource(file, input);
            case HTML -> TextFileSource.html(file, input);
            case WARC -> new WarcSource(file, input);
            case AUTO -> throw new IllegalStateException("the format of " + file + " was not settled before reading");
        };
    }
}
