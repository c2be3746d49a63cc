package id.warta.api;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Query strings as they reach the server, through Tomcat's own decoding (MockMvc skips it): one that cannot be
 * decoded is the user's mistake, a 400 problem saying what to fix, on every endpoint; never a 500.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ServedQueryStringIT {

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void cluster(DynamicPropertyRegistry registry) {
        ApiTestCluster.properties(registry);
    }

    @Test
    @DisplayName("a query string Tomcat cannot decode (%ZZ, a lone %, bytes that are no UTF-8) is a 400 problem, never a 500")
    void undecodableQueryStrings() throws IOException {
        for (String path : new String[] {"/api/search", "/api/export.csv", "/api/facets/persons",
                "/api/analysis/cooccurrence", "/api/analysis/timeline"}) {
            for (String query : new String[] {"q=%ZZ", "q=abc%", "q=%C3%28", "country=%ZZ", "foo=%ZZ"}) {
                String answer = get(path + "?" + query);
                assertThat(answer).as(path + "?" + query).startsWith("HTTP/1.1 400")
                        .containsIgnoringCase("Content-Type: application/problem+json").contains("percent-encode")
                        .contains("\"parameter\":\"query string\"");
            }
        }
        assertThat(get("/api/search?q=Korut%20rudal")).as("a well-encoded search on the same server").startsWith("HTTP/1.1 200");
    }

    @Test
    @DisplayName("characters curl sends unencoded (a phrase's quotes, |, braces, a backslash) reach the search; what Tomcat cannot read is a 400 problem, not an HTML page")
    void rawCharactersAndUnreadableRequests() throws IOException {
        for (String query : new String[] {"q=\"harga+beras\"", "q=Korut|Korsel", "q={rudal}", "q=<b>rudal</b>", "q=a^b",
                "q=a\\b", "q=a`b", "country[]=KP"}) {
            assertThat(get("/api/search?" + query)).as(query).startsWith("HTTP/1.1 200");
        }
        for (String target : new String[] {"/api/search?q=harga beras", "/api/sear%ch", "/api/search?q=a\u0001b"}) {
            String answer = get(target);
            assertThat(answer).as(target).startsWith("HTTP/1.1 400")
                    .containsIgnoringCase("Content-Type: application/problem+json").contains("percent-encode")
                    .contains("\"status\":400").doesNotContain("<html");
        }
    }

    @Test
    @DisplayName("an article id with an encoded slash is an unknown id (404 naming it), not an unreadable request")
    void encodedSlashInAnId() throws IOException {
        assertThat(get("/api/articles/a%2Fb")).startsWith("HTTP/1.1 404")
                .containsIgnoringCase("Content-Type: application/problem+json").contains("no article has the id 'a/b'");
    }

    /** The whole answer to a GET sent as written: a URI class would refuse the broken escapes before they are sent. */
    private String get(String target) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.getOutputStream().write(("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
