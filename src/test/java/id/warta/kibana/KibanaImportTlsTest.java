package id.warta.kibana;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import id.warta.WartaException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Issue #7: `kibana import --ca` towards a Kibana served over HTTPS with a private certificate. */
class KibanaImportTlsTest {

    @TempDir
    static Path dir;
    HttpsServer kibana;
    Path caPem;

    @BeforeEach
    void start() throws Exception {
        Path keystore = dir.resolve("kibana-" + System.nanoTime() + ".p12");
        caPem = dir.resolve("ca-" + System.nanoTime() + ".pem");
        keytool("-genkeypair", "-alias", "kibana", "-keyalg", "EC", "-dname", "CN=kibana", "-ext", "san=ip:127.0.0.1",
                "-validity", "2", "-storetype", "PKCS12", "-keystore", keystore.toString(), "-storepass", "changeit");
        keytool("-exportcert", "-rfc", "-alias", "kibana", "-keystore", keystore.toString(), "-storepass", "changeit",
                "-file", caPem.toString());

        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keystore)) {
            store.load(in, "changeit".toCharArray());
        }
        KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(store, "changeit".toCharArray());
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(keys.getKeyManagers(), null, null);

        kibana = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        kibana.setHttpsConfigurator(new HttpsConfigurator(tls));
        kibana.createContext("/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            byte[] body = """
                    {"success":true,"successCount":1,"successResults":[{"type":"index-pattern","id":"warta-articles","meta":{"title":"articles"}}]}
                    """.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        kibana.start();
    }

    @AfterEach
    void stop() {
        kibana.stop(0);
    }

    static void keytool(String... args) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "keytool").toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
    }

    String url() {
        return "https://127.0.0.1:" + kibana.getAddress().getPort();
    }

    @Test
    @DisplayName("with --ca naming the certificate, the import goes through over HTTPS")
    void trustsTheGivenCa() {
        ImportResult result = new SavedObjectsImporter(new KibanaTarget(url(), null, "elastic", "pw", caPem))
                .importObjects("warta.ndjson", SavedObjectsImporter.bundled());
        assertThat(result.complete()).isTrue();
        assertThat(result.created()).isEqualTo(1);
    }

    @Test
    @DisplayName("without --ca, an untrusted certificate fails with a message that points to --ca")
    void untrustedCertificate() {
        assertThatThrownBy(() -> new SavedObjectsImporter(new KibanaTarget(url(), null, "elastic", "pw", null))
                .importObjects("warta.ndjson", SavedObjectsImporter.bundled()))
                .isInstanceOf(WartaException.class)
                .hasMessageContaining("TLS with Kibana at " + url() + " failed")
                .hasMessageContaining("give its CA certificate (PEM) with --ca");
    }
}
