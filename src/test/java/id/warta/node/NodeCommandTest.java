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
