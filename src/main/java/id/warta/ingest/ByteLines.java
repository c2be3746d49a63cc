package id.warta.ingest;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipException;

/**
 * Reads a file line by line as bytes (so that each line's encoding can be judged on its own), opening
 * gzipped files transparently and counting the file bytes consumed. A UTF-8 byte-order mark at the start of
 * the file is dropped. A line longer than {@link #MAX_LINE_BYTES} is cut there and reported as too long,
 * the rest of it skipped. A file that cannot be read to its end (truncated or corrupt gzip data) ends where
 * reading failed, and {@link #failure()} says where and why.
 */
final class ByteLines implements Closeable {

    static final int MAX_LINE_BYTES = 16 * 1024 * 1024;

    /** A line, numbered from 1 (blank lines counted). */
    record Line(byte[] bytes, boolean tooLong, long length, long number) {
    }

    /**
     * Why the file ended early: the line it stopped in, the reason ("truncated gzip: ..."), and that
     * line's bytes as far as they were read.
     */
    record Failure(long line, String reason, byte[] partial) {
    }

    private final CountingStream counted;
    private final InputStream in;
    private long number;
    private Failure failure;

    ByteLines(Path file) throws IOException {
        this.counted = new CountingStream(Files.newInputStream(file));
        BufferedInputStream raw = new BufferedInputStream(counted, 1 << 16);
        InputStream opened = raw;
        try {
            // Read straight into the line buffer: a buffer over the gzip stream could lose what it
            // decompressed just before the data turns out to be cut.
            opened = InputFormat.uncompressed(raw, 1 << 16);
        } catch (IOException e) {
            failure = new Failure(1, reason(e, 0), new byte[0]);
        }
        this.in = opened;
    }

    /** Why the file ended before its end, or null. */
    Failure failure() {
        return failure;
    }

    /**
     * The reason a file could not be read on, as a rejection gives it ("truncated gzip: ...").
     *
     * @param linesRead the whole lines read before, or -1 for a file read as one record
     */
    static String reason(IOException e, long linesRead) {
        String detail = " (" + (e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName()) + ")";
        String after = linesRead < 0 ? "" : linesRead == 0 ? " before its first line" : " after line " + linesRead;
        if (e instanceof EOFException) {
            return "truncated gzip: the compressed data ends" + (linesRead < 0 ? " early" : after) + detail;
        }
        if (e instanceof ZipException) {
            return "corrupt gzip: cannot decompress" + (linesRead < 0 ? " the file" : after) + detail;
        }
        return "unreadable file: reading failed" + after + detail;
    }

    private final byte[] buffer = new byte[1 << 16];
    private int position;
    private int limit;
    /** The line being read, reused from line to line. */
    private byte[] line = new byte[1 << 12];
    /** The bytes of the line being read so far. */
    private int kept;

    /** The next line without its line break, or null at the end (or where the file could not be read on). */
    Line next() {
        if (failure != null) {
            return null;
        }
        try {
            return read();
        } catch (IOException e) {
            failure = new Failure(number + 1, reason(e, number), java.util.Arrays.copyOf(line, kept));
            return null;
        }
    }

    private Line read() throws IOException {
        kept = 0;
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

    /** A stream that counts the bytes read through it, for progress. */
    static final class CountingStream extends FilterInputStream {
        private volatile long count;

        CountingStream(InputStream in) {
            super(in);
        }

        long count() {
            return count;
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
