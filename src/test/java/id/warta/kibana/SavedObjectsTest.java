package id.warta.kibana;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #7: Kibana's saved objects in index-mappings/kibana/ parse, hang together, and use only fields of
 * index-mappings/articles.mappings.json, each with a type that supports its use.
 */
class SavedObjectsTest {

    static final Path NDJSON = Path.of("index-mappings/kibana/warta.ndjson");
    static final Path MAPPINGS = Path.of("index-mappings/articles.mappings.json");
    /** Field types Elasticsearch aggregates and sorts on (doc values); text is for full-text search only. */
    static final Set<String> AGGREGATABLE = Set.of("keyword", "constant_keyword", "date", "date_nanos", "long", "integer",
            "short", "byte", "double", "float", "half_float", "scaled_float", "unsigned_long", "boolean", "ip");
    static final Set<String> BUCKET_OR_METRIC_ON_FIELD = Set.of("terms", "date_histogram", "range", "unique_count",
            "max", "min", "sum", "average", "median", "percentile", "last_value", "standard_deviation");
    static final ObjectMapper JSON = new ObjectMapper();

    static List<JsonNode> objects;
    static Map<String, JsonNode> byTypeAndId;
    static Map<String, String> fieldTypes;

    @BeforeAll
    static void load() throws IOException {
        objects = new ArrayList<>();
        byTypeAndId = new LinkedHashMap<>();
        int lineNumber = 0;
        for (String line : Files.readAllLines(NDJSON, StandardCharsets.UTF_8)) {
            lineNumber++;
            assertThat(line).as("line %d is blank", lineNumber).isNotBlank();
            JsonNode object = JSON.readTree(line);
            assertThat(object.isObject()).as("line %d", lineNumber).isTrue();
            objects.add(object);
            assertThat(byTypeAndId.put(key(object.path("type").asText(), object.path("id").asText()), object))
                    .as("duplicate object on line %d", lineNumber).isNull();
        }
        fieldTypes = new HashMap<>();
        flatten("", JSON.readTree(MAPPINGS.toFile()).path("properties"), fieldTypes);
    }

    private static void flatten(String prefix, JsonNode properties, Map<String, String> into) {
        for (Iterator<Map.Entry<String, JsonNode>> it = properties.fields(); it.hasNext(); ) {
            var field = it.next();
            String name = prefix + field.getKey();
            into.put(name, field.getValue().path("type").asText("object"));
            flatten(name + ".", field.getValue().path("properties"), into);
            flatten(name + ".", field.getValue().path("fields"), into);
        }
    }

    private static String key(String type, String id) {
        return type + "/" + id;
    }

    private static JsonNode parse(String embeddedJson) throws IOException {
        return JSON.readTree(embeddedJson);
    }

    private static List<JsonNode> ofType(String type) {
        return objects.stream().filter(o -> o.path("type").asText().equals(type)).toList();
    }

    private static JsonNode dataView() {
        return byTypeAndId.get(key("index-pattern", "warta-articles"));
    }

    private static void assertMapped(String field, String use) {
        assertThat(fieldTypes).as("%s uses field '%s', which index-mappings/articles.mappings.json lacks", use, field)
                .containsKey(field);
    }

    private static void assertAggregatable(String field, String use) {
        assertMapped(field, use);
        assertThat(fieldTypes.get(field)).as("%s aggregates or sorts on '%s' of type %s", use, field, fieldTypes.get(field))
                .isIn(AGGREGATABLE);
    }

    @Test
    @DisplayName("every line is a saved object of a type that Kibana 9 imports, with an id, attributes and the migration versions")
    void wellFormed() {
        assertThat(objects).isNotEmpty();
        for (JsonNode o : objects) {
            String what = o.path("type").asText() + "/" + o.path("id").asText();
            assertThat(o.path("type").asText()).as(what).isIn("index-pattern", "search", "lens", "visualization", "dashboard");
            assertThat(o.path("id").asText()).as(what).matches("warta-[a-z0-9-]+");
            assertThat(o.path("attributes").path("title").asText()).as(what).isNotBlank();
            assertThat(o.path("coreMigrationVersion").asText()).as(what).isEqualTo("8.8.0");
            assertThat(o.path("typeMigrationVersion").asText()).as(what).matches("\\d+\\.\\d+\\.\\d+");
            assertThat(o.path("references").isArray()).as(what).isTrue();
        }
        assertThat(objects.getFirst().path("type").asText()).as("the data view comes first").isEqualTo("index-pattern");
    }

    @Test
    @DisplayName("every reference points to an object in the file")
    void referencesResolve() {
        for (JsonNode o : objects) {
            for (JsonNode ref : o.path("references")) {
                assertThat(byTypeAndId).as("%s/%s references %s", o.path("type").asText(), o.path("id").asText(), ref)
                        .containsKey(key(ref.path("type").asText(), ref.path("id").asText()));
            }
        }
    }

