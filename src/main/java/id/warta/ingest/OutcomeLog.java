package id.warta.ingest;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.batch.infrastructure.item.ExecutionContext;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;

/**
 * A JSON Lines file of records that were not indexed (rejects: location, record, reason; duplicates:
 * location, id, duplicate_of). Its length is saved with each committed chunk; a restart cuts the file
 * back to that length, so lines of a chunk that was rolled back are not written twice.
 */
public final class OutcomeLog implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final Path file;
    private final String key;
    private FileChannel channel;

    public OutcomeLog(Path file, String key) {
        this.file = file;
        this.key = "warta.log." + key + ".length";
    }

    public Path file() {
        return file;
    }

    synchronized void open(ExecutionContext context) {
        try {
            Files.createDirectories(file.getParent());
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            long committed = context.getLong(key, 0L);
            channel.truncate(committed);
            channel.position(committed);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open " + file + ": " + e.getMessage(), e);
        }
    }

    synchronized void write(Map<String, ?> entry) {
        try {
            byte[] line = (JSON.writeValueAsString(entry) + "\n").getBytes(StandardCharsets.UTF_8);
            channel.write(java.nio.ByteBuffer.wrap(line));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write to " + file + ": " + e.getMessage(), e);
        }
    }

    synchronized void saveTo(ExecutionContext context) {
        try {
            channel.force(false);
            context.putLong(key, channel.position());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            if (channel != null) {
                channel.close();
                channel = null;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
