package id.warta.ingest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/** Archives for tests, made from the bundled sample: every article distinct (own URL, title and text). */
public final class TestArchives {

    public static final Path SAMPLE = Path.of("samples/click-id/articles.jsonl.gz");
    private static final ObjectMapper JSON = new ObjectMapper();

    private TestArchives() {
    }

    static List<ObjectNode> sampleArticles() throws IOException {
        List<ObjectNode> articles = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(SAMPLE)), StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                articles.add((ObjectNode) JSON.readTree(line));
            }
        }
        return articles;
    }

    /** Writes {@code count} distinct articles as JSON Lines. */
    public static Path generate(Path file, int count) throws IOException {
        return generate(file, 0, count);
    }

    /** Writes the distinct articles numbered {@code first} to {@code first + count - 1}. */
    public static Path generate(Path file, int first, int count) throws IOException {
        List<ObjectNode> sample = sampleArticles();
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = first; i < first + count; i++) {
                ObjectNode article = sample.get(i % sample.size()).deepCopy();
                article.put("id", "gen-" + i);
                article.put("url", "https://example.id/berita/" + i);
                article.put("title", article.get("title").asText() + " (" + i + ")");
                article.put("content", "Laporan nomor " + i + ". " + article.get("content").asText());
                out.write(JSON.writeValueAsString(article));
                out.write('\n');
            }
        }
        return file;
    }
}