    @Test
    @DisplayName("the data view reads the articles alias, keys time on published_at, and labels every mapped field")
    void dataView_() throws IOException {
        JsonNode attributes = dataView().path("attributes");
        assertThat(attributes.path("title").asText()).isEqualTo("articles");
        String timeField = attributes.path("timeFieldName").asText();
        assertThat(timeField).isEqualTo("published_at");
        assertThat(fieldTypes.get(timeField)).isEqualTo("date");

        JsonNode fieldAttrs = parse(attributes.path("fieldAttrs").asText());
        Set<String> labelled = new HashSet<>();
        fieldAttrs.fieldNames().forEachRemaining(f -> {
            assertMapped(f, "a field label");
            assertThat(fieldAttrs.path(f).path("customLabel").asText()).as("label of %s", f).isNotBlank();
            labelled.add(f);
        });
        assertThat(labelled).as("every mapped field has a readable label").containsAll(fieldTypes.keySet());
        parse(attributes.path("fieldFormatMap").asText()).fieldNames().forEachRemaining(f -> assertMapped(f, "a field format"));
        assertThat(parse(attributes.path("fields").asText()).isArray()).isTrue();
        assertThat(parse(attributes.path("runtimeFieldMap").asText()).isEmpty()).as("no runtime fields").isTrue();
    }

    @Test
    @DisplayName("saved searches: columns are mapped fields, sorting is on a sortable one, KQL names mapped fields")
    void savedSearches() throws IOException {
        List<JsonNode> searches = ofType("search");
        assertThat(searches).hasSizeGreaterThanOrEqualTo(2);
        for (JsonNode search : searches) {
            String what = "search " + search.path("id").asText();
            JsonNode attributes = search.path("attributes");
            assertThat(attributes.path("columns")).as(what).isNotEmpty();
            attributes.path("columns").forEach(c -> assertMapped(c.asText(), what + " column"));
            attributes.path("sort").forEach(s -> assertAggregatable(s.get(0).asText(), what + " sort"));
            JsonNode source = parse(attributes.path("kibanaSavedObjectMeta").path("searchSourceJSON").asText());
            source.path("sort").forEach(s -> s.fieldNames().forEachRemaining(f -> assertAggregatable(f, what + " sort")));
            assertThat(source.path("query").path("language").asText()).isEqualTo("kuery");
            kqlFields(source.path("query").path("query").asText()).forEach(f -> assertMapped(f, what + " query"));
            assertDataViewReference(search, source.path("indexRefName").asText());
        }
    }

    /** Field names in a KQL query: the words before a colon outside quoted values. */
    static List<String> kqlFields(String kql) {
        List<String> fields = new ArrayList<>();
        Matcher m = Pattern.compile("([A-Za-z_][\\w.]*)\\s*:").matcher(kql.replaceAll("\"[^\"]*\"", "\"\""));
        while (m.find()) {
            fields.add(m.group(1));
        }
        return fields;
    }

    @Test
    @DisplayName("Lens visualizations: every column's field is mapped, and aggregatable where it is bucketed or aggregated")
    void lensFields() {
        List<JsonNode> lenses = ofType("lens");
        assertThat(lenses).isNotEmpty();
        for (JsonNode lens : lenses) {
            String what = "lens " + lens.path("id").asText();
            JsonNode layers = lens.path("attributes").path("state").path("datasourceStates").path("formBased").path("layers");
            assertThat(layers.isEmpty()).as(what + " has layers").isFalse();
            layers.fields().forEachRemaining(layer -> {
                assertDataViewReference(lens, "indexpattern-datasource-layer-" + layer.getKey());
                JsonNode columns = layer.getValue().path("columns");
                layer.getValue().path("columnOrder").forEach(c -> assertThat(columns.has(c.asText())).as(what + " column " + c).isTrue());
                columns.fields().forEachRemaining(column -> {
                    JsonNode c = column.getValue();
                    String operation = c.path("operationType").asText();
                    String field = c.path("sourceField").asText();
                    if (operation.equals("count") && field.equals("___records___")) {
                        return;
                    }
                    String use = what + " " + operation + " of column " + column.getKey();
                    if (BUCKET_OR_METRIC_ON_FIELD.contains(operation) || c.path("isBucketed").asBoolean()) {
                        assertAggregatable(field, use);
                    } else {
                        assertMapped(field, use);
                    }
                    if (operation.equals("date_histogram")) {
                        assertThat(fieldTypes.get(field)).as(use).startsWith("date");
                    }
                });
            });
            JsonNode visualization = lens.path("attributes").path("state").path("visualization");
            Set<String> columnIds = new HashSet<>();
            layers.forEach(layer -> layer.path("columns").fieldNames().forEachRemaining(columnIds::add));
            accessors(visualization).forEach(a -> assertThat(columnIds).as(what + " accessor").contains(a));
        }
    }

    /** Column ids a Lens visualization state shows (x, y, value, metric accessors). */
    private static List<String> accessors(JsonNode visualization) {
        List<String> ids = new ArrayList<>();
        for (String name : List.of("xAccessor", "yAccessor", "valueAccessor", "metricAccessor")) {
            if (visualization.hasNonNull(name)) {
                ids.add(visualization.get(name).asText());
            }
        }
        for (JsonNode layer : visualization.path("layers")) {
            if (layer.hasNonNull("xAccessor")) {
                ids.add(layer.get("xAccessor").asText());
            }
            layer.path("accessors").forEach(a -> ids.add(a.asText()));
        }
        return ids;
    }

