package id.warta.ingest;

import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcRevisit;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A WARC file (plain, or gzipped record by record), read with jwarc. Every WARC record is one record of
 * the job, located by its byte offset: an HTTP 200 response with an HTML payload is a page (decoded by
 * its declared charset, with its target URI and capture date); a revisit repeats an earlier capture
 * and is a duplicate; every other record (warcinfo, request, metadata, a redirect, an image) is skipped
 * and counted by kind. A file that ends inside a record (a truncated download) gives what it read
 * before, and the truncation is one rejected record at its offset; nothing after it is read. A record whose
 * payload cannot be read (a page compressed with an encoding Warta does not decode, such as Brotli) is one
 * rejected record, and the records after it are read.
 */
final class WarcSource implements RecordSource {

    private static final Set<String> HTML_TYPES = Set.of("text/html", "application/xhtml+xml");

    private final WarcReader reader;
    private final FileChannel channel;
    private final JobDefinition.Input input;
    private final String name;
    private boolean ended;

    WarcSource(Path file, JobDefinition.Input input) throws IOException {
        this.channel = FileChannel.open(file);
        this.reader = new WarcReader(channel);
        this.input = input;
        this.name = file.toString();
    }

    @Override
    public RawRecord next() {
        if (ended) {
            return null;
        }
        long offset = reader.position();
        Optional<WarcRecord> next;
        try {
            next = reader.next();
            if (next.isEmpty()) {
                ended = true;
                return null;
            }
            offset = next.get().position();
        } catch (IOException | RuntimeException e) {
            return fileEnds(offset, e, "unreadable WARC: cannot read past offset ");
        }
        try {
            return record(next.get(), name + "@" + offset);
        } catch (EOFException e) {
            return fileEnds(offset, e, "");
        } catch (IOException | RuntimeException e) {
            // the record's own payload (a body in an encoding that cannot be decoded, an HTTP message that is not
            // one): WARC records are length-delimited, so the records after it are still read
            return RawRecord.unreadable(name + "@" + offset, input, "", "unreadable WARC record: cannot read the record at offset "
                    + offset + " (" + e.getMessage() + ")");
        }
    }

    /** The rejection that ends the file: a truncation (the file ends inside a record) or {@code otherwise}. */
    private RawRecord fileEnds(long offset, Exception e, String otherwise) {
        ended = true;
        String what = e instanceof EOFException ? "truncated WARC: the file ends inside the record at offset " : otherwise;
        return RawRecord.unreadable(name + "@" + offset, input, "", what + offset + " (" + e.getMessage() + ")");
    }

    private RawRecord record(WarcRecord record, String location) throws IOException {
        if (record instanceof WarcRevisit revisit) {
            String earlier = revisit.refersToTargetURI().map(Object::toString).orElse(revisit.target())
                    + revisit.refersToDate().map(d -> " captured " + d).orElse("");
            return RawRecord.revisit(location, input, revisit.target(), earlier);
        }
        if (!(record instanceof WarcResponse response)) {
            return RawRecord.skipped(location, input, record.type());
        }
        if (!response.contentType().base().equals(MediaType.HTTP)) {
            return RawRecord.skipped(location, input, "non-HTTP response");
        }
        HttpResponse http = response.http();
        if (http.status() != 200) {
            return RawRecord.skipped(location, input, "non-200 response");
        }
        MediaType type = http.contentType();
        if (!HTML_TYPES.contains(type.base().toString().toLowerCase(Locale.ROOT))) {
            return RawRecord.skipped(location, input, "non-HTML response");
        }
        byte[] payload;
        try (InputStream body = http.bodyDecoded().stream()) {
            payload = body.readNBytes(ByteLines.MAX_LINE_BYTES + 1);
        }
        if (payload.length > ByteLines.MAX_LINE_BYTES) {
            return RawRecord.unreadable(location, input, "", "record too large: page of more than " + ByteLines.MAX_LINE_BYTES / (1024 * 1024) + " MB");
        }
        TextDecoding.Decoded decoded = HtmlDecoding.decode(payload, type.parameters().get("charset"));
        if (decoded.problem() != null) {
            return RawRecord.unreadable(location, input, JsonLinesSource.excerpt(payload), decoded.problem());
        }
        Map<String, String> capture = new LinkedHashMap<>();
        capture.put("url", response.target());
        capture.put("captured", response.date().toString());
        return RawRecord.page(location, input, decoded.text(), capture);
    }

    @Override
    public long bytesRead() {
        try {
            return channel.isOpen() ? channel.position() : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
