package id.warta.node;

import id.warta.WartaException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Settings from the environment: a wrong value is a message naming the variable and what it allows. */
class NodeSettingsTest {

    @Test
    @DisplayName("WARTA_ES_PORT that is not a port is refused by name, with the allowed range")
    void badPortVariable() {
        for (String value : new String[] {"93x0", "80", "70000", ""}) {
            if (value.isEmpty()) {
                assertThat(NodeSettings.fromEnvironment(Map.of("WARTA_ES_PORT", " ")).httpPort())
                        .as("a blank variable is unset").isEqualTo(NodeSettings.DEFAULT_HTTP_PORT);
                continue;
            }
            assertThatThrownBy(() -> NodeSettings.fromEnvironment(Map.of("WARTA_ES_PORT", value)))
                    .isInstanceOf(WartaException.class)
                    .hasMessageContainingAll("WARTA_ES_PORT", "1024", "65435", "'" + value + "'");
        }
        assertThat(NodeSettings.fromEnvironment(Map.of("WARTA_ES_PORT", "9390")).httpPort()).isEqualTo(9390);
    }

    @Test
    @DisplayName("WARTA_ES_HEAP that is not a heap size is refused by name, with an example")
    void badHeapVariable() {
        for (String value : new String[] {"lots", "2", "0m", "99999999999999999999g"}) {
            assertThatThrownBy(() -> NodeSettings.fromEnvironment(Map.of("WARTA_ES_HEAP", value)))
                    .isInstanceOf(WartaException.class)
                    .hasMessageContainingAll("WARTA_ES_HEAP", "512m", "'" + value + "'");
        }
        assertThat(NodeSettings.fromEnvironment(Map.of("WARTA_ES_HEAP", "2G")).heap()).isEqualTo("2G");
    }

    @Test
    @DisplayName("a blank WARTA_ES_HEAP asks for no heap, so node start does not hold a running node to it")
    void blankHeapIsNoneAskedFor() {
        assertThat(NodeSettings.heapAskedIn(Map.of("WARTA_ES_HEAP", " "))).isFalse();
        assertThat(NodeSettings.heapAskedIn(Map.of())).isFalse();
        assertThat(NodeSettings.heapAskedIn(Map.of("WARTA_ES_HEAP", "2g"))).isTrue();
    }
}
