package id.warta.node;

import id.warta.WartaException;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The files of a managed node below {@link NodeSettings#directory()}: the unpacked distribution,
 * Warta's analysis plugin inside it, and the configuration Warta writes on every start.
 *
 * <pre>
 *   node/elasticsearch-9.2.8/        the distribution (plugins/warta-analysis inside)
 *   node/data, node/logs             kept across distribution upgrades
 *   node/node.pid                    the running node's process id
 * </pre>
 */
final class NodeInstallation {

    static final String PLUGIN_FOLDER = "warta-analysis";
    private static final String PLUGIN_HASH_FILE = ".warta-plugin.sha256";

    private final NodeSettings settings;
    private final Map<String, String> env;

    NodeInstallation(NodeSettings settings, Map<String, String> env) {
        this.settings = settings;
        this.env = env;
    }

    Path home() {
        return settings.directory().resolve("elasticsearch-" + Distribution.ELASTICSEARCH_VERSION);
    }

    Path dataDirectory() {
        return settings.directory().resolve("data");
    }

    Path logDirectory() {
        return settings.directory().resolve("logs");
    }

    Path pidFile() {
        return settings.directory().resolve("node.pid");
    }

    Path configDirectory() {
        return home().resolve("config");
    }

    Path serverLog() {
        return logDirectory().resolve("warta.log");
    }

    /** Unpacks what is missing, (re)installs the plugin when its zip changed, writes the configuration. */
    void prepare() {
        try {
            Files.createDirectories(settings.directory());
            Files.createDirectories(dataDirectory());
            Files.createDirectories(logDirectory());
            if (!Files.isRegularFile(home().resolve("bin/elasticsearch"))) {
                Unzip.into(Distribution.elasticsearchZip(env), settings.directory());
            }
            installPlugin(Distribution.pluginZip(env));
            Files.createDirectories(configDirectory().resolve("certs"));
            writeConfiguration();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the node in " + settings.directory() + ": " + e.getMessage(), e);
        }
    }

    /** True when the installed plugin is the one in the current plugin zip. */
    boolean pluginUpToDate() {
        try {
            Path hashFile = home().resolve("plugins").resolve(PLUGIN_FOLDER).resolve(PLUGIN_HASH_FILE);
            return Files.isRegularFile(hashFile) && Files.readString(hashFile).equals(sha256(Distribution.pluginZip(env)));
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Copies the stable plugin's files into plugins/warta-analysis. This is what `elasticsearch-plugin
     * install` does for a stable plugin that ships its named_components.json, without a second JVM.
     */
    private void installPlugin(Path zip) throws IOException {
        Path target = home().resolve("plugins").resolve(PLUGIN_FOLDER);
        String hash = sha256(zip);
        Path hashFile = target.resolve(PLUGIN_HASH_FILE);
        if (Files.isRegularFile(hashFile) && Files.readString(hashFile).equals(hash)) {
            return;
        }
        deleteRecursively(target);
        Unzip.into(zip, target);
        if (!Files.isRegularFile(target.resolve("named_components.json"))) {
            throw new WartaException(zip + " has no named_components.json: its analysis components would not exist");
        }
        Files.writeString(hashFile, hash);
    }

    private void writeConfiguration() throws IOException {
        Files.writeString(configDirectory().resolve("elasticsearch.yml"), NodeConfiguration.elasticsearchYml(this, settings));
        Path jvmOptions = configDirectory().resolve("jvm.options.d");
        Files.createDirectories(jvmOptions);
        Files.writeString(jvmOptions.resolve("warta.options"), NodeConfiguration.jvmOptions(settings));
    }

    private static String sha256(Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
