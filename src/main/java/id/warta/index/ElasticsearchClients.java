package id.warta.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.cluster.HealthResponse;
import co.elastic.clients.transport.TransportException;
import id.warta.WartaException;
import id.warta.node.BasicAuthorization;
import id.warta.node.CaCertificate;

import javax.net.ssl.SSLContext;
import java.io.IOException;

/** Creates the official Java client for a {@link ClusterConnection} and checks that it can talk. */
public final class ElasticsearchClients {

    private ElasticsearchClients() {
    }

    public static ElasticsearchClient create(ClusterConnection connection) {
        String authorization = null;
        if (connection.username() != null) {
            authorization = BasicAuthorization.of(connection.username(), connection.password());
        } else if (connection.apiKey() != null) {
            authorization = "ApiKey " + connection.apiKey();
        }
        SSLContext tls = connection.caCertificate() == null ? null : CaCertificate.sslContext(connection.caCertificate());
        return new ElasticsearchClient(new BlockingTransport(new BlockingHttpClient(connection.hosts(), authorization, tls)));
    }

    /**
     * Connects and asks for cluster health (the minimal distribution answers no GET /), turning the usual
     * failures into messages that say what to fix.
     */
    public static ElasticsearchClient connect(ClusterConnection connection) {
        ElasticsearchClient client = create(connection);
        try {
            HealthResponse health = client.cluster().health();
            if (health.status() == co.elastic.clients.elasticsearch._types.HealthStatus.Red) {
                throw new WartaException("the cluster at " + connection + " is red: some indices are unavailable");
            }
            return client;
        } catch (TransportException e) {
            closeQuietly(client);
            throw explain(connection, e);
        } catch (co.elastic.clients.elasticsearch._types.ElasticsearchException e) {
            closeQuietly(client);
            if (e.status() == 401) {
                throw credentialsRejected(connection, e);
            }
            if (e.status() == 403) {
                throw new WartaException("the user " + connection.username() + " may not read the cluster health at "
                        + connection.url() + ": give its role the 'monitor' cluster privilege", e);
            }
            throw new WartaException("Elasticsearch at " + connection + " refused: " + e.getMessage(), e);
        } catch (IOException e) {
            closeQuietly(client);
            throw explain(connection, e);
        }
    }

    private static WartaException explain(ClusterConnection connection, Exception e) {
        String text = String.valueOf(e.getMessage()) + " " + (e.getCause() == null ? "" : e.getCause());
        if (text.contains("401")) {
            return credentialsRejected(connection, e);
        }
        if (text.contains("PKIX") || text.contains("certificate") || text.contains("SSL")) {
            return new WartaException("Elasticsearch at " + connection.url()
                    + " presented a certificate Warta does not trust: set WARTA_ES_CA to the cluster's CA certificate (PEM)", e);
        }
        boolean external = ClusterConnection.external(System.getenv()).isPresent();
        return new WartaException("cannot reach Elasticsearch at " + connection.url() + ": " + e.getMessage() + (external
                ? ". Is that cluster up? Check WARTA_ES_URL, or unset it to use the local node (`warta node start`)."
                : ". Start the local node with `warta node start`, or set WARTA_ES_URL to a running cluster."), e);
    }

    private static WartaException credentialsRejected(ClusterConnection connection, Exception e) {
        return new WartaException("Elasticsearch at " + connection.url()
                + " rejected the credentials (401): check WARTA_ES_USER / WARTA_ES_PASSWORD or WARTA_ES_API_KEY", e);
    }

    private static void closeQuietly(ElasticsearchClient client) {
        try {
            client._transport().close();
        } catch (IOException ignored) {
            // closing a client that never connected
        }
    }
}
