package id.warta.node;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Only this folder's Elasticsearch is taken for the node: never another program, nor another folder's node. */
class NodeProcessTest {

    @TempDir
    Path folder;

    final List<Process> processes = new ArrayList<>();

    @AfterEach
    void cleanUp() {
        for (Process process : processes) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
    }

    /** A process whose command line is that of the Elasticsearch server of {@code home}. */
    Process elasticsearch(Path home) throws IOException {
        Process process = new ProcessBuilder("bash", "-c", "sleep 1000; :", "--module-path", home.resolve("lib").toString(),
                "-Des.path.home=" + home, "-m", "org.elasticsearch.server/" + NodeProcess.MAIN_CLASS).start();
        processes.add(process);
        return process;
    }

    @Test
    @DisplayName("a process is this folder's node only when its command line is Elasticsearch's with this folder's home")
    void recognizesItsOwnNode() throws IOException {
        Path home = folder.resolve("node/elasticsearch-9");
        Files.createDirectories(home);
        assertThat(NodeProcess.isElasticsearchOf(elasticsearch(home).toHandle(), home)).isTrue();
        assertThat(NodeProcess.isElasticsearchOf(elasticsearch(folder.resolve("other")).toHandle(), home)).isFalse();
        assertThat(NodeProcess.isElasticsearchOf(ProcessHandle.current(), home)).isFalse();
    }

    @Test
    @DisplayName("stop() leaves another folder's node alone and removes the pid file that named it")
    void stopLeavesAnotherFoldersNodeAlone() throws IOException {
        LocalNode node = new LocalNode(new NodeSettings(folder.resolve("node"), 9590, "512m", false), Map.of());
        Process other = elasticsearch(folder.resolve("elsewhere/elasticsearch-9"));
        Files.createDirectories(folder.resolve("node"));
        Files.writeString(folder.resolve("node/node.pid"), other.pid() + "\n");

        assertThat(node.stop()).isFalse();
        assertThat(other.isAlive()).isTrue();
        assertThat(node.pid()).isEmpty();
    }

    @Test
    @org.junit.jupiter.api.DisplayName("a process without a command line started after the pid file (a kernel thread after a reboot) is no exiting node")
    void kernelThreadsAreNoExitingNode() {
        ProcessHandle kthreadd = ProcessHandle.of(2).filter(ProcessHandle::isAlive).orElse(null);
        if (kthreadd != null) { // Linux outside a container: kthreadd, without a command line, started at boot
            assertThat(NodeProcess.commandLine(kthreadd)).allMatch(String::isEmpty);
            assertThat(NodeProcess.isExiting(kthreadd, java.time.Instant.EPOCH)).isFalse();
        }
        assertThat(NodeProcess.isExiting(ProcessHandle.current(), java.time.Instant.now())).as("a live command line").isFalse();
    }
}
