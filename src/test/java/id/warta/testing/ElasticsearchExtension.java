package id.warta.testing;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import id.warta.index.ClusterConnection;
import id.warta.index.ElasticsearchClients;
import id.warta.index.IndexNames;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

import java.io.IOException;
import java.util.Locale;
import java.util.UUID;

/** Resolves the run's cluster, a client to it, and a per-test index name that is deleted afterwards. */
final class ElasticsearchExtension implements ParameterResolver, AfterEachCallback {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(ElasticsearchExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == ElasticsearchClient.class || type == ClusterConnection.class || type == IndexNames.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        if (type == ClusterConnection.class) {
            return TestCluster.connection();
        }
        if (type == ElasticsearchClient.class) {
            return client(context);
        }
        IndexNames names = new IndexNames("test-" + context.getRequiredTestClass().getSimpleName().toLowerCase(Locale.ROOT)
                + "-" + UUID.randomUUID().toString().substring(0, 8));
        context.getStore(NAMESPACE).put("names", names);
        return names;
    }

    private static ElasticsearchClient client(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent("client",
                k -> new ClosableClient(ElasticsearchClients.connect(TestCluster.connection())), ClosableClient.class).client();
    }

    @Override
    public void afterEach(ExtensionContext context) throws IOException {
        IndexNames names = context.getStore(NAMESPACE).remove("names", IndexNames.class);
        if (names != null) {
            ElasticsearchClient client = client(context);
            var indices = client.indices().get(g -> g.index(names.base() + "-v*").allowNoIndices(true)).indices().keySet();
            for (String index : indices) {
                client.indices().delete(d -> d.index(index));
            }
        }
    }

    /** Closes the shared client when the test run ends. */
    private record ClosableClient(ElasticsearchClient client) implements AutoCloseable {
        @Override
        public void close() throws IOException {
            client.close();
        }
    }
}
