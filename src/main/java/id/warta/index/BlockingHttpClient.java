package id.warta.index;

import co.elastic.clients.transport.TransportOptions;
import co.elastic.clients.transport.http.TransportHttpClient;
import co.elastic.clients.util.BinaryData;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.ssl.DefaultClientTlsStrategy;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.message.BasicClassicHttpRequest;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;

import javax.net.ssl.SSLContext;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * The official client's HTTP layer on Apache HttpClient 5's classic (blocking) API: the calling thread
 * writes the request and reads the answer itself. The client's default transport hands every request to
 * an I/O reactor thread and back, which cost a search about 0.3 ms per Elasticsearch call in thread
 * hand-offs and selector wake-ups (benchmarks/README.md, search). Asynchronous calls (the BulkIngester's)
 * run the same blocking call on a pool thread.
 *
 * <p>Several nodes: requests go round-robin; a node that cannot be reached, or answers 502/503/504, is
 * skipped for {@link #DEAD_FOR_NANOS} and the request goes to the next one, as the default transport does.
 */
final class BlockingHttpClient implements TransportHttpClient, java.io.Closeable {

    static final long DEAD_FOR_NANOS = 30_000_000_000L;
    private static final int MAX_CONNECTIONS = 64;

    private final List<Target> nodes;
    private final AtomicLongArray deadUntil;
    private final AtomicInteger next = new AtomicInteger();
    private final String authorization;
    private final CloseableHttpClient http;
    private final ExecutorService async = Executors.newCachedThreadPool(Thread.ofPlatform().daemon().name("es-call-", 0).factory());

    BlockingHttpClient(List<URI> hosts, String authorization, SSLContext sslContext) {
        this.nodes = hosts.stream().map(Target::of).toList();
        this.deadUntil = new AtomicLongArray(nodes.size());
        this.authorization = authorization;
        PoolingHttpClientConnectionManagerBuilder pool = PoolingHttpClientConnectionManagerBuilder.create()
                .setMaxConnTotal(MAX_CONNECTIONS).setMaxConnPerRoute(MAX_CONNECTIONS)
                .setDefaultConnectionConfig(ConnectionConfig.custom()
                        .setConnectTimeout(Timeout.ofSeconds(5)).setSocketTimeout(Timeout.ofMinutes(2))
                        // a pooled connection idle for a second is checked before reuse: the node may have restarted
                        .setValidateAfterInactivity(TimeValue.ofSeconds(1)).build());
        if (sslContext != null) {
            pool.setTlsSocketStrategy(new DefaultClientTlsStrategy(sslContext));
        }
        this.http = HttpClients.custom().setConnectionManager(pool.build())
                .setDefaultRequestConfig(RequestConfig.custom().setResponseTimeout(Timeout.ofMinutes(2)).build())
                // nothing here needs cookies, HTTP authentication (the Authorization header is set on each request) or
                // per-user connection state
                .disableAutomaticRetries().disableRedirectHandling().disableCookieManagement()
                .disableAuthCaching().disableConnectionState()
                .disableContentCompression().evictIdleConnections(TimeValue.ofMinutes(1)).build();
    }

    @Override
    public Response performRequest(String endpointId, Node ignored, Request request, TransportOptions options) throws IOException {
        Iterable<ByteBuffer> body = request.body();
        IOException failure = null;
        Response last = null;
        for (int index : order()) {
            Target node = nodes.get(index);
            try {
                Response response = send(node.node(), message(node, request, options), request, body, options);
                if (response.statusCode() < 502 || response.statusCode() > 504) {
                    deadUntil.set(index, 0);
                    return response;
                }
                last = response;
            } catch (IOException e) {
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
            deadUntil.set(index, System.nanoTime() + DEAD_FOR_NANOS);
        }
        if (last != null) {
            return last;
        }
        throw failure;
    }

    /** The nodes to try, in turn: live ones round-robin first, then the ones marked dead. */
    private int[] order() {
        int first = Math.floorMod(next.getAndIncrement(), nodes.size());
        long now = System.nanoTime();
        int[] order = new int[nodes.size()];
        int filled = 0;
        for (int pass = 0; pass < 2; pass++) {
            for (int i = 0; i < nodes.size(); i++) {
                int index = (first + i) % nodes.size();
                boolean live = deadUntil.get(index) - now <= 0;
                if (live == (pass == 0)) {
                    order[filled++] = index;
                }
            }
        }
        return order;
    }

    private Response send(Node node, BasicClassicHttpRequest message, Request request, Iterable<ByteBuffer> body, TransportOptions options)
            throws IOException {
        request.headers().forEach(message::addHeader);
        if (options != null) {
            options.headers().forEach(h -> message.setHeader(h.getKey(), h.getValue()));
        }
        if (authorization != null) {
            message.setHeader("Authorization", authorization);
        }
        if (body != null) {
            // the client names the content type in the request's headers, copied above
            boolean typed = request.headers().get("Content-Type") != null;
            message.setEntity(new ByteBuffersEntity(body, typed ? null : ContentType.APPLICATION_JSON));
        }
        return http.execute(message, answer -> {
            byte[] content = answer.getEntity() == null ? null : EntityUtils.toByteArray(answer.getEntity());
            String type = answer.getEntity() == null ? null : answer.getEntity().getContentType();
            return new Answer(node, answer.getCode(), answer.getHeaders(), content, type);
        });
    }

    /**
     * The request line for a node: its path prefix, the client's path as the client encoded it, and the query
     * parameters, encoded here.
     */
    private static BasicClassicHttpRequest message(Target node, Request request, TransportOptions options) {
        StringBuilder target = new StringBuilder(node.pathPrefix()).append(request.path());
        char separator = '?';
        for (Map<String, String> parameters : options == null ? List.of(request.queryParams())
                : List.of(request.queryParams(), options.queryParameters())) {
            for (Map.Entry<String, String> parameter : parameters.entrySet()) {
                target.append(separator).append(encode(parameter.getKey()));
                if (parameter.getValue() != null) { // a flag such as ?pretty has no value
                    target.append('=').append(encode(parameter.getValue()));
                }
                separator = '&';
            }
        }
        return new BasicClassicHttpRequest(request.method(), node.host(), target.toString());
    }

    /** A query string component, percent-encoded as RFC 3986 wants it (a space is %20, not +). */
    private static String encode(String component) {
        return URLEncoder.encode(component, StandardCharsets.UTF_8).replace("+", "%20");
    }

    @Override
    public CompletableFuture<Response> performRequestAsync(String endpointId, Node node, Request request, TransportOptions options) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return performRequest(endpointId, node, request, options);
            } catch (IOException e) {
                throw new CompletionException(e);
            }
        }, async);
    }

    @Override
    public void close() throws IOException {
        async.shutdown();
        http.close();
    }

    /**
     * A node as requests address it: the client's view of it, its scheme, host and port, and its path prefix without
     * trailing slashes ("" or "/es"), put before every request's path.
     */
    private record Target(Node node, HttpHost host, String pathPrefix) {

        static Target of(URI uri) {
            String prefix = uri.getRawPath() == null ? "" : uri.getRawPath();
            while (prefix.endsWith("/")) {
                prefix = prefix.substring(0, prefix.length() - 1);
            }
            return new Target(new Node(uri), HttpHost.create(uri), prefix);
        }
    }

    /** A fully read answer: the connection is back in the pool before the client parses it. */
    private record Answer(Node node, int statusCode, Header[] headerArray, byte[] content, String contentType) implements Response {

        @Override
        public String header(String name) {
            for (Header header : headerArray) {
                if (header.getName().equalsIgnoreCase(name)) {
                    return header.getValue();
                }
            }
            return null;
        }

        @Override
        public List<String> headers(String name) {
            return Arrays.stream(headerArray).filter(h -> h.getName().equalsIgnoreCase(name)).map(Header::getValue).toList();
        }

        @Override
        public BinaryData body() {
            return content == null ? null : BinaryData.of(content, contentType);
        }

        @Override
        public Object originalResponse() {
            return this;
        }

        @Override
        public void close() {
            // nothing is held: the body was read when the answer arrived
        }
    }
}
