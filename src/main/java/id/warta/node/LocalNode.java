package id.warta.node;

import id.warta.WartaException;

import javax.net.ssl.SSLContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Warta's managed Elasticsearch node on loopback: `warta node start|stop|status`, and what the tests
 * and the demo start. A node that already runs in the same folder is reused.
 */
public final class LocalNode {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(60);
    /** How long a start waits for this folder's node that no longer answers (killed a moment ago) to exit. */
    private static final Duration EXIT_WAIT = Duration.ofSeconds(15);
    private static final int LOG_LINES_ON_FAILURE = 25;

    private final NodeSettings settings;
    private final Map<String, String> env;
    private final NodeInstallation installation;
    private final NodeSecurity security;

    public LocalNode(NodeSettings settings, Map<String, String> env) {
        this.settings = settings;
        this.env = env;
        this.installation = new NodeInstallation(settings, env);
        this.security = new NodeSecurity(installation);
    }

    public static LocalNode fromEnvironment() {
        return new LocalNode(NodeSettings.fromEnvironment(System.getenv()), System.getenv());
    }

    public NodeSettings settings() {
        return settings;
    }

    /** What a client needs to reach this node (user, password and CA only when security is on). */
    public NodeAddress address() {
        if (!settings.security()) {
            return new NodeAddress(settings.url(), null, null, null);
        }
        return new NodeAddress(settings.url(), NodeSettings.SECURED_USER, security.password(), security.caCertificate());
    }

    /**
     * Starts the node unless it already runs; waits (bounded) for a green or yellow cluster. A running
     * node whose plugin is older than the plugin zip is restarted, so that a rebuild takes effect.
     */
    public NodeAddress start() {
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        String launcherOutput = launch();
        awaitCluster(deadline, START_TIMEOUT, 1, launcherOutput);
        return address();
    }

    /**
     * Launches the node as a daemon unless it already runs with the current plugin; does not wait for a
     * cluster (the nodes of a local cluster must all be launched before any of them elects a master). A node
     * that runs with another port or security is not reachable with these settings: that is an error.
     *
     * @return what the launcher printed, or null when the running node was kept
     */
    String launch() {
        requireSettingsOfRunningNode(false);
        if (isRunning()) {
            if (installation.pluginUpToDate()) {
                return null;
            }
            stop();
        }
        Path javaHome = JavaForElasticsearch.find(env);
        awaitExitOfKilledNode();
        requirePortsFree();
        requireMemory();
        installation.prepare();
        ServiceUser.prepare(settings.directory());
        NodeCommands commands = new NodeCommands(installation, javaHome);
        if (settings.security()) {
            security.prepare(commands);
            ServiceUser.prepare(settings.directory());
        }
        NodeCommands.Result launched = commands.startDaemon(START_TIMEOUT.toSeconds());
        if (launched.exitCode() != 0) {
            throw failure("Elasticsearch did not start (exit " + launched.exitCode() + ")", launched.output());
        }
        return launched.output();
    }

    /** Waits until this node sees a cluster of {@code nodes} nodes that is not red, until {@code deadline}. */
    void awaitCluster(Instant deadline, Duration timeout, int nodes, String launcherOutput) {
        while (Instant.now().isBefore(deadline)) {
            Optional<NodeHealth.Health> health = health();
            if (health.isPresent() && !"red".equals(health.get().status()) && health.get().nodes() >= nodes) {
                return;
            }
            if (pid().flatMap(ProcessHandle::of).map(p -> !p.isAlive()).orElse(true)) {
                throw failure("Elasticsearch stopped while starting", launcherOutput);
            }
            sleep(Duration.ofMillis(300));
        }
        throw failure("Elasticsearch did not report a healthy cluster" + (nodes > 1 ? " of " + nodes + " nodes" : "")
                + " within " + timeout.toSeconds() + " s", launcherOutput);
    }

