package id.warta.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;

/**
 * A file that is one record: a plain-text article (title on the first line, body after) or a saved
 * HTML page. The whole file is read (.gz uncompressed) and decoded (HTML by its declared charset). A
 * .gz that cannot be uncompressed (truncated, corrupt, no gzip at all) is the record, rejected with the reason.
 */
final class TextFileSource implements RecordSource {

    private final Path file;
    private final JobDefinition.Input input;
    private final Function<byte[], TextDecoding.Decoded> decoding;
    private boolean done;
    private long bytesRead;

    private TextFileSource(Path file, JobDefinition.Input input, Function<byte[], TextDecoding.Decoded> decoding) {
        this.file = file;
        this.input = input;
        this.decoding = decoding;
    }

    static TextFileSource text(Path file, JobDefinition.Input input) {
        return new TextFileSource(file, input, TextDecoding::decode);
    }

    static TextFileSource html(Path file, JobDefinition.Input input) {
        return new TextFileSource(file, input, bytes -> HtmlDecoding.decode(bytes, null));
    }

    @Override
    public RawRecord next() throws IOException {
        if (done) {
            return null;
        }
        done = true;
        bytesRead = Files.size(file);
        byte[] bytes;
        try {
            bytes = readAtMost(file, ByteLines.MAX_LINE_BYTES + 1);
        } catch (IOException e) {
            return RawRecord.unreadable(file.toString(), input, "", ByteLines.reason(e, -1));
        }
        if (bytes.length > ByteLines.MAX_LINE_BYTES) {
            return RawRecord.unreadable(file.toString(), input, "", "record too large: file of more than "
                    + ByteLines.MAX_LINE_BYTES / (1024 * 1024) + " MB");
        }
        TextDecoding.Decoded decoded = decoding.apply(bytes);
        return decoded.problem() == null ? RawRecord.text(file.toString(), input, decoded.text())
                : RawRecord.unreadable(file.toString(), input, JsonLinesSource.excerpt(bytes), decoded.problem());
    }

    /** The file's first bytes (uncompressed, if gzipped), at most {@code limit}. */
    static byte[] readAtMost(Path file, int limit) throws IOException {
        try (InputStream in = InputFormat.uncompressed(new BufferedInputStream(Files.newInputStream(file)), 1 << 16)) {
            return in.readNBytes(limit);
        }
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
