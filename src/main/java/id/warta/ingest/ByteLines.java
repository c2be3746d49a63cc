package id.warta.ingest;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * Reads a file line by line as bytes (so that each line's encoding can be judged on its own), opening
 * .gz files transparently and counting the file bytes consumed. A UTF-8 byte-order mark at the start of
 * the file is dropped. A line longer than {@link #MAX_LINE_BYTES} is cut there and reported as too long,
 * the rest of it skipped.
 */
final class ByteLines implements Closeable {

    static final int MAX_LINE_BYTES = 16 * 1024 * 1024;

    /** A line, numbered from 1 (blank lines counted). */
    record Line(byte[] bytes, boolean tooLong, long length, long number) {
    }

    private final CountingStream counted;
    private final InputStream in;
    private long number;

    ByteLines(Path file) throws IOException {
        this.counted = new CountingStream(Files.newInputStream(file));
        InputStream raw = new BufferedInputStream(counted, 1 << 16);
        this.in = file.getFileName().toString().endsWith(".gz") ? new BufferedInputStream(new GZIPInputStream(raw, 1 << 16), 1 << 16) : raw;
    }

    private final byte[] buffer = new byte[1 << 16];
    private int position;
    private int limit;
    /** The line being read, reused from line to line. */
    private byte[] line = new byte[1 << 12];

    /** The next line without its line break, or null at the end. */
    Line next() throws IOException {
        int kept = 0;
        long length = 0;
        boolean ended = false;
        while (!ended) {
            if (position == limit) {
                limit = in.read(buffer, 0, buffer.length);
                position = 0;
                if (limit <= 0) {
                    limit = 0;
                    if (length == 0) {
                        return null;
                    }
                    break;
                }
            }
            int start = position;
            while (position < limit && buffer[position] != '\n') {
                position++;
            }
            int count = position - start;
            int room = (int) Math.max(0, Math.min(count, MAX_LINE_BYTES - length));
            if (kept + room > line.length) {
                line = java.util.Arrays.copyOf(line, Math.max(kept + room, 2 * line.length));
            }
            System.arraycopy(buffer, start, line, kept, room);
            kept += room;
            length += count;
            if (position < limit) {
                position++;
                ended = true;
            }
        }
        if (kept > 0 && line[kept - 1] == '\r') {
            kept--;
        }
        number++;
        boolean bom = number == 1 && kept >= 3 && (line[0] & 0xFF) == 0xEF && (line[1] & 0xFF) == 0xBB && (line[2] & 0xFF) == 0xBF;
        Line read = new Line(java.util.Arrays.copyOfRange(line, bom ? 3 : 0, kept), length > MAX_LINE_BYTES, length, number);
        if (line.length > 1 << 20) {
            line = new byte[1 << 12]; // a huge line's buffer is not kept for the lines after it
        }
        return read;
    }

    long bytesRead() {
        return counted.count;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    private static final class CountingStream extends FilterInputStream {
        private volatile long count;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int off, int len) throws IOException {
            int n = super.read(buffer, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }
}
