package id.warta.ingest;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import id.warta.WartaException;
import id.warta.index.ClusterConnection;
import id.warta.index.ElasticsearchClients;
import id.warta.index.IndexNames;
import id.warta.node.LocalNode;
import id.warta.node.NodeAddress;
import id.warta.testing.TestCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The external-cluster path against a secured node (TLS with its own CA, a file-realm user with a role
 * limited to Warta's indices): configured only through WARTA_ES_* as a user would.
 */
class SecuredClusterIT {

    private static LocalNode node;
    private static NodeAddress address;

    @BeforeAll
    static void startSecuredNode() {
        node = new LocalNode(TestCluster.testNodeSettings(9272, "secured-node").withSecurity(true), System.getenv());
        address = node.start();
    }

    @AfterAll
    static void stopSecuredNode() {
        node.stop();
    }

    private static Map<String, String> environment() {
        Map<String, String> env = new HashMap<>();
        env.put("WARTA_ES_URL", address.url());
        env.put("WARTA_ES_USER", address.username());
        env.put("WARTA_ES_PASSWORD", address.password());
        env.put("WARTA_ES_CA", address.caCertificate().toString());
        return env;
    }

    @Test
    @DisplayName("ingest through TLS and a file-realm user: the sample archive lands in the secured cluster")
    void ingestThroughTls(@TempDir Path home) throws Exception {
        assertThat(address.url()).startsWith("https://");
        ClusterConnection es = ClusterConnection.external(environment()).orElseThrow();
        IndexNames names = new IndexNames("articles-secured-" + java.util.UUID.randomUUID().toString().substring(0, 8));
        try (ElasticsearchClient client = ElasticsearchClients.connect(es);
             IngestHarness harness = new IngestHarness(es, names, home, null)) {
            IngestSummary summary = harness.run(JobFiles.load(Path.of("batch-jobs/sample.yml")));
            assertThat(summary.completed()).as(summary.render()).isTrue();
            assertThat(IngestIT.count(client, names)).isEqualTo(summary.indexed()).isPositive();
        }
    }

    @Test
    @DisplayName("a wrong password fails at connection with a message that names what to check, and no secret")
    void wrongPassword() {
        Map<String, String> env = environment();
        env.put("WARTA_ES_PASSWORD", "not-the-password");
        ClusterConnection es = ClusterConnection.external(env).orElseThrow();
        assertThatThrownBy(() -> ElasticsearchClients.connect(es))
                .isInstanceOf(WartaException.class)
                .hasMessageContaining("rejected the credentials")
                .hasMessageContaining("WARTA_ES_PASSWORD")
                .hasMessageNotContaining("not-the-password");
        assertThat(es.toString()).doesNotContain("not-the-password");
    }

    @Test
    @DisplayName("a cluster certificate Warta does not trust fails at connection and says to set WARTA_ES_CA")
    void untrustedCertificate() {
        Map<String, String> env = environment();
        env.remove("WARTA_ES_CA");
        ClusterConnection es = ClusterConnection.external(env).orElseThrow();
        assertThatThrownBy(() -> ElasticsearchClients.connect(es))
                .isInstanceOf(WartaException.class)
                .hasMessageContaining("WARTA_ES_CA");
    }
}
