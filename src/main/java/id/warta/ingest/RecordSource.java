package id.warta.ingest;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;

/** The records of one input file, in order: lines of JSON, CSV rows, or the whole file as one article. */
interface RecordSource extends Closeable {

    /** The next record, or null at the end of the file. */
    RawRecord next() throws IOException;

    /** Bytes of the file consumed so far (compressed bytes for .gz). */
    long bytesRead();

    static RecordSource open(Path file, JobDefinition.Input input) throws IOException {
        return switch (input.format()) {
            case JSONL -> new JsonLinesSource(file, input);
            case CSV -> new CsvSource(file, input);
            case TEXT -> new TextFileSource(file, input);
        };
    }
}
