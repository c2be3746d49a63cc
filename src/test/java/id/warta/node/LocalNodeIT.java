package id.warta.node;

import id.warta.WartaException;
import id.warta.testing.TestCluster;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The managed node's life cycle, on ports of its own so that the run's shared node is not touched. */
class LocalNodeIT {

    @Test
    @DisplayName("starts a node, reuses it when started again, stops it cleanly")
    void startReuseStop() throws IOException {
        LocalNode node = new LocalNode(TestCluster.testNodeSettings(9261, "lifecycle-node"), System.getenv());
        try {
            NodeAddress address = node.start();
            assertThat(address.url()).isEqualTo("http://127.0.0.1:9261");
            assertThat(node.isRunning()).isTrue();
            long pid = node.pid().orElseThrow();
            assertThat(processOwner(pid)).as("Elasticsearch refuses root: as root Warta runs it as its service user")
                    .isEqualTo(ServiceUser.runningAsRoot() ? NodeSettings.SERVICE_USER : System.getProperty("user.name"));

            node.start();
            assertThat(node.pid()).as("a running node is reused, not started twice").contains(pid);
        } finally {
            assertThat(node.stop()).isTrue();
        }
        assertThat(node.isRunning()).isFalse();
        assertThat(ProcessHandle.of(node.pid().orElse(-1L)).map(ProcessHandle::isAlive)).isNotEqualTo(java.util.Optional.of(true));
        assertThat(node.stop()).as("stopping a stopped node says so").isFalse();
    }

