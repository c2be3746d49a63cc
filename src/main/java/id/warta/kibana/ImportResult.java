package id.warta.kibana;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

/**
 * What Kibana answered to an import: each object created or overwritten, and each object it refused
 * with the reason (conflict, missing references, unsupported type, ...).
 */
public record ImportResult(boolean success, int successCount, List<Imported> imported, List<Failed> errors) {

    /** An object Kibana saved; {@code overwritten} when one with the same type and id existed. */
    public record Imported(String type, String id, String title, boolean overwritten) {
    }

    /** An object Kibana did not save, with the error type and what it says. */
    public record Failed(String type, String id, String title, String reason) {
    }

    static ImportResult parse(JsonNode response) {
        List<Imported> imported = new ArrayList<>();
        for (JsonNode r : response.path("successResults")) {
            imported.add(new Imported(r.path("type").asText(), r.path("id").asText(), title(r), r.path("overwrite").asBoolean(false)));
        }
        List<Failed> errors = new ArrayList<>();
        for (JsonNode e : response.path("errors")) {
            errors.add(new Failed(e.path("type").asText(), e.path("id").asText(), title(e), reason(e.path("error"))));
        }
        return new ImportResult(response.path("success").asBoolean(false), response.path("successCount").asInt(imported.size()),
                List.copyOf(imported), List.copyOf(errors));
    }

    private static String title(JsonNode object) {
        String title = object.path("meta").path("title").asText("");
        return title.isEmpty() ? object.path("title").asText("") : title;
    }

    private static String reason(JsonNode error) {
        String type = error.path("type").asText("unknown");
        StringBuilder reason = new StringBuilder(type);
        if (error.hasNonNull("message")) {
            reason.append(": ").append(error.get("message").asText());
        }
        List<String> missing = new ArrayList<>();
        for (JsonNode ref : error.path("references")) {
            missing.add(ref.path("type").asText() + "/" + ref.path("id").asText());
        }
        if (!missing.isEmpty()) {
            reason.append(" (").append(String.join(", ", missing)).append(")");
        }
        return reason.toString();
    }

    public long created() {
        return imported.stream().filter(i -> !i.overwritten()).count();
    }

    public long overwritten() {
        return imported.stream().filter(Imported::overwritten).count();
    }

    /** Kibana saved everything it was given. */
    public boolean complete() {
        return success && errors.isEmpty();
    }

    /** One line per object, then the totals. */
    public String render() {
        StringBuilder out = new StringBuilder();
        for (Imported i : imported) {
            out.append(String.format("  %-12s %-14s %-28s %s%n", i.overwritten() ? "overwritten" : "created", i.type(), i.id(), i.title()));
        }
        for (Failed f : errors) {
            out.append(String.format("  %-12s %-14s %-28s %s: %s%n", "error", f.type(), f.id(), f.title(), f.reason()));
        }
        out.append(String.format("%d created, %d overwritten, %d errors.%n", created(), overwritten(), errors.size()));
        return out.toString();
    }
}
