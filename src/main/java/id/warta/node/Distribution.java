package id.warta.node;

import id.warta.WartaException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Where the Elasticsearch distribution zip and Warta's analysis plugin zip are. The build copies both
 * next to warta.jar (target/); the Maven repository copy of the distribution is a fallback, and
 * WARTA_ES_DISTRIBUTION / WARTA_PLUGIN_ZIP override both.
 */
public final class Distribution {

    /** The Elasticsearch version of the managed node, of the client and of the plugin API. */
    public static final String ELASTICSEARCH_VERSION = "9.2.8";
    static final String DISTRIBUTION_FILE = "elasticsearch-" + ELASTICSEARCH_VERSION + ".zip";
    static final String PLUGIN_FILE = "warta-analysis-plugin.zip";

    private Distribution() {
    }

    static Path elasticsearchZip(Map<String, String> env) {
        List<Path> candidates = new ArrayList<>();
        if (env.get("WARTA_ES_DISTRIBUTION") != null) {
            candidates.add(Path.of(env.get("WARTA_ES_DISTRIBUTION")));
        }
        candidates.add(besideJar().resolve(DISTRIBUTION_FILE));
        candidates.add(Path.of(System.getProperty("user.home"), ".m2/repository/org/elasticsearch/distribution",
                "integ-test-zip/elasticsearch", ELASTICSEARCH_VERSION, DISTRIBUTION_FILE));
        return firstExisting(candidates, "the Elasticsearch distribution " + DISTRIBUTION_FILE
                + " (built by `./mvnw package`; or set WARTA_ES_DISTRIBUTION)");
    }

    static Path pluginZip(Map<String, String> env) {
        List<Path> candidates = new ArrayList<>();
        if (env.get("WARTA_PLUGIN_ZIP") != null) {
            candidates.add(Path.of(env.get("WARTA_PLUGIN_ZIP")));
        }
        candidates.add(besideJar().resolve(PLUGIN_FILE));
        return firstExisting(candidates, "Warta's analysis plugin " + PLUGIN_FILE
                + " (built by `./mvnw package`; or set WARTA_PLUGIN_ZIP)");
    }

    private static Path firstExisting(List<Path> candidates, String what) {
        return candidates.stream().filter(Files::isRegularFile).findFirst()
                .orElseThrow(() -> new WartaException("cannot find " + what + "; looked at " + candidates));
    }

    /**
     * The folder of the running warta.jar (target/ in a checkout); when running from classes
     * (tests, IDE) the folder holding target/classes, which is target/ too. Spring Boot's fat jar
     * reports locations such as {@code nested:/path/warta.jar/!BOOT-INF/classes/!/}.
     */
    static Path besideJar() {
        String location = Distribution.class.getProtectionDomain().getCodeSource().getLocation().toString();
        int jar = location.indexOf(".jar");
        String path = jar >= 0 ? location.substring(0, jar + 4) : location;
        path = path.replaceFirst("^((jar|nested|file):)+", "");
        Path file = Path.of(java.net.URLDecoder.decode(path, java.nio.charset.StandardCharsets.UTF_8)).toAbsolutePath();
        return file.getParent() == null ? Path.of("").toAbsolutePath() : file.getParent();
    }
}
