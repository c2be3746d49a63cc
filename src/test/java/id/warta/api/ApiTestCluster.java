package id.warta.api;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import id.warta.index.ElasticsearchClients;
import id.warta.index.IndexNames;
import id.warta.search.FixtureCorpus;
import id.warta.testing.TestCluster;
import org.springframework.test.context.DynamicPropertyRegistry;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.UUID;

/**
 * The API tests' Spring context points at the run's test cluster and at one index holding the fixture
 * corpus, loaded once per JVM and deleted when the JVM ends.
 */
final class ApiTestCluster {

    static final IndexNames NAMES = new IndexNames("test-api-" + UUID.randomUUID().toString().substring(0, 8));
    private static boolean loaded;

    private ApiTestCluster() {
    }

    static void properties(DynamicPropertyRegistry registry) {
        registry.add("warta.es.url", () -> TestCluster.connection().url());
        registry.add("warta.es.index", NAMES::base);
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:warta-api-test;DB_CLOSE_DELAY=-1");
        load();
    }

    static synchronized void load() {
        if (loaded) {
            return;
        }
        ElasticsearchClient client = ElasticsearchClients.connect(TestCluster.connection());
        try {
            FixtureCorpus.load(client, NAMES);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try (client) {
                client.indices().delete(d -> d.index(NAMES.version(1)));
            } catch (IOException | RuntimeException ignored) {
                // the node may already be stopping
            }
        }));
        loaded = true;
    }
}