    @Test
    @DisplayName("classic visualizations aggregate only aggregatable fields; Discover links open saved searches of the file, in the dashboard's space")
    void classicVisualizations() throws IOException {
        int discoverLinks = 0;
        for (JsonNode vis : ofType("visualization")) {
            JsonNode state = parse(vis.path("attributes").path("visState").asText());
            for (JsonNode agg : state.path("aggs")) {
                if (agg.path("params").hasNonNull("field")) {
                    assertAggregatable(agg.path("params").path("field").asText(), "visualization " + vis.path("id").asText());
                }
            }
            String markdown = state.path("params").path("markdown").asText();
            // relative, so that they open Discover in the dashboard's own space (/s/ID/app/...) and under a base path
            assertThat(markdown).as("links of " + vis.path("id").asText()).doesNotContain("](/");
            Matcher links = Pattern.compile("\\]\\(discover#/view/([\\w-]+)\\)").matcher(markdown);
            while (links.find()) {
                assertThat(byTypeAndId).as("Discover link to " + links.group(1)).containsKey(key("search", links.group(1)));
                discoverLinks++;
            }
            kqlFields(state.path("params").path("markdown").asText().replaceAll("(?s).*`([^`]*)`.*", "$1"))
                    .forEach(f -> assertMapped(f, "the KQL example"));
        }
        assertThat(discoverLinks).as("one link to each saved search").isEqualTo(ofType("search").size());
    }

    @Test
    @DisplayName("the dashboard 'Warta — news archive' shows the time series, countries, persons, country × person, sources and a Discover link")
    void dashboard() throws IOException {
        JsonNode dashboard = byTypeAndId.get(key("dashboard", SavedObjectsImporter.DASHBOARD_ID));
        assertThat(dashboard).isNotNull();
        JsonNode attributes = dashboard.path("attributes");
        assertThat(attributes.path("title").asText()).isEqualTo("Warta — news archive");

        Map<String, JsonNode> refs = new HashMap<>();
        dashboard.path("references").forEach(r -> refs.put(r.path("name").asText(), r));
        List<JsonNode> shown = new ArrayList<>();
        Set<String> panelIds = new HashSet<>();
        for (JsonNode panel : parse(attributes.path("panelsJSON").asText())) {
            String index = panel.path("panelIndex").asText();
            assertThat(panelIds.add(index)).as("panel index %s is unique", index).isTrue();
            assertThat(panel.path("gridData").path("i").asText()).isEqualTo(index);
            int x = panel.path("gridData").path("x").asInt(), w = panel.path("gridData").path("w").asInt();
            assertThat(x + w).as("panel %s fits the 48-column grid", index).isLessThanOrEqualTo(48);
            JsonNode ref = refs.get(index + ":" + panel.path("panelRefName").asText());
            assertThat(ref).as("reference of panel %s", index).isNotNull();
            assertThat(ref.path("type").asText()).isEqualTo(panel.path("type").asText());
            shown.add(byTypeAndId.get(key(ref.path("type").asText(), ref.path("id").asText())));
        }

        List<String> lensCharts = new ArrayList<>();
        for (JsonNode o : shown) {
            if (o.path("type").asText().equals("lens")) {
                JsonNode state = o.path("attributes").path("state");
                List<String> fields = new ArrayList<>();
                state.path("datasourceStates").path("formBased").path("layers").forEach(l -> l.path("columnOrder")
                        .forEach(c -> fields.add(l.path("columns").path(c.asText()).path("sourceField").asText())));
                lensCharts.add(o.path("attributes").path("visualizationType").asText() + " " + String.join(",", fields));
            }
        }
        assertThat(lensCharts).contains(
                "lnsXY published_at,___records___",
                "lnsXY countries,___records___",
                "lnsXY persons,___records___",
                "lnsHeatmap countries,persons,___records___",
                "lnsXY source,___records___");
        assertThat(shown).anySatisfy(o -> assertThat(o.path("attributes").path("visState").asText()).contains("](discover#/view/"));
        assertThat(shown).anySatisfy(o -> assertThat(o.path("type").asText()).isEqualTo("search"));
        assertThat(attributes.path("timeRestore").asBoolean()).isTrue();
    }

    @Test
    @DisplayName("warta.jar carries the same NDJSON that the import command sends by default")
    void packaged() throws IOException {
        assertThat(SavedObjectsImporter.bundled()).isEqualTo(Files.readAllBytes(NDJSON));
    }

    private static void assertDataViewReference(JsonNode object, String referenceName) {
        assertThat(object.path("references")).as("%s references the data view as %s", object.path("id").asText(), referenceName)
                .anySatisfy(r -> {
                    assertThat(r.path("name").asText()).isEqualTo(referenceName);
                    assertThat(r.path("type").asText()).isEqualTo("index-pattern");
                    assertThat(r.path("id").asText()).isEqualTo(dataView().path("id").asText());
                });
    }
}
