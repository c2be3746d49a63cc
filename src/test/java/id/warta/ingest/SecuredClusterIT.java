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
    @DisplayName("ingest, reindex and the search API all work through TLS and the limited role; no secret reaches the logs")
    void endToEndWithoutLeakingSecrets(@TempDir Path home) throws Exception {
        ClusterConnection es = ClusterConnection.external(environment()).orElseThrow();
        IndexNames names = new IndexNames("articles-secured-" + java.util.UUID.randomUUID().toString().substring(0, 8));
        java.io.ByteArrayOutputStream captured = new java.io.ByteArrayOutputStream();
        java.io.PrintStream out = System.out;
        java.io.PrintStream err = System.err;
        System.setOut(new java.io.PrintStream(new TeeStream(out, captured), true));
        System.setErr(new java.io.PrintStream(new TeeStream(err, captured), true));
        try (IngestHarness harness = new IngestHarness(es, names, home, null)) {
            IngestSummary ingested = harness.run(JobFiles.load(Path.of("batch-jobs/sample.yml")));
            assertThat(ingested.completed()).as(ingested.render()).isTrue();
            id.warta.reindex.ReindexSummary reindexed = harness.bean(id.warta.reindex.ReindexRunner.class).run(false, System.err);
            assertThat(reindexed.completed()).as(reindexed.render()).isTrue();

            try (var web = new org.springframework.boot.builder.SpringApplicationBuilder(id.warta.WartaApplication.class)
                    .web(org.springframework.boot.WebApplicationType.SERVLET).run("--server.port=0",
                            "--warta.es.url=" + es.url(), "--warta.es.user=" + es.username(), "--warta.es.password=" + es.password(),
                            "--warta.es.ca=" + es.caCertificate(), "--warta.es.index=" + names.base(), "--warta.home=" + home,
                            "--spring.datasource.url=jdbc:h2:mem:secured-api")) {
                String port = web.getEnvironment().getProperty("local.server.port");
                var response = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create("http://127.0.0.1:" + port + "/api/search?q=presiden&country=ID")).build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString());
                assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
                assertThat(new com.fasterxml.jackson.databind.ObjectMapper().readTree(response.body()).get("total").asInt())
                        .isPositive();
            }
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
        String logs = captured.toString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(logs).as("what the run printed").contains("reindex 100%").doesNotContain(address.password());
    }

    /** Writes to the console and into a buffer, so that a test can read what a run printed. */
    private static final class TeeStream extends java.io.OutputStream {
        private final java.io.OutputStream first;
        private final java.io.OutputStream second;

        TeeStream(java.io.OutputStream first, java.io.OutputStream second) {
            this.first = first;
            this.second = second;
        }

        @Override
        public void write(int b) throws java.io.IOException {
            first.write(b);
            second.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws java.io.IOException {
            first.write(b, off, len);
            second.write(b, off, len);
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
