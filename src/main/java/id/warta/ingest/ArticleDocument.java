package id.warta.ingest;

import id.warta.article.Article;

import java.util.LinkedHashMap;
import java.util.Map;

/** An article as the JSON document of index-mappings/articles.mappings.json. */
public final class ArticleDocument {

    private ArticleDocument() {
    }

    public static Map<String, Object> of(Article a) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("id", a.id());
        putIfPresent(doc, "url", a.url());
        doc.put("source", a.source());
        doc.put("title", a.title());
        doc.put("body", a.body());
        putIfPresent(doc, "published_at", a.publishedAt() == null ? null : a.publishedAt().toString());
        doc.put("ingested_at", a.ingestedAt().toString());
        doc.put("language", a.language());
        doc.put("countries", a.countries());
        doc.put("persons", a.persons());
        doc.put("organizations", a.organizations());
        doc.put("categories", a.categories());
        if (!a.authors().isEmpty()) {
            doc.put("authors", a.authors());
        }
        doc.put("content_hash", a.contentHash());
        return doc;
    }

    private static void putIfPresent(Map<String, Object> doc, String field, Object value) {
        if (value != null) {
            doc.put(field, value);
        }
    }
}
