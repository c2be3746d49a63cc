package id.warta.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A plain-text article file: the whole file is one record (title on the first line, body after). */
final class TextFileSource implements RecordSource {

    private final Path file;
    private final JobDefinition.Input input;
    private boolean done;
    private long bytesRead;

    TextFileSource(Path file, JobDefinition.Input input) {
        this.file = file;
        this.input = input;
    }

    @Override
    public RawRecord next() throws IOException {
        if (done) {
            return null;
        }
        done = true;
        long size = Files.size(file);
        bytesRead = size;
        if (size > ByteLines.MAX_LINE_BYTES) {
            return RawRecord.unreadable(file.toString(), input, "", "record too large: file of " + size + " bytes is over the "
                    + ByteLines.MAX_LINE_BYTES / (1024 * 1024) + " MB limit");
        }
        byte[] bytes = Files.readAllBytes(file);
        TextDecoding.Decoded decoded = TextDecoding.decode(bytes);
        return decoded.problem() == null ? RawRecord.text(file.toString(), input, decoded.text())
                : RawRecord.unreadable(file.toString(), input, JsonLinesSource.excerpt(bytes), decoded.problem());
    }

    @Override
    public long bytesRead() {
        return bytesRead;
    }

    @Override
    public void close() {
        // nothing held open
    }
}
