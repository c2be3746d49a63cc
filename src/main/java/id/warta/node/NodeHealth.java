package id.warta.node;

import javax.net.ssl.SSLContext;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Asks a node on loopback for its cluster health with the JDK's HTTP client (the node package needs no
 * Elasticsearch client). Answers empty when nothing, or no Elasticsearch, answers.
 */
final class NodeHealth {

    private static final Pattern STATUS = Pattern.compile("\"status\"\\s*:\\s*\"(\\w+)\"");
    private static final Pattern CLUSTER = Pattern.compile("\"cluster_name\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern NODES = Pattern.compile("\"number_of_nodes\"\\s*:\\s*(\\d+)");

    record Health(String clusterName, String status, int nodes) {
    }

    private final String url;
    private final HttpClient http;
    private final String authorization;

    NodeHealth(String url, SSLContext ssl, String user, String password) {
        this.url = url;
        HttpClient.Builder builder = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2));
        if (ssl != null) {
            builder.sslContext(ssl);
        }
        this.http = builder.build();
        this.authorization = user == null ? null : BasicAuthorization.of(user, password);
    }

    Optional<Health> check() {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url + "/_cluster/health?timeout=2s"))
                    .timeout(Duration.ofSeconds(5)).GET();
            if (authorization != null) {
                request.header("Authorization", authorization);
            }
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            Matcher status = STATUS.matcher(response.body());
            Matcher cluster = CLUSTER.matcher(response.body());
            if (response.statusCode() != 200 || !status.find()) {
                return Optional.empty();
            }
            Matcher nodes = NODES.matcher(response.body());
            return Optional.of(new Health(cluster.find() ? cluster.group(1) : "?", status.group(1),
                    nodes.find() ? Integer.parseInt(nodes.group(1)) : 1));
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
