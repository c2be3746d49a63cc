package id.warta.index;

import id.warta.node.LocalCluster;

import java.util.Map;

/**
 * Chooses how to reach Elasticsearch: the external cluster named by WARTA_ES_URL when set, else the
 * managed local node (or local cluster, WARTA_ES_NODES), started on demand.
 */
public final class ClusterConnector {

    private ClusterConnector() {
    }

    public static ClusterConnection resolve(Map<String, String> env) {
        return ClusterConnection.external(env).orElseGet(() -> ClusterConnection.of(LocalCluster.fromEnvironment().start()));
    }
}
