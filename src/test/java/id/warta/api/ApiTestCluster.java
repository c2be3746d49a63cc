package id.warta.api;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import id.warta.index.ElasticsearchClients;
import id.warta.index.IndexNames;
import id.warta.search.FixtureCorpus;
import id.warta.search.analysis.AnalysisCorpus;
import id.warta.testing.TestCluster;
import org.springframework.test.context.DynamicPropertyRegistry;

import java.io.IOException;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/**
 * The API tests' Spring context points at the run's test cluster and at one index holding a fixture
 * corpus (the search's, or the analysis views'), loaded once per JVM and deleted when the JVM ends.
 */
final class ApiTestCluster {

    static final IndexNames NAMES = new IndexNames("test-api-" + UUID.randomUUID().toString().substring(0, 8));
    static final IndexNames ANALYSIS_NAMES = new IndexNames("test-api-analysis-" + UUID.randomUUID().toString().substring(0, 8));
    private static final Set<IndexNames> LOADED = new HashSet<>();

    /** A corpus loader: creates the index of the names and fills it. */
    @FunctionalInterface
    private interface Corpus {
        void load(ElasticsearchClient client, IndexNames names) throws IOException;
    }

    private ApiTestCluster() {
    }

    /** The search's fixture corpus ({@link FixtureCorpus}). */
    static void properties(DynamicPropertyRegistry registry) {
        properties(registry, NAMES, FixtureCorpus::load);
    }

    /** The analysis views' fixture corpus ({@link AnalysisCorpus}). */
    static void analysisProperties(DynamicPropertyRegistry registry) {
        properties(registry, ANALYSIS_NAMES, AnalysisCorpus::load);
    }

    private static void properties(DynamicPropertyRegistry registry, IndexNames names, Corpus corpus) {
        registry.add("warta.es.url", () -> TestCluster.connection().url());
        registry.add("warta.es.index", names::base);
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:" + names.base() + ";DB_CLOSE_DELAY=-1");
        load(names, corpus);
    }

    private static synchronized void load(IndexNames names, Corpus corpus) {
        if (LOADED.contains(names)) {
            return;
        }
        ElasticsearchClient client = ElasticsearchClients.connect(TestCluster.connection());
        try {
            corpus.load(client, names);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try (client) {
                client.indices().delete(d -> d.index(names.version(1)));
            } catch (IOException | RuntimeException ignored) {
                // the node may already be stopping
            }
        }));
        LOADED.add(names);
    }
}
