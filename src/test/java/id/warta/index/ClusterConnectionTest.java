package id.warta.index;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ClusterConnectionTest {

    @Test
    @DisplayName("WARTA_ES_URL may name several nodes of one cluster, comma-separated; trailing slashes and spaces are dropped")
    void severalNodes() {
        ClusterConnection connection = ClusterConnection.external(Map.of("WARTA_ES_URL",
                "https://es1.example:9200/, https://es2.example:9200")).orElseThrow();
        assertThat(connection.hosts()).containsExactly(URI.create("https://es1.example:9200"), URI.create("https://es2.example:9200"));
        assertThat(ClusterConnection.plain("http://127.0.0.1:9200").hosts()).containsExactly(URI.create("http://127.0.0.1:9200"));
    }

    @Test
    @DisplayName("no WARTA_ES_URL: the managed node")
    void none() {
        assertThat(ClusterConnection.external(Map.of())).isEmpty();
        assertThat(ClusterConnection.external(Map.of("WARTA_ES_URL", " "))).isEmpty();
    }
}
