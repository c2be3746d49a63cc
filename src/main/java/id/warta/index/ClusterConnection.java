package id.warta.index;

import id.warta.node.NodeAddress;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * How Warta reaches Elasticsearch, whatever runs it: the managed local node, an external cluster
 * (WARTA_ES_URL with WARTA_ES_USER/WARTA_ES_PASSWORD or WARTA_ES_API_KEY, and WARTA_ES_CA for TLS),
 * or a test container. Everything after the connection is the same code path. {@code url} may name
 * several nodes of one cluster, comma-separated: the client spreads requests over them and fails over
 * when one is down.
 */
public record ClusterConnection(String url, String username, String password, String apiKey, Path caCertificate) {

    public static ClusterConnection of(NodeAddress address) {
        return new ClusterConnection(address.url(), address.username(), address.password(), null, address.caCertificate());
    }

    public static ClusterConnection plain(String url) {
        return new ClusterConnection(url, null, null, null, null);
    }

    /** The external cluster named by WARTA_ES_URL, if any. */
    public static Optional<ClusterConnection> external(Map<String, String> env) {
        String url = env.get("WARTA_ES_URL");
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new ClusterConnection(url.replaceAll("/+(,|$)", "$1").replace(" ", ""), env.get("WARTA_ES_USER"),
                env.get("WARTA_ES_PASSWORD"), env.get("WARTA_ES_API_KEY"),
                Optional.ofNullable(env.get("WARTA_ES_CA")).map(Path::of).orElse(null)));
    }

    /** The node URLs to connect to. */
    public java.util.List<java.net.URI> hosts() {
        return java.util.Arrays.stream(url.split(",")).map(String::trim).filter(u -> !u.isEmpty())
                .map(u -> java.net.URI.create(u.replaceAll("/+$", ""))).toList();
    }

    @Override
    public String toString() {
        return url + (username != null ? " as " + username : apiKey != null ? " with an API key" : "");
    }
}
