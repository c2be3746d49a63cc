package id.warta.index;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.warta.WartaException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The articles index as index-mappings/ defines it: settings, mappings and the hash of both files (and of
 * {@link #ANALYSIS_VERSION}), which each created index records in its {@code _meta}. Read from WARTA_MAPPINGS (a folder) when set,
 * else from the copy packaged in warta.jar.
 */
public record IndexDefinition(JsonNode settings, JsonNode mappings, String hash) {

    /** Bumped when the shape of _meta or of the alias layout changes. */
    public static final int MAPPING_VERSION = 1;
    /**
     * Bumped when the analysis plugin's {@code indonesian_news} makes other tokens of the same text (2: names news
     * capitalises and words the dictionary lists bare are no longer cut to other words, apostrophes inside a
     * word are dropped, and eight content words are no longer stop words; 3: lama, biasa, sama, sesama and tanpa are
     * no longer stop words either), and part of the hash: an
     * index built with the old tokens would no longer match the same words at search time, so Warta asks for
     * `warta reindex` instead.
     */
    static final int ANALYSIS_VERSION = 3;
    static final String SETTINGS_FILE = "articles.settings.json";
    static final String MAPPINGS_FILE = "articles.mappings.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    public static IndexDefinition load() {
        String folder = System.getenv("WARTA_MAPPINGS");
        return folder == null ? fromClasspath() : fromFolder(Path.of(folder));
    }

    public static IndexDefinition fromClasspath() {
        return parse(resource(SETTINGS_FILE), resource(MAPPINGS_FILE));
    }

    public static IndexDefinition fromFolder(Path folder) {
        try {
            return parse(Files.readString(folder.resolve(SETTINGS_FILE)), Files.readString(folder.resolve(MAPPINGS_FILE)));
        } catch (IOException e) {
            throw new WartaException("cannot read the index definition in " + folder + ": " + e.getMessage(), e);
        }
    }

    static IndexDefinition parse(String settings, String mappings) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(settings.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(mappings.getBytes(StandardCharsets.UTF_8));
            sha.update(("\u0000analysis " + ANALYSIS_VERSION).getBytes(StandardCharsets.UTF_8));
            return new IndexDefinition(JSON.readTree(settings), JSON.readTree(mappings), HexFormat.of().formatHex(sha.digest()));
        } catch (IOException e) {
            throw new WartaException("index-mappings/ holds invalid JSON: " + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The mappings with _meta filled in, as sent when an index version is created. */
    public ObjectNode mappingsWithMeta() {
        ObjectNode copy = mappings.deepCopy();
        ObjectNode meta = copy.putObject("_meta");
        meta.put(IndexMeta.MAPPING_VERSION, MAPPING_VERSION);
        meta.put(IndexMeta.MAPPING_HASH, hash);
        return copy;
    }

    /** The settings with the replica count this cluster can hold. */
    public ObjectNode settingsFor(int dataNodes) {
        ObjectNode copy = settings.deepCopy();
        ObjectNode index = copy.has("index") ? (ObjectNode) copy.get("index") : copy.putObject("index");
        index.put("number_of_replicas", dataNodes > 1 ? 1 : 0);
        return copy;
    }

    private static String resource(String name) {
        try (InputStream in = IndexDefinition.class.getResourceAsStream("/index-mappings/" + name)) {
            if (in == null) {
                throw new WartaException("index-mappings/" + name + " is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new WartaException("cannot read index-mappings/" + name + ": " + e.getMessage(), e);
        }
    }
}
