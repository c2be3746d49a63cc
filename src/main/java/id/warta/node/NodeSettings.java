package id.warta.node;

import id.warta.WartaException;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * How the managed local node is laid out and started. Defaults suit a 2-core / 24 GB machine;
 * each can be changed by an environment variable or a command-line option.
 *
 * @param directory where the distribution is unpacked and the data, logs and pid file live
 * @param httpPort  the loopback HTTP port (default 9200)
 * @param heap      the JVM heap, e.g. "1g" (both -Xms and -Xmx, as Elasticsearch advises)
 * @param security  TLS on HTTP plus a file-realm user, for testing the secured-cluster path
 * @param member    this node's number in a local cluster, from 0
 * @param clusterSize how many nodes the local cluster has (1: a single node)
 */
public record NodeSettings(Path directory, int httpPort, String heap, boolean security, int member, int clusterSize) {

    public static final int DEFAULT_HTTP_PORT = 9200;
    public static final String DEFAULT_HEAP = "1g";
    /** The unprivileged account that runs Elasticsearch when Warta is started as root. */
    public static final String SERVICE_USER = "warta";
    /** The file-realm user created on a secured managed node. */
    public static final String SECURED_USER = "warta";
    private static final int MIN_PORT = 1024;
    /** The transport port, 100 above the HTTP port, must be a port too. */
    private static final int MAX_PORT = 65535 - 100;

    public NodeSettings {
        checkPort(httpPort, "the node's HTTP port (--port or WARTA_ES_PORT)");
        checkHeap(heap, "the node's heap (--heap or WARTA_ES_HEAP)");
        if (clusterSize < 1 || clusterSize > 9 || member < 0 || member >= clusterSize) {
            throw new IllegalArgumentException("a local cluster has 1 to 9 nodes, was " + clusterSize);
        }
    }

    /** A single node. */
    public NodeSettings(Path directory, int httpPort, String heap, boolean security) {
        this(directory, httpPort, heap, security, 0, 1);
    }

    /**
     * Node {@code i} of a local cluster of {@code size} nodes laid out from these settings: its own folder
     * under {@code cluster-SIZE/}, HTTP and transport ports counted up from these.
     */
    public NodeSettings member(int i, int size) {
        if (size == 1) {
            return this;
        }
        return new NodeSettings(directory.resolve("cluster-" + size).resolve("node-" + i), httpPort + i, heap, security, i, size);
    }

    public String nodeName() {
        return clusterSize == 1 ? "warta-local" : "warta-local-" + member;
    }

    /** The transport ports of every node of this node's cluster, its own included. */
    public java.util.List<Integer> clusterTransportPorts() {
        return java.util.stream.IntStream.range(0, clusterSize).mapToObj(i -> httpPort - member + 100 + i).toList();
    }

    /** The transport port sits 100 above the HTTP port, as in Elasticsearch's defaults (9200/9300). */
    public int transportPort() {
        return httpPort + 100;
    }

    public String url() {
        return (security ? "https" : "http") + "://127.0.0.1:" + httpPort;
    }

    /** How these settings (a running node's) differ from {@code asked} in port, security and, if {@code heap}, heap. */
    java.util.List<String> differencesFrom(NodeSettings asked, boolean heap) {
        java.util.List<String> differences = new java.util.ArrayList<>();
        if (httpPort != asked.httpPort) {
            differences.add("port " + httpPort + " (asked: " + asked.httpPort + ")");
        }
        if (security != asked.security) {
            differences.add(security ? "with --secure (asked: without)" : "without --secure (asked: with)");
        }
        if (heap && !this.heap.equalsIgnoreCase(asked.heap)) {
            differences.add("heap " + this.heap + " (asked: " + asked.heap + ")");
        }
        return differences;
    }

    public NodeSettings withSecurity(boolean on) {
        return new NodeSettings(directory, httpPort, heap, on, member, clusterSize);
    }

    /**
     * Settings from the environment: WARTA_NODE_DIR, WARTA_HOME, WARTA_ES_PORT, WARTA_ES_HEAP (for a local
     * cluster, these are the first node's; see {@link LocalCluster#fromEnvironment()}).
     */
    public static NodeSettings fromEnvironment(Map<String, String> env) {
        int port = variable(env, "WARTA_ES_PORT").map(value -> parsePort(value, "WARTA_ES_PORT")).orElse(DEFAULT_HTTP_PORT);
        String heap = variable(env, "WARTA_ES_HEAP").map(value -> checkHeap(value, "WARTA_ES_HEAP")).orElse(DEFAULT_HEAP);
        return new NodeSettings(defaultDirectory(env), port, heap, false);
    }

    /** Whether the environment asks for a heap (WARTA_ES_HEAP set and not blank), as {@link #fromEnvironment} reads it. */
    public static boolean heapAskedIn(Map<String, String> env) {
        return variable(env, "WARTA_ES_HEAP").isPresent();
    }

    private static Optional<String> variable(Map<String, String> env, String name) {
        return Optional.ofNullable(env.get(name)).map(String::trim).filter(value -> !value.isEmpty());
    }

    private static int parsePort(String value, String source) {
        try {
            return checkPort(Integer.parseInt(value), source);
        } catch (NumberFormatException e) {
            throw portError(source, value);
        }
    }

    /** The HTTP port given by {@code source} (an option or variable), or a message naming it and the allowed ports. */
    public static int checkPort(int port, String source) {
        if (port < MIN_PORT || port > MAX_PORT) {
            throw portError(source, String.valueOf(port));
        }
        return port;
    }

    private static WartaException portError(String source, String value) {
        return new WartaException(source + " must be a port from " + MIN_PORT + " to " + MAX_PORT
                + " (the transport port is 100 above it), not '" + value + "'");
    }

    /** The heap given by {@code source} (an option or variable), or a message naming it and the allowed form. */
    public static String checkHeap(String heap, String source) {
        if (heap == null || !heap.matches("[1-9]\\d{0,5}[mMgG]")) {
            throw new WartaException(source + " must be a heap size in megabytes or gigabytes such as 512m or 2g, not '"
                    + heap + "'");
        }
        return heap;
    }

    /**
     * The node's folder: WARTA_NODE_DIR if set; else WARTA_HOME/node for a normal user. Root's home is
     * closed to the unprivileged user that runs Elasticsearch, so as root it is /var/lib/warta/node.
     */
    static Path defaultDirectory(Map<String, String> env) {
        if (env.get("WARTA_NODE_DIR") != null) {
            return Path.of(env.get("WARTA_NODE_DIR")).toAbsolutePath();
        }
        if (ServiceUser.runningAsRoot()) {
            return Path.of("/var/lib/warta/node");
        }
        return wartaHome(env).resolve("node");
    }

    /** Warta's home: WARTA_HOME, else ~/.warta. Holds the job repository and the node (as a normal user). */
    public static Path wartaHome(Map<String, String> env) {
        return Optional.ofNullable(env.get("WARTA_HOME")).map(Path::of)
                .orElse(Path.of(System.getProperty("user.home"), ".warta")).toAbsolutePath();
    }
}
