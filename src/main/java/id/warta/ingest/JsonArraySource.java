package id.warta.ingest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * A JSON file that holds one array of article objects ({@code [{...}, {...}]}, pretty-printed or not), as many
 * exports are, read as a stream: one element in memory at a time. Each element is a record, located at the line
 * where it starts, and read by the processor as a JSON Lines record is. An element that is no object is rejected;
 * JSON that is malformed or breaks off is one rejection at its line, and nothing after it is read (a stream
 * cannot find where the next element starts); so is anything after the array's end.
 */
final class JsonArraySource implements RecordSource {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** How a file of such an array starts: its opening bracket, then an object or the closing bracket. */
    static final Pattern START = Pattern.compile("^\\s*\\[\\s*[{\\]]");

    private final ByteLines.CountingStream counted;
    private final InputStream in;
    private final JobDefinition.Input input;
    private final String name;
    private JsonParser parser;
    private boolean ended;

    JsonArraySource(Path file, JobDefinition.Input input) throws IOException {
        this.counted = new ByteLines.CountingStream(Files.newInputStream(file));
        this.in = InputFormat.uncompressed(new BufferedInputStream(counted, 1 << 16), 1 << 16);
        this.input = input;
        this.name = file.toString();
    }

    /**
     * Whether a JSON file holds an array rather than one object a line, by its first bytes. A file whose start cannot
     * be read (a .gz that is not gzipped) is left to the JSON Lines reader, which says why as a rejection.
     */
    static boolean holdsArray(Path file) {
        try {
            String head = new String(TextFileSource.readAtMost(file, 4096), java.nio.charset.StandardCharsets.ISO_8859_1);
            return START.matcher(FormatDetection.withoutByteOrderMark(head)).find();
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public RawRecord next() {
        if (ended) {
            return null;
        }
        long line = 1;
        try {
            if (parser == null) {
                parser = JSON.createParser(in);
                parser.nextToken(); // the array's opening bracket, as holdsArray saw it
            }
            JsonToken token = parser.nextToken();
            line = parser.currentTokenLocation().getLineNr();
            if (token == JsonToken.END_ARRAY) {
                ended = true;
                return parser.nextToken() == null ? null : RawRecord.unreadable(name + ":" + line, input, "",
                        "trailing content: more after the JSON array's end");
            }
            String location = name + ":" + line;
            if (token != JsonToken.START_OBJECT) {
                String value = parser.getText();
                parser.skipChildren();
                return RawRecord.unreadable(location, input, value, "not a JSON object: an element of the array is " + value);
            }
            String element = JSON.readTree(parser).toString();
            if (element.length() > ByteLines.MAX_LINE_BYTES) {
                return RawRecord.unreadable(location, input, element.substring(0, 2000), "record too large: an element of "
                        + element.length() + " characters is over the " + ByteLines.MAX_LINE_BYTES / (1024 * 1024) + " MB limit");
            }
            return RawRecord.text(location, input, element);
        } catch (JsonProcessingException e) {
            ended = true;
            long at = e.getLocation() == null ? line : e.getLocation().getLineNr();
            return RawRecord.unreadable(name + ":" + at, input, "", ArticleProcessor.malformedJson(e)
                    + "; the rest of the file is not read");
        } catch (IOException e) {
            ended = true;
            return RawRecord.unreadable(name + ":" + line, input, "", ByteLines.reason(e, -1));
        }
    }

    @Override
    public long bytesRead() {
        return counted.count();
    }

    @Override
    public void close() throws IOException {
        if (parser != null) {
            parser.close();
        }
        in.close();
    }
}
