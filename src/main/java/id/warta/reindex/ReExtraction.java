package id.warta.reindex;

import id.warta.article.ArticleEntities;
import id.warta.article.TextCleaner;
import id.warta.extract.EntityExtractor;
import id.warta.ingest.ArticleIdentity;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * `reindex --re-extract`: cleans the stored title and body again and re-runs entity extraction on
 * them, so that a better cleaner or extractor reaches articles indexed before it. Everything else,
 * ingested_at included, is copied as it was.
 */
final class ReExtraction implements UnaryOperator<Map<String, Object>> {

    private final EntityExtractor extractor;

    ReExtraction(EntityExtractor extractor) {
        this.extractor = extractor;
    }

    @Override
    public Map<String, Object> apply(Map<String, Object> document) {
        Map<String, Object> copy = new LinkedHashMap<>(document);
        String title = TextCleaner.cleanTitle(String.valueOf(document.getOrDefault("title", "")));
        String body = TextCleaner.clean(String.valueOf(document.getOrDefault("body", "")));
        ArticleEntities entities = extractor.extract(title, body);
        copy.put("title", title);
        copy.put("body", body);
        copy.put("content_hash", ArticleIdentity.contentHash(body));
        copy.put("countries", entities.countryCodes());
        copy.put("persons", entities.personNames());
        copy.put("organizations", entities.organizations().stream().map(o -> o.name()).toList());
        return copy;
    }
}
