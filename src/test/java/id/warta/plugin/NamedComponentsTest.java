package id.warta.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.AnalyzerFactory;
import org.elasticsearch.plugin.analysis.CharFilterFactory;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;
import org.elasticsearch.plugin.analysis.TokenizerFactory;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * src/plugin/named_components.json (what Elasticsearch reads to find the plugin's components) must
 * list exactly the {@link NamedComponent} classes compiled in id.warta.plugin, under the right
 * extensible interface and name.
 */
class NamedComponentsTest {

  private static final Path INDEX = Path.of("src/plugin/named_components.json");

  @Test
  @DisplayName("named_components.json should list exactly the @NamedComponent classes")
  void indexMatchesAnnotations() throws Exception {
    assertThat(declared()).isEqualTo(annotated()).isNotEmpty();
  }

  /** interface name -> (component name -> class name), from the JSON index. */
  private static Map<String, Map<String, String>> declared() throws IOException {
    JsonNode root = new ObjectMapper().readTree(INDEX.toFile());
    Map<String, Map<String, String>> declared = new HashMap<>();
    root.properties()
        .forEach(
            api -> {
              Map<String, String> components = new HashMap<>();
              api.getValue()
                  .properties()
                  .forEach(c -> components.put(c.getKey(), c.getValue().asText()));
              declared.put(api.getKey(), components);
            });
    return declared;
  }

  /** The same map, from the annotated classes in the compiled package. */
  private static Map<String, Map<String, String>> annotated()
      throws IOException, URISyntaxException, ClassNotFoundException {
    Class<?> anchor = IndonesianNewsStemFilterFactory.class;
    Path packageDir =
        Path.of(anchor.getResource(anchor.getSimpleName() + ".class").toURI()).getParent();
    Map<String, Map<String, String>> annotated = new HashMap<>();
    try (Stream<Path> files = Files.list(packageDir)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
        String simpleName = file.getFileName().toString().replace(".class", "");
        Class<?> type = Class.forName("id.warta.plugin." + simpleName);
        NamedComponent component = type.getAnnotation(NamedComponent.class);
        if (component != null) {
          annotated
              .computeIfAbsent(extensible(type), k -> new HashMap<>())
              .put(component.value(), type.getName());
        }
      }
    }
    return annotated;
  }

  private static String extensible(Class<?> type) {
    for (Class<?> api :
        new Class<?>[] {
          TokenFilterFactory.class,
          AnalyzerFactory.class,
          TokenizerFactory.class,
          CharFilterFactory.class
        }) {
      if (api.isAssignableFrom(type)) {
        return api.getName();
      }
    }
    throw new AssertionError(type + " is a @NamedComponent of no analysis interface");
  }
}
