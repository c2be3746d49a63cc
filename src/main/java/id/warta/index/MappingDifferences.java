package id.warta.index;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Field-by-field differences between two mappings' properties, in words a user can act on. */
final class MappingDifferences {

    private MappingDifferences() {
    }

    static String between(JsonNode live, JsonNode wanted) {
        Map<String, String> liveFields = flatten(live);
        Map<String, String> wantedFields = flatten(wanted);
        List<String> lines = new ArrayList<>();
        for (var field : wantedFields.entrySet()) {
            String now = liveFields.get(field.getKey());
            if (now == null) {
                lines.add("  + " + field.getKey() + " = " + field.getValue() + " (in index-mappings/, not in the live index)");
            } else if (!now.equals(field.getValue())) {
                lines.add("  ~ " + field.getKey() + ": live " + now + ", index-mappings/ " + field.getValue());
            }
        }
        for (var field : liveFields.entrySet()) {
            if (!wantedFields.containsKey(field.getKey())) {
                lines.add("  - " + field.getKey() + " = " + field.getValue() + " (in the live index only)");
            }
        }
        return String.join("\n", lines);
    }

    /** "title.fields.exact.analyzer" -> "indonesian_exact", for every leaf under properties. */
    private static Map<String, String> flatten(JsonNode properties) {
        Map<String, String> out = new TreeMap<>();
        flatten("", properties, out);
        return out;
    }

    private static void flatten(String prefix, JsonNode node, Map<String, String> out) {
        if (!node.isObject()) {
            out.put(prefix, node.asText());
            return;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            var entry = it.next();
            flatten(prefix.isEmpty() ? entry.getKey() : prefix + "." + entry.getKey(), entry.getValue(), out);
        }
    }
}
