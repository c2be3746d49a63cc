package id.warta.ingest.html;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The article a page describes in its JSON-LD (schema.org NewsArticle, Article, ReportageNewsArticle,
 * BlogPosting, ...), also inside an {@code @graph} with authors given by reference. Publishers that are
 * named as the author (an Organization) are no author. JSON with trailing commas or raw line breaks in
 * strings, which sites often publish, is read anyway; JSON that cannot be read is ignored.
 */
record JsonLdArticle(String headline, String datePublished, List<String> authors, String url) {

    private static final Set<String> ARTICLE_TYPES = Set.of("NewsArticle", "Article", "ReportageNewsArticle",
            "AnalysisNewsArticle", "OpinionNewsArticle", "BackgroundNewsArticle", "ReviewNewsArticle", "BlogPosting",
            "Report", "LiveBlogPosting");
    private static final Set<String> ORGANIZATION_TYPES = Set.of("Organization", "NewsMediaOrganization", "Corporation");
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_TRAILING_COMMA, JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
            .build();

    static Optional<JsonLdArticle> in(Document page) {
        List<JsonNode> nodes = new ArrayList<>();
        for (Element script : page.select("script[type=application/ld+json]")) {
            try {
                collect(JSON.readTree(script.data()), nodes);
            } catch (JsonProcessingException e) {
                // a broken block says nothing; the page's other metadata still counts
            }
        }
        Map<String, JsonNode> byId = new HashMap<>();
        nodes.forEach(n -> byId.putIfAbsent(n.path("@id").asText(""), n));
        return nodes.stream().filter(n -> isOneOf(n, ARTICLE_TYPES)).findFirst().map(n -> new JsonLdArticle(
                text(n, "headline").or(() -> text(n, "name")).orElse(null),
                text(n, "datePublished").or(() -> text(n, "dateCreated")).orElse(null),
                authors(n.path("author"), byId),
                text(n, "url").or(() -> n.path("mainEntityOfPage").isObject() ? text(n.path("mainEntityOfPage"), "@id")
                        : text(n, "mainEntityOfPage")).orElse(null)));
    }

    private static void collect(JsonNode node, List<JsonNode> into) {
        if (node == null) {
            return;
        }
        if (node.isArray()) {
            node.forEach(n -> collect(n, into));
        } else if (node.isObject()) {
            into.add(node);
            collect(node.get("@graph"), into);
        }
    }

    private static List<String> authors(JsonNode author, Map<String, JsonNode> byId) {
        List<String> names = new ArrayList<>();
        List<JsonNode> entries = new ArrayList<>();
        if (author.isArray()) {
            author.forEach(entries::add);
        } else if (!author.isMissingNode() && !author.isNull()) {
            entries.add(author);
        }
        for (JsonNode entry : entries) {
            if (entry.isTextual()) {
                names.add(entry.asText());
                continue;
            }
            JsonNode person = !entry.has("name") && entry.has("@id") ? byId.getOrDefault(entry.path("@id").asText(), entry) : entry;
            if (!isOneOf(person, ORGANIZATION_TYPES)) {
                text(person, "name").ifPresent(names::add);
            }
        }
        return names.stream().map(String::strip).filter(n -> !n.isEmpty()).distinct().toList();
    }

    private static boolean isOneOf(JsonNode node, Set<String> types) {
        JsonNode type = node.path("@type");
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (types.contains(t.asText())) {
                    return true;
                }
            }
            return false;
        }
        return types.contains(type.asText());
    }

    private static Optional<String> text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isValueNode() && !value.asText().isBlank() ? Optional.of(value.asText().strip()) : Optional.empty();
    }
}
