package id.warta.testing;

import id.warta.index.ClusterConnection;
import id.warta.node.LocalNode;
import id.warta.node.NodeSettings;
import org.testcontainers.elasticsearch.ElasticsearchContainer;
import org.testcontainers.images.builder.ImageFromDockerfile;
import org.testcontainers.utility.DockerImageName;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * The one Elasticsearch a test run talks to, chosen once per JVM:
 * <ul>
 *   <li>WARTA_ES_URL (or -Dwarta.es.url) set: that cluster, as users reach it;</li>
 *   <li>WARTA_TEST_ES=docker: the official image with Warta's plugin, through Testcontainers;</li>
 *   <li>otherwise: Warta's own managed node on port 9250 (WARTA_TEST_ES_PORT), started like `warta node start` does.</li>
 * </ul>
 */
public final class TestCluster {

    /** The shared test node's port: WARTA_TEST_ES_PORT, default 9250 (the transport port is 100 above). */
    public static final int MANAGED_TEST_PORT = Integer.parseInt(System.getenv().getOrDefault("WARTA_TEST_ES_PORT", "9250"));
    public static final String OFFICIAL_IMAGE = "docker.elastic.co/elasticsearch/elasticsearch:9.2.8";

    private static ClusterConnection connection;

    private TestCluster() {
    }

    public static synchronized ClusterConnection connection() {
        if (connection == null) {
            connection = start(System.getenv());
        }
        return connection;
    }

    private static ClusterConnection start(Map<String, String> env) {
        String url = System.getProperty("warta.es.url", env.get("WARTA_ES_URL"));
        if (url != null && !url.isBlank()) {
            return ClusterConnection.external(Map.of("WARTA_ES_URL", url,
                    "WARTA_ES_USER", env.getOrDefault("WARTA_ES_USER", ""),
                    "WARTA_ES_PASSWORD", env.getOrDefault("WARTA_ES_PASSWORD", ""))).map(TestCluster::dropEmptyUser).orElseThrow();
        }
        if ("docker".equals(env.get("WARTA_TEST_ES"))) {
            return startContainer();
        }
        LocalNode node = new LocalNode(testNodeSettings(MANAGED_TEST_PORT, "test-node"), env);
        ClusterConnection started = ClusterConnection.of(node.start());
        Runtime.getRuntime().addShutdownHook(new Thread(node::stop, "stop-test-node"));
        return started;
    }

    /** Settings for a node that tests start: its own port and folder, a 1 GB heap. */
    public static NodeSettings testNodeSettings(int port, String name) {
        Path folder = "root".equals(System.getProperty("user.name"))
                ? Path.of("/var/lib/warta", name + "-" + port)
                : Path.of("target", name + "-" + port).toAbsolutePath();
        return new NodeSettings(folder, port, "1g", false);
    }

    private static ClusterConnection dropEmptyUser(ClusterConnection c) {
        return c.username() != null && c.username().isEmpty()
                ? new ClusterConnection(c.url(), null, null, c.apiKey(), c.caCertificate()) : c;
    }

    @SuppressWarnings("resource") // stopped by Testcontainers' reaper when the JVM ends
    private static ClusterConnection startContainer() {
        ImageFromDockerfile image = new ImageFromDockerfile("warta-elasticsearch-test", false)
                .withFileFromPath("warta-analysis-plugin.zip", Path.of("target/warta-analysis-plugin.zip"))
                .withDockerfileFromBuilder(d -> d.from(OFFICIAL_IMAGE)
                        .copy("warta-analysis-plugin.zip", "/tmp/warta-analysis-plugin.zip")
                        .run("bin/elasticsearch-plugin install --batch file:///tmp/warta-analysis-plugin.zip")
                        .build());
        ElasticsearchContainer container = new ElasticsearchContainer(
                DockerImageName.parse(image.get()).asCompatibleSubstituteFor("docker.elastic.co/elasticsearch/elasticsearch"))
                .withEnv("xpack.security.enabled", "false")
                .withEnv("ES_JAVA_OPTS", "-Xms1g -Xmx1g")
                .withStartupTimeout(Duration.ofMinutes(3));
        container.start();
        return ClusterConnection.plain("http://" + container.getHttpHostAddress());
    }
}
