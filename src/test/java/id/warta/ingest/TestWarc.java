package id.warta.ingest;

import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcMetadata;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcRevisit;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

/** Writes WARC files for tests with jwarc, as a crawler would: gzipped record by record when the name ends in .gz. */
final class TestWarc implements Closeable {

    static final Instant CAPTURED = Instant.parse("2024-11-27T02:00:00Z");
    private final WarcWriter writer;

    TestWarc(Path file) throws IOException {
        writer = new WarcWriter(FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING),
                file.getFileName().toString().endsWith(".gz") ? WarcCompression.GZIP : WarcCompression.NONE);
    }

    TestWarc warcinfo(String fileName) throws IOException {
        writer.write(new Warcinfo.Builder().filename(fileName).date(CAPTURED)
                .fields(Map.of("software", List.of("warta-test"), "format", List.of("WARC File Format 1.1"))).build());
        return this;
    }

    TestWarc request(String url) throws IOException {
        URI uri = URI.create(url);
        writer.write(new WarcRequest.Builder(uri).date(CAPTURED)
                .body(new HttpRequest.Builder("GET", uri.getRawPath()).addHeader("Host", uri.getHost()).addHeader("User-Agent", "warta-test").build())
                .build());
        return this;
    }

    /** An HTTP 200 response; returns its record id, for revisits. */
    URI page(String url, byte[] html, String contentType) throws IOException {
        return response(url, 200, contentType, html, false);
    }

    /** An HTTP 200 HTML response sent with Content-Encoding: gzip. */
    URI gzippedPage(String url, byte[] html) throws IOException {
        return response(url, 200, "text/html; charset=utf-8", html, true);
    }

    URI response(String url, int status, String contentType, byte[] body, boolean gzipEncoded) throws IOException {
        HttpResponse.Builder http = new HttpResponse.Builder(status, status == 200 ? "OK" : status == 301 ? "Moved Permanently" : "Not Found");
        if (status == 301) {
            http.addHeader("Location", url + "/");
        }
        if (gzipEncoded) {
            http.addHeader("Content-Encoding", "gzip");
            body = gzip(body);
        }
        WarcResponse response = new WarcResponse.Builder(URI.create(url)).date(CAPTURED)
                .body(http.body(MediaType.parse(contentType), body).build()).build();
        writer.write(response);
        return response.id();
    }

    /** An HTTP 200 HTML response whose body is sent as it is under the given Content-Encoding ("br"). */
    TestWarc encodedPage(String url, byte[] body, String contentEncoding) throws IOException {
        HttpResponse http = new HttpResponse.Builder(200, "OK").addHeader("Content-Encoding", contentEncoding)
                .body(MediaType.parse("text/html; charset=utf-8"), body).build();
        writer.write(new WarcResponse.Builder(URI.create(url)).date(CAPTURED).body(http).build());
        return this;
    }

    TestWarc metadata(String url) throws IOException {
        writer.write(new WarcMetadata.Builder().targetURI(url).date(CAPTURED)
                .fields(Map.of("outlink", List.of("https://example.id/lain E =EMBED_MISC"))).build());
        return this;
    }

    /** A later capture of the same page with an identical payload: headers only, pointing at the first capture. */
    TestWarc revisit(String url, URI original) throws IOException {
        HttpResponse headers = new HttpResponse.Builder(200, "OK").addHeader("Content-Type", "text/html; charset=utf-8").build();
        writer.write(new WarcRevisit.Builder(URI.create(url), WarcRevisit.IDENTICAL_PAYLOAD_DIGEST_1_1)
                .date(CAPTURED.plusSeconds(86_400)).refersTo(original, URI.create(url), CAPTURED).body(headers).build());
        return this;
    }

    @Override
    public void close() throws IOException {
        writer.close();
    }

    /** The same file cut short, as a download that stopped: the first {@code keep} of its bytes. */
    static Path truncated(Path warc, Path into, double keep) throws IOException {
        byte[] bytes = Files.readAllBytes(warc);
        return Files.write(into, Arrays.copyOf(bytes, (int) (bytes.length * keep)));
    }

    private static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        }
        return out.toByteArray();
    }
}
