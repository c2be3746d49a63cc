package id.warta.node;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * `warta node ...` run as a user runs it, in a JVM of its own with WARTA_* variables, against a node folder whose
 * pid file names a stand-in process: one that is not Elasticsearch, or one whose command line is this folder's
 * Elasticsearch's, with an HTTP stand-in answering its cluster health.
 */
class NodeCommandTest {

    @TempDir
    Path folder;

    final List<Process> processes = new ArrayList<>();
    HttpServer http;

    @AfterEach
    void cleanUp() {
        for (Process process : processes) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
        if (http != null) {
            http.stop(0);
        }
    }

    record Run(int exitCode, String out, String err) {
    }

    Run warta(List<String> variables, String... args) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                "id.warta.WartaApplication"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().keySet().removeIf(name -> name.startsWith("WARTA_"));
        builder.environment().put("WARTA_HOME", folder.resolve("home").toString());
        builder.environment().put("WARTA_NODE_DIR", folder.resolve("node").toString());
        for (String variable : variables) {
            builder.environment().put(variable.substring(0, variable.indexOf('=')), variable.substring(variable.indexOf('=') + 1));
        }
        Path out = folder.resolve("out.txt"), err = folder.resolve("err.txt");
        Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(process.waitFor(90, TimeUnit.SECONDS)).as("warta " + String.join(" ", args) + " ends").isTrue();
        return new Run(process.exitValue(), Files.readString(out), Files.readString(err));
    }

    Process spawn(String... command) throws IOException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        processes.add(process);
        return process;
    }

    Path pidFile() throws IOException {
        Files.createDirectories(folder.resolve("node"));
        return folder.resolve("node").resolve("node.pid");
    }

    @Test
    @DisplayName("`node stop` leaves a process that is not this folder's Elasticsearch alone and removes the stale pid file")
    void stopLeavesOtherProcessesAlone() throws Exception {
        Process sleep = spawn("sleep", "1000");
        Files.writeString(pidFile(), sleep.pid() + "\n");

        Run stop = warta(List.of(), "node", "stop");

        assertThat(sleep.isAlive()).as("the unrelated process still runs").isTrue();
        assertThat(stop.exitCode()).as(stop.err()).isZero();
        assertThat(stop.out()).doesNotContain("Elasticsearch stopped")
                .contains("stale pid file", String.valueOf(sleep.pid()), "No local node was running.");
        assertThat(pidFile()).doesNotExist();
    }

    /** A stand-in for this folder's node, started on a free port with 512m, without security. */
    int runningNode() throws Exception {
        http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        http.createContext("/", exchange -> {
            byte[] body = "{\"cluster_name\":\"warta\",\"status\":\"green\",\"number_of_nodes\":1}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        http.start();
        int port = http.getAddress().getPort();
        NodeSettings settings = new NodeSettings(folder.resolve("node"), port, "512m", false);
        NodeInstallation installation = new NodeInstallation(settings, java.util.Map.of());
        Files.createDirectories(installation.configDirectory().resolve("jvm.options.d"));
        Files.writeString(installation.configDirectory().resolve("elasticsearch.yml"), NodeConfiguration.elasticsearchYml(installation, settings));
        Files.writeString(installation.configDirectory().resolve("jvm.options.d/warta.options"), NodeConfiguration.jvmOptions(settings));
        // the plugin installed is the current one, so that a node with the same settings is reused as it is
        Path pluginZip = Files.write(folder.resolve("plugin.zip"), new byte[] {1, 2, 3});
        Path plugin = Files.createDirectories(installation.home().resolve("plugins").resolve(NodeInstallation.PLUGIN_FOLDER));
        Files.writeString(plugin.resolve(".warta-plugin.sha256"),
                HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(new byte[] {1, 2, 3})));
        Process node = spawn("bash", "-c", "sleep 1000; :", "org.elasticsearch.server/org.elasticsearch.bootstrap.Elasticsearch",
                "-Des.path.home=" + installation.home());
        Files.writeString(pidFile(), node.pid() + "\n");
        return port;
    }

    List<String> env(int port) {
        return List.of("WARTA_ES_PORT=" + port, "WARTA_PLUGIN_ZIP=" + folder.resolve("plugin.zip"));
    }

    @Test
    @DisplayName("`node start --secure` and `node status --secure` on this folder's running node say it runs with other settings")
    void secureAgainstRunningNode() throws Exception {
        int port = runningNode();

        Run start = warta(env(port), "node", "start", "--secure");
        assertThat(start.exitCode()).isEqualTo(1);
        assertThat(start.err()).contains("already runs", "other settings", "without --secure", "warta node stop")
                .doesNotContain("in use by another program");

        Run status = warta(env(port), "node", "status", "--secure");
        assertThat(status.exitCode()).isEqualTo(1);
        assertThat(status.out()).doesNotContain("No local node is running");
        assertThat(status.err()).contains("already runs", "without --secure", "warta node stop");
    }

    @Test
    @DisplayName("`node start --heap 1g` on a node running with 512m says so instead of keeping the old heap silently")
    void otherHeap() throws Exception {
        int port = runningNode();

        Run start = warta(env(port), "node", "start", "--heap", "1g");
        assertThat(start.exitCode()).isEqualTo(1);
        assertThat(start.out()).doesNotContain("already running");
        assertThat(start.err()).contains("other settings", "heap 512m", "1g", "warta node stop");

        Run same = warta(env(port), "node", "start", "--heap", "512m");
        assertThat(same.exitCode()).as(same.err()).isZero();
        assertThat(same.out()).contains("Elasticsearch already running at http://127.0.0.1:" + port);
    }

    @Test
    @DisplayName("a wrong WARTA_ES_PORT, WARTA_ES_HEAP, --port or --heap is one line naming it, for the node commands and the others")
    void wrongSettings() throws Exception {
        Run status = warta(List.of("WARTA_ES_PORT=93x0"), "node", "status");
        assertThat(status.exitCode()).isEqualTo(1);
        assertThat(status.err().strip()).startsWith("warta: WARTA_ES_PORT").contains("1024", "65435", "'93x0'")
                .doesNotContain("Exception").hasLineCount(1);

        Run indices = warta(List.of("WARTA_ES_PORT=93x0"), "indices");
        assertThat(indices.exitCode()).isEqualTo(1);
        assertThat(indices.err().strip()).startsWith("warta: WARTA_ES_PORT").contains("'93x0'")
                .doesNotContain("Exception").hasLineCount(1);

        Run port = warta(List.of(), "node", "start", "--port", "80");
        assertThat(port.exitCode()).isEqualTo(1);
        assertThat(port.err().strip()).startsWith("warta: --port").contains("1024", "65435", "80").doesNotContain("Exception");

        Run heap = warta(List.of("WARTA_ES_HEAP=lots"), "node", "stop");
        assertThat(heap.err().strip()).startsWith("warta: WARTA_ES_HEAP").contains("512m", "'lots'").doesNotContain("Exception");

        Run heapOption = warta(List.of(), "node", "start", "--heap", "2 GB");
        assertThat(heapOption.err().strip()).startsWith("warta: --heap").contains("512m", "'2 GB'").doesNotContain("Exception");
    }
}
