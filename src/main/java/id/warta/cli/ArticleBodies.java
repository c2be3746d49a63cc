package id.warta.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.warta.WartaException;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * The article texts of a JSON Lines corpus (gzipped or not; "body", else "content"), for the commands
 * that learn from raw news: the lexicon's word statistics and the silver sentences of training.
 */
final class ArticleBodies {

    private ArticleBodies() {
    }

    /** The body (or content) of every article in a JSON Lines file (.gz allowed), in file order. */
    static List<String> read(Path articles) throws IOException {
        List<String> bodies = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        if (!Files.isRegularFile(articles)) {
            throw new WartaException("no such file: " + articles);
        }
        try (InputStream raw = Files.newInputStream(articles);
             InputStream in = articles.toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank()) {
                    JsonNode node = json.readTree(line);
                    bodies.add(node.hasNonNull("body") ? node.get("body").asText() : node.path("content").asText(""));
                }
            }
        }
        return bodies;
    }
}
