package id.warta.ingest;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A record source that reads its file line by line (JSON Lines, CSV). A file that cannot be read to its
 * end (a truncated .gz) gives the records before, then one unreadable record at the line where reading
 * stopped, with the reason; the job goes on with its next file.
 */
abstract class LineSource implements RecordSource {

    protected final ByteLines lines;
    protected final JobDefinition.Input input;
    protected final String name;
    private boolean failureGiven;

    LineSource(Path file, JobDefinition.Input input) throws IOException {
        this.lines = new ByteLines(file);
        this.input = input;
        this.name = file.toString();
    }

    /** At the end of the lines: the record of why the file ended early (once), or null when it was read to its end. */
    protected RawRecord end() {
        ByteLines.Failure failure = lines.failure();
        if (failure == null || failureGiven) {
            return null;
        }
        failureGiven = true;
        return RawRecord.unreadable(name + ":" + failure.line(), input, JsonLinesSource.excerpt(failure.partial()), failure.reason());
    }

    @Override
    public long bytesRead() {
        return lines.bytesRead();
    }

    @Override
    public void close() throws IOException {
        lines.close();
    }
}
