package id.warta.ingest;

import id.warta.WartaException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Issue #8: a job that names no format reads each file in the format its name or first bytes show. */
class FormatDetectionTest {

    @TempDir
    Path dir;

    @Test
    @DisplayName("the extension tells the format, a trailing .gz aside")
    void byExtension() throws IOException {
        assertThat(detect("a.jsonl.gz", "")).isEqualTo(InputFormat.JSONL);
        assertThat(detect("a.ndjson", "")).isEqualTo(InputFormat.JSONL);
        assertThat(detect("a.csv", "")).isEqualTo(InputFormat.CSV);
        assertThat(detect("a.txt", "")).isEqualTo(InputFormat.TEXT);
        assertThat(detect("berita.rss", "")).isEqualTo(InputFormat.FEED);
        assertThat(detect("berita.atom", "")).isEqualTo(InputFormat.FEED);
        assertThat(detect("page.HTM", "")).isEqualTo(InputFormat.HTML);
        assertThat(detect("crawl.warc", "")).isEqualTo(InputFormat.WARC);
        assertThat(detect("crawl.warc.gz", "")).isEqualTo(InputFormat.WARC);
    }

    @Test
    @DisplayName("without a known extension the first bytes tell: WARC version line, feed root, HTML document, JSON object")
    void byContent() throws IOException {
        assertThat(detect("crawl-00001", "WARC/1.1\r\nWARC-Type: warcinfo\r\n")).isEqualTo(InputFormat.WARC);
        assertThat(detectGzipped("crawl-00002.gz", "WARC/1.0\r\nWARC-Type: response\r\n")).isEqualTo(InputFormat.WARC);
        assertThat(detect("feed", "<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel>")).isEqualTo(InputFormat.FEED);
        assertThat(detect("news.xml", "\uFEFF<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\">")).isEqualTo(InputFormat.FEED);
        assertThat(detect("rdf.xml", "<?xml version=\"1.0\"?><rdf:RDF xmlns:rdf=\"x\">")).isEqualTo(InputFormat.FEED);
        assertThat(detect("saved-page", "<!DOCTYPE html><html><head><title>x</title>")).isEqualTo(InputFormat.HTML);
        assertThat(detect("dump.data", "{\"title\": \"x\"}\n")).isEqualTo(InputFormat.JSONL);
    }

    @Test
    @DisplayName("a file that is none of the formats is an error that says how to name the format")
    void undetectable() throws IOException {
        Path binary = Files.write(dir.resolve("photo.jpg"), new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0x00, 0x10});
        assertThatThrownBy(() -> FormatDetection.detect(binary)).isInstanceOf(WartaException.class)
                .hasMessageContaining("cannot tell the format of").hasMessageContaining("photo.jpg")
                .hasMessageContaining("format:").hasMessageContaining("--format");
        Path sitemap = write("sitemap.xml", "<?xml version=\"1.0\"?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">");
        assertThatThrownBy(() -> FormatDetection.detect(sitemap)).isInstanceOf(WartaException.class)
                .hasMessageContaining("no RSS or Atom feed");
    }

    @Test
    @DisplayName("format names: rss and atom are the feed format, auto detects; a typo lists the formats")
    void names() {
        assertThat(InputFormat.parse("rss")).isEqualTo(InputFormat.FEED);
        assertThat(InputFormat.parse("Atom")).isEqualTo(InputFormat.FEED);
        assertThat(InputFormat.parse("warc")).isEqualTo(InputFormat.WARC);
        assertThat(InputFormat.parse("auto")).isEqualTo(InputFormat.AUTO);
        assertThatThrownBy(() -> InputFormat.parse("wark")).hasMessageContaining("jsonl, csv, text, feed (rss, atom), html, warc or auto");
    }

    private InputFormat detect(String name, String content) throws IOException {
        return FormatDetection.detect(write(name, content));
    }

    private InputFormat detectGzipped(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(content.getBytes(StandardCharsets.UTF_8));
        }
        return FormatDetection.detect(file);
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }
}
