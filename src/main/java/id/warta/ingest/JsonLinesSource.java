package id.warta.ingest;

import java.io.IOException;
import java.nio.file.Path;

/** JSON Lines: one record a non-blank line; parsing the JSON is the processor's work. */
final class JsonLinesSource extends LineSource {

    JsonLinesSource(Path file, JobDefinition.Input input) throws IOException {
        super(file, input);
    }

    @Override
    public RawRecord next() {
        ByteLines.Line line;
        do {
            line = lines.next();
            if (line == null) {
                return end();
            }
        } while (isBlank(line.bytes()));
        String location = name + ":" + line.number();
        if (line.tooLong()) {
            return RawRecord.unreadable(location, input, excerpt(line.bytes()), tooLarge(line));
        }
        TextDecoding.Decoded decoded = TextDecoding.decode(line.bytes());
        return decoded.problem() == null ? RawRecord.text(location, input, decoded.text())
                : RawRecord.unreadable(location, input, excerpt(line.bytes()), decoded.problem());
    }

    /** The reason a line over {@link ByteLines#MAX_LINE_BYTES} is rejected. */
    static String tooLarge(ByteLines.Line line) {
        return "record too large: line of " + line.length() + " bytes is over the " + ByteLines.MAX_LINE_BYTES / (1024 * 1024) + " MB limit";
    }

    static boolean isBlank(byte[] bytes) {
        for (byte b : bytes) {
            if (b != ' ' && b != '\t' && b != '\r') {
                return false;
            }
        }
        return true;
    }

    /** The first bytes of an unreadable record, shown in the rejects file as Latin-1 so nothing is lost to decoding. */
    static String excerpt(byte[] bytes) {
        return new String(bytes, 0, Math.min(bytes.length, 2000), java.nio.charset.StandardCharsets.ISO_8859_1);
    }

}
