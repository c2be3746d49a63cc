package id.warta.node;

import id.warta.WartaException;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * A local cluster of managed nodes on loopback (`warta node start --nodes 3`): each node in its own
 * folder with its own ports, discovering the others by their transport ports. With one node it is
 * exactly the single managed node.
 */
public final class LocalCluster {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(4);
    private static final int MAX_NODES = 9;

    private final List<LocalNode> nodes;

    public LocalCluster(NodeSettings first, int size, Map<String, String> env) {
        if (size < 1 || size > MAX_NODES) {
            throw new WartaException("a local cluster has 1 to " + MAX_NODES + " nodes, not " + size
                    + ": change --nodes or WARTA_ES_NODES");
        }
        if (size > 1 && first.security()) {
            throw new WartaException("a secured local cluster is not supported: use --secure with one node");
        }
        this.nodes = IntStream.range(0, size).mapToObj(i -> new LocalNode(first.member(i, size), env)).toList();
    }

    /** The managed node, or cluster when WARTA_ES_NODES is set above 1. */
    public static LocalCluster fromEnvironment() {
        return new LocalCluster(NodeSettings.fromEnvironment(System.getenv()), sizeFromEnvironment(), System.getenv());
    }

    /** The nodes WARTA_ES_NODES asks for: 1 when it is unset or empty. */
    public static int sizeFromEnvironment() {
        return size(System.getenv());
    }

    static int size(java.util.Map<String, String> env) {
        return Optional.ofNullable(env.get("WARTA_ES_NODES")).map(String::trim).filter(s -> !s.isEmpty())
                .map(LocalCluster::parseSize).orElse(1);
    }

    private static int parseSize(String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new WartaException("WARTA_ES_NODES must be a number of nodes (1 to " + MAX_NODES + "), not '" + value + "'");
        }
    }

    public List<LocalNode> nodes() {
        return nodes;
    }

    public int size() {
        return nodes.size();
    }

    /** Launches every node that does not run yet, then waits (bounded) until all have joined one cluster. */
    public NodeAddress start() {
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        List<String> launched = nodes.stream().map(LocalNode::launch).toList();
        for (int i = 0; i < nodes.size(); i++) {
            nodes.get(i).awaitCluster(deadline, START_TIMEOUT, nodes.size(), launched.get(i));
        }
        return address();
    }

    /** Stops every node; returns how many were running. */
    public int stop() {
        return (int) nodes.reversed().stream().filter(LocalNode::stop).count();
    }

    public boolean isRunning() {
        return nodes.stream().allMatch(LocalNode::isRunning);
    }

    /** Every node's URL, comma-separated: the client spreads requests and fails over between them. */
    public NodeAddress address() {
        NodeAddress first = nodes.getFirst().address();
        String urls = nodes.stream().map(n -> n.settings().url()).collect(Collectors.joining(","));
        return new NodeAddress(urls, first.username(), first.password(), first.caCertificate());
    }
}
