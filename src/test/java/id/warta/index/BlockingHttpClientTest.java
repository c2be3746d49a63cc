package id.warta.index;

import co.elastic.clients.transport.DefaultTransportOptions;
import co.elastic.clients.transport.http.TransportHttpClient;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetSocketAddress;
import id.warta.testing.Ports;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What Warta's HTTP layer under the official client must do with real HTTP servers (small JDK servers
 * standing in for nodes): address, parameters, body and credentials arrive intact, and a node that is
 * down or overloaded is skipped. End-to-end against Elasticsearch: SecuredClusterIT (TLS, user) and
 * NodeLossIT (a node of three killed).
 */
class BlockingHttpClientTest {

    private final List<HttpServer> servers = new ArrayList<>();
    private final List<String> seen = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() {
        servers.forEach(s -> s.stop(0));
    }

    @Test
    void sendsPathUnderTheNodesPrefixWithParametersBodyAndCredentials() throws IOException {
        URI node = node("a", 200);
        try (BlockingHttpClient http = new BlockingHttpClient(List.of(URI.create(node + "/es/")), "ApiKey c2VjcmV0", null)) {
            TransportHttpClient.Response response = http.performRequest("search", null, request("POST", "/articles/_search",
                    Map.of("typed_keys", "true", "q", "a b&c")), DefaultTransportOptions.EMPTY);

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(new String(response.body().asInputStream().readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("a");
            assertThat(seen).singleElement().asString()
                    .contains("POST /es/articles/_search?")
                    .contains("typed_keys=true").contains("q=a%20b%26c")
                    .contains("auth=ApiKey c2VjcmV0").contains("type=[application/json]").contains("body={\"size\":0}");
        }
    }

    @Test
    void aBodyInSeveralBuffersArrivesWholeAndIsSentAgainToTheNextNode() throws IOException {
        URI busy = node("busy", 503);
        URI live = node("live", 200);
        ByteBuffer direct = ByteBuffer.allocateDirect(16).put("\"b\":2,".getBytes(StandardCharsets.UTF_8)).flip();
        ByteBuffer offset = ByteBuffer.wrap("xx\"c\":3}".getBytes(StandardCharsets.UTF_8)).position(2);
        List<ByteBuffer> body = List.of(ByteBuffer.wrap("{\"a\":1,".getBytes(StandardCharsets.UTF_8)), direct, offset);
        try (BlockingHttpClient http = new BlockingHttpClient(List.of(busy, live), null, null)) {
            http.performRequest("bulk", null, new TransportHttpClient.Request("POST", "/_bulk", Map.of(),
                    Map.of("Content-Type", "application/json"), body), DefaultTransportOptions.EMPTY);

            assertThat(seen).hasSize(2).allSatisfy(request -> assertThat(request).endsWith("body={\"a\":1,\"b\":2,\"c\":3}"));
            assertThat(offset.position()).as("the client's buffers are left as they were").isEqualTo(2);
        }
    }

    @Test
    void sendsThePathAsTheClientEncodedItWithoutEncodingItAgain() throws IOException {
        URI node = node("a", 200);
        try (BlockingHttpClient http = new BlockingHttpClient(List.of(node), null, null)) {
            // the client percent-encodes path parts itself: a document id "a b/c%" is a%20b%2Fc%25 in its path
            http.performRequest("get", null, request("GET", "/articles/_doc/a%20b%2Fc%25", Map.of("_source", "title,url")),
                    new DefaultTransportOptions.Builder().setParameter("pretty", null).build());

            assertThat(seen).singleElement().asString().startsWith("GET /articles/_doc/a%20b%2Fc%25?_source=title%2Curl&pretty ");
        }
    }

    @Test
    void aNodeThatRefusesConnectionsIsSkipped() throws IOException {
        URI live = node("live", 200);
        try (BlockingHttpClient http = new BlockingHttpClient(List.of(closedPort(), live), null, null)) {
            for (int i = 0; i < 4; i++) {
                TransportHttpClient.Response response = http.performRequest("count", null, request("GET", "/_count", Map.of()),
                        DefaultTransportOptions.EMPTY);
                assertThat(response.statusCode()).isEqualTo(200);
                assertThat(response.node().uri().getPort()).isEqualTo(live.getPort());
            }
            assertThat(seen).hasSize(4);
        }
    }

    @Test
    void anOverloadedNodeHandsTheRequestToTheNext() throws IOException {
        URI busy = node("busy", 503);
        URI live = node("live", 200);
        try (BlockingHttpClient http = new BlockingHttpClient(List.of(busy, live), null, null)) {
            TransportHttpClient.Response first = http.performRequest("count", null, request("GET", "/_count", Map.of()),
                    DefaultTransportOptions.EMPTY);
            TransportHttpClient.Response second = http.performRequest("count", null, request("GET", "/_count", Map.of()),
                    DefaultTransportOptions.EMPTY);

            assertThat(first.node().uri().getPort()).isEqualTo(live.getPort());
            assertThat(second.node().uri().getPort()).isEqualTo(live.getPort());
        }
    }

    @Test
    void aNodeThatRestartedIsReachedOnANewConnection() throws Exception {
        URI node = node("before", 200);
        try (BlockingHttpClient http = new BlockingHttpClient(List.of(node), null, null)) {
            http.performRequest("count", null, request("GET", "/_count", Map.of()), DefaultTransportOptions.EMPTY);
            servers.removeFirst().stop(0);
            node("after", 200, node.getPort());
            Thread.sleep(1_100);

            TransportHttpClient.Response response = http.performRequest("count", null, request("GET", "/_count", Map.of()),
                    DefaultTransportOptions.EMPTY);

            assertThat(new String(response.body().asInputStream().readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("after");
        }
    }

    @Test
    void whenEveryNodeIsDownTheFailureNamesTheCause() {
        try (BlockingHttpClient http = new BlockingHttpClient(List.of(closedPort(), closedPort()), null, null)) {
            assertThatThrownBy(() -> http.performRequest("count", null, request("GET", "/_count", Map.of()),
                    DefaultTransportOptions.EMPTY)).isInstanceOf(IOException.class).hasMessageContaining("127.0.0.1");
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private URI node(String name, int status) throws IOException {
        return node(name, status, 0);
    }

    private URI node(String name, int status, int port) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.createContext("/", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            seen.add(exchange.getRequestMethod() + " " + exchange.getRequestURI().getRawPath() + "?"
                    + exchange.getRequestURI().getRawQuery() + " auth=" + exchange.getRequestHeaders().getFirst("Authorization")
                    + " type=" + exchange.getRequestHeaders().get("Content-Type") + " body=" + new String(body, StandardCharsets.UTF_8));
            byte[] answer = name.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/plain");
            exchange.sendResponseHeaders(status, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        server.start();
        servers.add(server);
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    private static URI closedPort() {
        return URI.create("http://127.0.0.1:" + Ports.unused());
    }

    private static TransportHttpClient.Request request(String method, String path, Map<String, String> parameters) {
        List<ByteBuffer> body = method.equals("POST")
                ? List.of(ByteBuffer.wrap("{\"size\":0}".getBytes(StandardCharsets.UTF_8))) : null;
        return new TransportHttpClient.Request(method, path, parameters, Map.of("Content-Type", "application/json"), body);
    }
}
