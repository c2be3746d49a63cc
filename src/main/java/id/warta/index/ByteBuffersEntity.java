package id.warta.index;

import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.AbstractHttpEntity;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A request body made of the buffers the official client serialised it into, written to the connection as they are:
 * a bulk request of a few megabytes is not copied into one array first (twice, as a growing stream does), which
 * spared the garbage collector arrays of a megabyte and more per request. Repeatable, so that a request can be sent
 * to another node after a failure.
 */
final class ByteBuffersEntity extends AbstractHttpEntity {

    private final List<ByteBuffer> buffers;
    private final long length;

    ByteBuffersEntity(Iterable<ByteBuffer> body, ContentType contentType) {
        super(contentType, null);
        List<ByteBuffer> copies = new ArrayList<>();
        long total = 0;
        for (ByteBuffer buffer : body) {
            ByteBuffer view = buffer.duplicate(); // its own position: the client's buffers are left as they are
            copies.add(view);
            total += view.remaining();
        }
        this.buffers = List.copyOf(copies);
        this.length = total;
    }

    @Override
    public long getContentLength() {
        return length;
    }

    @Override
    public InputStream getContent() {
        List<InputStream> parts = new ArrayList<>(buffers.size());
        for (ByteBuffer buffer : buffers) {
            byte[] bytes = new byte[buffer.remaining()];
            buffer.duplicate().get(bytes);
            parts.add(new ByteArrayInputStream(bytes));
        }
        return new SequenceInputStream(Collections.enumeration(parts));
    }

    @Override
    public void writeTo(OutputStream out) throws IOException {
        byte[] chunk = null;
        for (ByteBuffer buffer : buffers) {
            ByteBuffer view = buffer.duplicate();
            if (view.hasArray()) {
                out.write(view.array(), view.arrayOffset() + view.position(), view.remaining());
                continue;
            }
            chunk = chunk == null ? new byte[8192] : chunk;
            while (view.hasRemaining()) {
                int n = Math.min(chunk.length, view.remaining());
                view.get(chunk, 0, n);
                out.write(chunk, 0, n);
            }
        }
        out.flush();
    }

    @Override
    public boolean isRepeatable() {
        return true;
    }

    @Override
    public boolean isStreaming() {
        return false;
    }

    @Override
    public void close() {
    }
}
