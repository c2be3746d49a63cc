package id.warta.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.cat.indices.IndicesRecord;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** What `warta node status` reports about a cluster: version, health, Warta's plugin, document counts. */
public record ClusterStatus(String url, String version, String health, int nodes, String pluginVersion,
                            Map<String, Long> documents) {

    public static ClusterStatus of(ElasticsearchClient client, String url) {
        try {
            var clusterHealth = client.cluster().health();
            String health = clusterHealth.status().jsonValue();
            // _cat answers where nodes.info does not decode on the minimal distribution.
            String version = client.cat().nodes(n -> n.h("version")).nodes().stream()
                    .map(r -> r.version()).findFirst().orElse("?");
            String plugin = client.cat().plugins().plugins().stream()
                    .filter(p -> "warta-analysis".equals(p.component())).map(p -> p.version()).findFirst().orElse(null);
            Map<String, Long> documents = client.cat().indices(i -> i.index("*").expandWildcards(
                    co.elastic.clients.elasticsearch._types.ExpandWildcard.Open)).indices().stream()
                    .filter(r -> r.index() != null && !r.index().startsWith("."))
                    .collect(Collectors.toMap(IndicesRecord::index, r -> parseCount(r.docsCount()), (a, b) -> a, LinkedHashMap::new));
            return new ClusterStatus(url, version, health, clusterHealth.numberOfNodes(), plugin, documents);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long parseCount(String count) {
        return count == null ? 0 : Long.parseLong(count);
    }
}
