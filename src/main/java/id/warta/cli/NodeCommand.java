package id.warta.cli;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import id.warta.index.ClusterConnection;
import id.warta.index.ClusterStatus;
import id.warta.index.ElasticsearchClients;
import id.warta.node.LocalCluster;
import id.warta.node.LocalNode;
import id.warta.node.NodeAddress;
import id.warta.node.NodeSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.List;
import java.util.concurrent.Callable;

/** `warta node start|stop|status`: the managed local Elasticsearch node. */
@Command(name = "node", description = "Start, stop or inspect Warta's local Elasticsearch node.",
        mixinStandardHelpOptions = true,
        subcommands = {NodeCommand.Start.class, NodeCommand.Stop.class, NodeCommand.Status.class})
public class NodeCommand {

    /** Options shared by the node subcommands; defaults come from WARTA_* variables. */
    static class NodeOptions {
        @Option(names = "--port", description = "HTTP port on 127.0.0.1 (default: WARTA_ES_PORT, else "
                + NodeSettings.DEFAULT_HTTP_PORT + ").")
        Integer port;

        @Option(names = "--heap", description = "JVM heap of the node, e.g. 512m or 2g (default: WARTA_ES_HEAP, else "
                + NodeSettings.DEFAULT_HEAP + ").")
        String heap;

        @Option(names = "--secure", description = "Turn on TLS and a file-realm user (for testing secured clusters).")
        boolean secure;

        @Option(names = "--nodes", paramLabel = "N",
                description = "Nodes of a local cluster on 127.0.0.1, ports counted up from --port (default 1, or "
                        + "WARTA_ES_NODES; set WARTA_ES_NODES for the other commands to use the same cluster).")
        Integer nodes;

        LocalCluster cluster() {
            NodeSettings defaults = NodeSettings.fromEnvironment(System.getenv());
            NodeSettings settings = new NodeSettings(defaults.directory(),
                    port == null ? defaults.httpPort() : NodeSettings.checkPort(port, "--port"),
                    heap == null ? defaults.heap() : NodeSettings.checkHeap(heap, "--heap"), secure);
            // WARTA_ES_NODES read as the other commands read it (empty: 1; not a number: a message naming it)
            return new LocalCluster(settings, nodes == null ? LocalCluster.sizeFromEnvironment() : nodes, System.getenv());
        }
    }

    @Command(name = "start", mixinStandardHelpOptions = true,
            description = "Install (first time), start and wait for the local node; reuse it if it runs.")
    static class Start implements Callable<Integer> {
        @picocli.CommandLine.Mixin
        NodeOptions options;

        @Override
        public Integer call() {
            LocalCluster cluster = options.cluster();
            // a heap asked for on purpose must not be silently ignored by a node that runs with another
            boolean heapAsked = options.heap != null || NodeSettings.heapAskedIn(System.getenv());
            cluster.nodes().forEach(node -> node.requireSettingsOfRunningNode(heapAsked));
            List<Long> before = pids(cluster);
            NodeAddress address = cluster.start();
            boolean reused = !before.contains(-1L) && before.equals(pids(cluster));
            System.out.println((reused ? "Elasticsearch already running at " : "Elasticsearch running at ") + address.url());
            if (address.username() != null) {
                System.out.println("user " + address.username() + ", CA certificate " + address.caCertificate());
            }
            for (LocalNode node : cluster.nodes()) {
                System.out.println("folder " + node.settings().directory() + ", log " + node.logFile());
            }
            return 0;
        }
    }

    private static List<Long> pids(LocalCluster cluster) {
        return cluster.nodes().stream().map(n -> n.isRunning() ? n.pid().orElse(-1L) : -1L).toList();
    }

    @Command(name = "stop", mixinStandardHelpOptions = true, description = "Stop the local node cleanly.")
    static class Stop implements Callable<Integer> {
        @picocli.CommandLine.Mixin
        NodeOptions options;

        @Override
        public Integer call() {
            LocalCluster cluster = options.cluster();
            for (LocalNode node : cluster.nodes()) {
                node.removeStalePidFile().ifPresent(pid -> System.out.println("Removed the stale pid file of "
                        + node.settings().directory() + ": process " + pid + " is not its Elasticsearch, and was left alone."));
            }
            int stopped = cluster.stop();
            System.out.println(stopped == 0 ? "No local node was running." : stopped == 1 ? "Elasticsearch stopped."
                    : "Elasticsearch stopped (" + stopped + " nodes).");
            return 0;
        }
    }

    @Command(name = "status", mixinStandardHelpOptions = true,
            description = "URL, version, health, plugin version and document counts of the local node.")
    static class Status implements Callable<Integer> {
        @picocli.CommandLine.Mixin
        NodeOptions options;

        @Override
        public Integer call() {
            LocalCluster cluster = options.cluster();
            LocalNode first = cluster.nodes().getFirst();
            if (!first.isRunning()) {
                first.requireSettingsOfRunningNode(false);
                if (first.process().isPresent()) {
                    System.out.println("Elasticsearch runs in " + first.settings().directory() + " (pid "
                            + first.process().get().pid() + ") but does not answer at " + first.settings().url()
                            + ": it may be starting; see " + first.logFile() + ".");
                    return 3;
                }
                System.out.println("No local node is running in " + first.settings().directory()
                        + " (port " + first.settings().httpPort() + "). Start one with `warta node start`.");
                return 3;
            }
            try (ElasticsearchClient client = ElasticsearchClients.connect(ClusterConnection.of(cluster.address()))) {
                ClusterStatus status = ClusterStatus.of(client, cluster.address().url());
                System.out.printf("url       %s%nversion   %s%nhealth    %s%nnodes     %d%nplugin    warta-analysis %s%n",
                        status.url(), status.version(), status.health(), status.nodes(),
                        status.pluginVersion() == null ? "(not installed)" : status.pluginVersion());
                status.documents().forEach((index, count) -> System.out.printf("index     %-30s %,d documents%n", index, count));
                return 0;
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }
}
