package id.warta.node;

import id.warta.WartaException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a Java 21+ for the node, which ships without one: ES_JAVA_HOME, else JAVA_HOME, else the JVM
 * running Warta. The first one set is the one used; if it is too old or broken the user is told which.
 */
final class JavaForElasticsearch {

    static final int MINIMUM_FEATURE_VERSION = 21;
    private static final Pattern JAVA_VERSION = Pattern.compile("JAVA_VERSION=\"(\\d+)");

    private JavaForElasticsearch() {
    }

    static Path find(Map<String, String> env) {
        for (String variable : new String[] {"ES_JAVA_HOME", "JAVA_HOME"}) {
            String value = env.get(variable);
            if (value != null && !value.isBlank()) {
                return check(Path.of(value), variable);
            }
        }
        return check(Path.of(System.getProperty("java.home")), "the Java running Warta");
    }

    private static Path check(Path home, String origin) {
        if (!Files.isExecutable(home.resolve("bin/java"))) {
            throw new WartaException(origin + " points at " + home + ", which has no bin/java. "
                    + "Set ES_JAVA_HOME to a JDK " + MINIMUM_FEATURE_VERSION + " or newer.");
        }
        int version = featureVersion(home).orElse(MINIMUM_FEATURE_VERSION);
        if (version < MINIMUM_FEATURE_VERSION) {
            throw new WartaException("Elasticsearch needs Java " + MINIMUM_FEATURE_VERSION + "+, but " + origin
                    + " (" + home + ") is Java " + version + ". Set ES_JAVA_HOME to a JDK "
                    + MINIMUM_FEATURE_VERSION + " or newer.");
        }
        return home;
    }

    /** The feature version from the JDK's release file (absent for unusual layouts: then trusted). */
    static Optional<Integer> featureVersion(Path home) {
        try {
            Matcher m = JAVA_VERSION.matcher(Files.readString(home.resolve("release")));
            return m.find() ? Optional.of(Integer.parseInt(m.group(1))) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