    @Test
    @DisplayName("an unprivileged user starts a node without any privilege (as root: runs the start as 'nobody')")
    void unprivilegedStart(@org.junit.jupiter.api.io.TempDir Path scratch) throws Exception {
        if (!ServiceUser.runningAsRoot()) {
            LocalNode node = new LocalNode(TestCluster.testNodeSettings(9265, "user-node"), System.getenv());
            try {
                node.start();
                assertThat(processOwner(node.pid().orElseThrow())).isEqualTo(System.getProperty("user.name"));
            } finally {
                node.stop();
            }
            return;
        }
        // A folder 'nobody' can reach, with just the node classes, the two zips and its node folder.
        Path root = Files.createTempDirectory(Path.of("/tmp"), "warta-unprivileged-");
        Path classes = root.resolve("classes");
        for (Class<?> type : new Class<?>[] {LocalNode.class, NodeStarter.class, id.warta.WartaException.class}) {
            Path source = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
            copyTree(source, classes, type.getPackageName().replace('.', '/'));
        }
        Path esZip = Files.copy(Distribution.elasticsearchZip(System.getenv()), root.resolve(Distribution.DISTRIBUTION_FILE));
        Path pluginZip = Files.copy(Distribution.pluginZip(System.getenv()), root.resolve(Distribution.PLUGIN_FILE));
        Path nodeDir = Files.createDirectories(root.resolve("node"));
        run(List.of("chmod", "-R", "a+rX", root.toString()));
        run(List.of("chown", "-R", "nobody:", nodeDir.toString()));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder("runuser", "-u", "nobody", "--", "env", "HOME=" + root,
                "WARTA_NODE_DIR=" + nodeDir, "WARTA_ES_PORT=9265", "WARTA_ES_HEAP=512m",
                "WARTA_ES_DISTRIBUTION=" + esZip, "WARTA_PLUGIN_ZIP=" + pluginZip, "ES_JAVA_HOME=" + System.getProperty("java.home"),
                java, "-cp", classes.toString(), NodeStarter.class.getName())
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor()).as(output).isZero();
        LocalNode node = new LocalNode(new NodeSettings(nodeDir, 9265, "512m", false), System.getenv());
        try {
            assertThat(output).contains("started http://127.0.0.1:9265");
            assertThat(node.isRunning()).isTrue();
            assertThat(processOwner(node.pid().orElseThrow())).isEqualTo("nobody");
        } finally {
            node.stop();
            run(List.of("rm", "-rf", root.toString()));
        }
    }

    private static void copyTree(Path classesRoot, Path target, String packagePath) throws IOException {
        Path from = classesRoot.resolve(packagePath);
        try (var files = Files.list(from)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                Path to = target.resolve(packagePath).resolve(file.getFileName().toString());
                Files.createDirectories(to.getParent());
                Files.copy(file, to, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    private static void run(List<String> command) throws IOException, InterruptedException {
        assertThat(new ProcessBuilder(command).inheritIO().start().waitFor()).as(String.join(" ", command)).isZero();
    }

    @Test
    @DisplayName("a taken port gets a clear message naming the port, without starting anything")
    void portTaken() throws IOException {
        try (ServerSocket squatter = new ServerSocket(9262, 1, InetAddress.getLoopbackAddress())) {
            LocalNode node = new LocalNode(TestCluster.testNodeSettings(9262, "port-node"), System.getenv());
            assertThatThrownBy(node::start)
                    .isInstanceOf(WartaException.class)
                    .hasMessageContaining("port 9262")
                    .hasMessageContaining("in use by another program");
            assertThat(node.pid()).isEmpty();
        }
    }

    @Test
    @DisplayName("a node that dies while starting is reported with the last lines of its log, not waited for")
    void crashAtStart() {
        NodeSettings settings = TestCluster.testNodeSettings(9263, "crash-node");
        // 16 MB of heap is far below what Elasticsearch needs: it dies during start-up.
        LocalNode node = new LocalNode(new NodeSettings(settings.directory(), 9263, "16m", false), System.getenv());
        long started = System.nanoTime();
        try {
            assertThatThrownBy(node::start)
                    .isInstanceOf(WartaException.class)
                    .hasMessageContaining("Elasticsearch")
                    .hasMessageContaining("Last lines of");
            assertThat((System.nanoTime() - started) / 1_000_000_000).as("seconds until the failure is reported").isLessThan(100);
            assertThat(node.isRunning()).isFalse();
        } finally {
            node.stop();
        }
    }

    @Test
    @DisplayName("too little memory for the heap is refused up front with what to change")
    void tooLittleMemory() {
        NodeSettings settings = TestCluster.testNodeSettings(9264, "memory-node");
        LocalNode node = new LocalNode(new NodeSettings(settings.directory(), 9264, "900g", false), System.getenv());
        assertThatThrownBy(node::start)
                .isInstanceOf(WartaException.class)
                .hasMessageContaining("free memory")
                .hasMessageContaining("WARTA_ES_HEAP");
        assertThat(node.pid()).isEmpty();
    }

    @Test
    @DisplayName("Java older than 21 for the node is named, with what to set")
    void oldJava(@org.junit.jupiter.api.io.TempDir Path fakeJdk) throws IOException {
        Files.createDirectories(fakeJdk.resolve("bin"));
        Path javaBinary = Files.createFile(fakeJdk.resolve("bin/java"));
        javaBinary.toFile().setExecutable(true);
        Files.writeString(fakeJdk.resolve("release"), "JAVA_VERSION=\"17.0.15\"\n");
        assertThatThrownBy(() -> JavaForElasticsearch.find(java.util.Map.of("ES_JAVA_HOME", fakeJdk.toString())))
                .isInstanceOf(WartaException.class)
                .hasMessageContaining("Java 17")
                .hasMessageContaining("ES_JAVA_HOME");
    }

    static String processOwner(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
            if (line.startsWith("Uid:")) {
                String uid = line.split("\\s+")[1];
                for (String passwd : Files.readAllLines(Path.of("/etc/passwd"))) {
                    String[] fields = passwd.split(":");
                    if (fields.length > 2 && fields[2].equals(uid)) {
                        return fields[0];
                    }
                }
                return uid;
            }
        }
        throw new IOException("no Uid line for " + pid);
    }
}
