package id.warta.ingest;

import java.io.IOException;
import java.nio.file.Path;

/** A record source that reads its file line by line (JSON Lines, CSV). */
abstract class LineSource implements RecordSource {

    protected final ByteLines lines;
    protected final JobDefinition.Input input;
    protected final String name;

    LineSource(Path file, JobDefinition.Input input) throws IOException {
        this.lines = new ByteLines(file);
        this.input = input;
        this.name = file.toString();
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