    /**
     * Stops the node cleanly (SIGTERM), forcefully after a bounded wait. Returns false if none ran. Only this
     * folder's Elasticsearch is signalled; a pid file naming any other process is removed as stale.
     */
    public boolean stop() {
        removeStalePidFile();
        Optional<ProcessHandle> process = process();
        if (process.isEmpty()) {
            return false;
        }
        process.get().destroy();
        try {
            process.get().onExit().get(STOP_TIMEOUT.toSeconds(), java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception e) {
            process.get().destroyForcibly();
        }
        deletePidFile();
        return true;
    }

    /**
     * Removes the pid file when the process it names is gone or is not this folder's Elasticsearch (after a crash
     * or a reboot its pid may belong to any program), and returns that pid; leaves the process alone.
     */
    public Optional<Long> removeStalePidFile() {
        Optional<Long> pid = pid();
        if (pid.isEmpty() || process().isPresent()) {
            return Optional.empty();
        }
        deletePidFile();
        return pid;
    }

    /**
     * Fails when this folder's Elasticsearch runs with another port or security than these settings (so that it
     * cannot be reached with them), or, if {@code heapToo}, with another heap; says which and what to do.
     */
    public void requireSettingsOfRunningNode(boolean heapToo) {
        Optional<ProcessHandle> process = process();
        Optional<NodeSettings> running = NodeConfiguration.written(installation, settings);
        if (process.isEmpty() || running.isEmpty()) {
            return;
        }
        List<String> differences = running.get().differencesFrom(settings, heapToo);
        if (!differences.isEmpty()) {
            throw new WartaException("Elasticsearch already runs in " + settings.directory() + " (pid " + process.get().pid()
                    + ") with other settings: " + String.join(", ", differences) + ". To change them, stop it with "
                    + "`warta node stop`, then start it again with the settings you want.");
        }
    }

    /** True when this folder's node process is alive and answers as a Warta node. */
    public boolean isRunning() {
        return process().isPresent() && health().map(h -> "warta".equals(h.clusterName())).orElse(false);
    }

    /** This folder's Elasticsearch: the live process that the pid file names, if it is that (see {@link NodeProcess}). */
    public Optional<ProcessHandle> process() {
        return pid().flatMap(ProcessHandle::of).filter(ProcessHandle::isAlive)
                .filter(p -> NodeProcess.isElasticsearchOf(p, installation.home()));
    }

    private void deletePidFile() {
        try {
            Files.deleteIfExists(installation.pidFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Optional<Long> pid() {
        try {
            Path file = installation.pidFile();
            return Files.isRegularFile(file) ? Optional.of(Long.parseLong(Files.readString(file).trim())) : Optional.empty();
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    public Path logFile() {
        return installation.serverLog();
    }

    Optional<NodeHealth.Health> health() {
        SSLContext ssl = settings.security() && Files.exists(security.caCertificate())
                ? CaCertificate.sslContext(security.caCertificate()) : null;
        String user = settings.security() ? NodeSettings.SECURED_USER : null;
        String password = settings.security() && Files.exists(security.passwordFile()) ? security.password() : null;
        return new NodeHealth(settings.url(), ssl, user, password).check();
    }

    /**
     * A node killed a moment ago may still be alive, not answering, and hold its ports while it exits (even
     * without a command line any more): waits (bounded) until it is gone.
     */
    private void awaitExitOfKilledNode() {
        java.time.Instant pidWritten;
        try {
            pidWritten = Files.getLastModifiedTime(installation.pidFile()).toInstant();
        } catch (IOException e) {
            return; // no pid file: no node of this folder to wait for
        }
        pid().flatMap(ProcessHandle::of)
                .filter(p -> NodeProcess.isExiting(p, pidWritten) || NodeProcess.isElasticsearchOf(p, installation.home()))
                .ifPresent(dying -> {
                    try {
                        dying.onExit().get(EXIT_WAIT.toSeconds(), java.util.concurrent.TimeUnit.SECONDS);
                    } catch (Exception e) {
                        // still there: the port check below says the port is taken
                    }
                });
    }

    private void requirePortsFree() {
        for (int port : new int[] {settings.httpPort(), settings.transportPort()}) {
            try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
                socket.setReuseAddress(true);
            } catch (IOException e) {
                throw new WartaException("port " + port + " on 127.0.0.1 is in use by another program, so the node "
                        + "cannot start there. Stop that program, or choose another port with --port or WARTA_ES_PORT "
                        + "(the transport port is the HTTP port + 100).");
            }
        }
    }

    private void requireMemory() {
        long heapBytes = parseSize(settings.heap());
        long needed = heapBytes + 256L * 1024 * 1024;
        long available = MemoryInfo.availableBytes();
        if (available > 0 && available < needed) {
            throw new WartaException("the node needs about " + needed / (1024 * 1024) + " MB of free memory (heap "
                    + settings.heap() + " + overhead) but only " + available / (1024 * 1024)
                    + " MB are available. Free memory or lower the heap with --heap / WARTA_ES_HEAP (e.g. 512m).");
        }
    }

    static long parseSize(String size) {
        long number = Long.parseLong(size.substring(0, size.length() - 1));
        char unit = Character.toLowerCase(size.charAt(size.length() - 1));
        return number * 1024 * 1024 * (unit == 'g' ? 1024 : 1);
    }

    private WartaException failure(String what, String launcherOutput) {
        StringBuilder message = new StringBuilder(what).append(". Last lines of ").append(logFile()).append(":\n");
        message.append(String.join("\n", tail(logFile(), LOG_LINES_ON_FAILURE)));
        if (launcherOutput != null && !launcherOutput.isBlank()) {
            message.append("\nLauncher output:\n").append(String.join("\n",
                    tail(launcherOutput.lines().toList(), LOG_LINES_ON_FAILURE)));
        }
        return new WartaException(message.toString());
    }

    private static List<String> tail(Path file, int lines) {
        try {
            return Files.isRegularFile(file) ? tail(Files.readAllLines(file), lines) : List.of("(no log yet)");
        } catch (IOException e) {
            return List.of("(cannot read the log: " + e.getMessage() + ")");
        }
    }

    private static List<String> tail(List<String> all, int lines) {
        return all.subList(Math.max(0, all.size() - lines), all.size());
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new WartaException("interrupted while waiting for the node");
        }
    }
}
