package id.warta.node;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LocalClusterSettingsTest {

    private final NodeSettings first = new NodeSettings(Path.of("/var/lib/warta/node"), 9200, "1g", false);

    @Test
    @DisplayName("the nodes of a local cluster get their own folder, ports and name, and find each other by transport port")
    void members() {
        NodeSettings second = first.member(1, 3);
        assertThat(second.directory()).isEqualTo(Path.of("/var/lib/warta/node/cluster-3/node-1"));
        assertThat(second.httpPort()).isEqualTo(9201);
        assertThat(second.transportPort()).isEqualTo(9301);
        assertThat(second.nodeName()).isEqualTo("warta-local-1");
        assertThat(second.clusterTransportPorts()).containsExactly(9300, 9301, 9302);

        String yml = NodeConfiguration.elasticsearchYml(new NodeInstallation(second, Map.of()), second);
        assertThat(yml).contains("node.name: warta-local-1\n",
                "discovery.seed_hosts: [\"127.0.0.1:9300\", \"127.0.0.1:9301\", \"127.0.0.1:9302\"]\n",
                "cluster.initial_master_nodes: [\"warta-local-0\", \"warta-local-1\", \"warta-local-2\"]\n",
                "http.port: 9201\n", "transport.port: 9301\n").doesNotContain("single-node");
    }

    @Test
    @DisplayName("one node stays the single managed node: same folder, single-node discovery")
    void single() {
        assertThat(first.member(0, 1)).isEqualTo(first);
        assertThat(NodeConfiguration.elasticsearchYml(new NodeInstallation(first, Map.of()), first))
                .contains("node.name: warta-local\n", "discovery.type: single-node\n");
        assertThat(new LocalCluster(first, 1, Map.of()).nodes()).extracting(LocalNode::settings).containsExactly(first);
    }

    @Test
    @DisplayName("a cluster address lists every node; sizes outside 1..9 and a secured cluster are refused")
    void addressAndLimits() {
        LocalCluster cluster = new LocalCluster(first, 3, Map.of());
        assertThat(cluster.address().url()).isEqualTo("http://127.0.0.1:9200,http://127.0.0.1:9201,http://127.0.0.1:9202");
        assertThatThrownBy(() -> new LocalCluster(first, 10, Map.of())).hasMessageContaining("1 to 9 nodes, not 10: change --nodes or WARTA_ES_NODES");
        assertThatThrownBy(() -> new LocalCluster(first.withSecurity(true), 3, Map.of())).hasMessageContaining("secured local cluster");
        assertThat(List.of(cluster.nodes().get(2).settings().httpPort())).containsExactly(9202);
    }

    @Test
    @DisplayName("WARTA_ES_NODES: unset or empty is one node, for the node commands as for the others; not a number names the variable")
    void sizeFromEnvironment() {
        assertThat(LocalCluster.size(Map.of())).isEqualTo(1);
        assertThat(LocalCluster.size(Map.of("WARTA_ES_NODES", ""))).isEqualTo(1);
        assertThat(LocalCluster.size(Map.of("WARTA_ES_NODES", " 3 "))).isEqualTo(3);
        assertThatThrownBy(() -> LocalCluster.size(Map.of("WARTA_ES_NODES", "abc"))).hasMessageContaining("WARTA_ES_NODES must be a number");
    }
}
