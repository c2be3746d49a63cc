package id.warta.node;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The configuration Warta writes for its managed node: one node (or a small local cluster), on
 * loopback only, security stated explicitly (left unset, a first start would configure TLS itself and bind 0.0.0.0).
 */
final class NodeConfiguration {

    private static final Pattern HTTP_PORT = Pattern.compile("(?m)^http\\.port: (\\d+)$");
    private static final Pattern HEAP = Pattern.compile("(?m)^-Xmx(\\S+)$");

    private NodeConfiguration() {
    }

    static String elasticsearchYml(NodeInstallation installation, NodeSettings settings) {
        StringBuilder yml = new StringBuilder("""
                # Written by Warta on every start; change NodeSettings (options / WARTA_ES_*) instead.
                cluster.name: warta
                node.name: %s
                %s
                network.host: 127.0.0.1
                http.port: %d
                transport.port: %d
                path.data: %s
                path.logs: %s
                # A laptop's disk may be nearly full; a local node should not turn its indices read-only.
                cluster.routing.allocation.disk.threshold_enabled: false
                action.destructive_requires_name: true
                """.formatted(settings.nodeName(), discovery(settings), settings.httpPort(), settings.transportPort(),
                installation.dataDirectory(), installation.logDirectory()));
        if (settings.security()) {
            yml.append("""
                    xpack.security.enabled: true
                    xpack.security.http.ssl.enabled: true
                    xpack.security.http.ssl.key: certs/node/node.key
                    xpack.security.http.ssl.certificate: certs/node/node.crt
                    xpack.security.http.ssl.certificate_authorities: certs/ca/ca.crt
                    xpack.security.transport.ssl.enabled: false
                    """);
        } else {
            yml.append("xpack.security.enabled: false\n");
        }
        return yml.toString();
    }

    private static String discovery(NodeSettings settings) {
        if (settings.clusterSize() == 1) {
            return "discovery.type: single-node";
        }
        String seeds = settings.clusterTransportPorts().stream().map(p -> "\"127.0.0.1:" + p + "\"")
                .collect(java.util.stream.Collectors.joining(", "));
        String masters = java.util.stream.IntStream.range(0, settings.clusterSize())
                .mapToObj(i -> "\"warta-local-" + i + "\"").collect(java.util.stream.Collectors.joining(", "));
        return "discovery.seed_hosts: [" + seeds + "]\ncluster.initial_master_nodes: [" + masters + "]";
    }

    static String jvmOptions(NodeSettings settings) {
        return "# Written by Warta: heap from WARTA_ES_HEAP / --heap\n-Xms" + settings.heap() + "\n-Xmx" + settings.heap() + "\n";
    }

    /**
     * The port, heap and security of the node last started in this folder, read back from the files written for
     * it (for the folder, member and cluster size it keeps {@code settings}'); empty when they are missing.
     */
    static Optional<NodeSettings> written(NodeInstallation installation, NodeSettings settings) {
        try {
            String yml = Files.readString(installation.configDirectory().resolve("elasticsearch.yml"));
            String jvm = Files.readString(installation.configDirectory().resolve("jvm.options.d").resolve("warta.options"));
            Matcher port = HTTP_PORT.matcher(yml);
            Matcher heap = HEAP.matcher(jvm);
            if (!port.find() || !heap.find()) {
                return Optional.empty();
            }
            return Optional.of(new NodeSettings(settings.directory(), Integer.parseInt(port.group(1)), heap.group(1),
                    yml.contains("\nxpack.security.enabled: true\n"), settings.member(), settings.clusterSize()));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
