package id.warta.ingest;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch.core.search.Hit;
import id.warta.article.Article;

import java.io.IOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Decides for each article of a chunk whether it is new, already indexed as it is (same id, same
 * content), or a duplicate of another article (same content hash, other id: a syndicated copy). Looks
 * up the index once per chunk, and remembers recent writes that a search cannot see before refresh.
 */
final class DuplicateRegistry {

    enum Verdict { NEW, UNCHANGED, DUPLICATE }

    record Decision(Article article, Verdict verdict, String duplicateOf) {
    }

    private static final int RECENT_LIMIT = 200_000;

    private final ElasticsearchClient client;
    private final String index;
    private final Map<String, String> recent = new LinkedHashMap<>(1024, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > RECENT_LIMIT;
        }
    };

    DuplicateRegistry(ElasticsearchClient client, String index) {
        this.client = client;
        this.index = index;
    }

    /** Decisions in the chunk's order. Call {@link #remember} for what was then written. */
    List<Decision> classify(List<Article> articles) {
        Map<String, String> known = indexed(articles);
        Map<String, String> inChunk = new HashMap<>();
        return articles.stream().map(article -> {
            String hash = article.contentHash();
            String first = inChunk.containsKey(hash) ? inChunk.get(hash) : recent.getOrDefault(hash, known.get(hash));
            if (first == null) {
                inChunk.put(hash, article.id());
                return new Decision(article, Verdict.NEW, null);
            }
            if (first.equals(article.id())) {
                return new Decision(article, Verdict.UNCHANGED, null);
            }
            return new Decision(article, Verdict.DUPLICATE, first);
        }).toList();
    }

    void remember(Article article) {
        recent.put(article.contentHash(), article.id());
    }

    /** content hash -> id of the article indexed with it, for the chunk's hashes. */
    private Map<String, String> indexed(List<Article> articles) {
        List<FieldValue> hashes = articles.stream().map(Article::contentHash).distinct()
                .filter(h -> !recent.containsKey(h)).map(FieldValue::of).toList();
        if (hashes.isEmpty()) {
            return Map.of();
        }
        try {
            var response = client.search(s -> s.index(index).size(hashes.size() * 2)
                    .query(q -> q.terms(t -> t.field("content_hash").terms(v -> v.value(hashes))))
                    .source(src -> src.filter(f -> f.includes("id", "content_hash")))
                    .sort(o -> o.field(f -> f.field("ingested_at"))), Map.class);
            Map<String, String> found = new HashMap<>();
            for (Hit<Map> hit : response.hits().hits()) {
                Map<?, ?> source = hit.source();
                if (source != null) {
                    found.putIfAbsent(String.valueOf(source.get("content_hash")), String.valueOf(source.get("id")));
                }
            }
            return found;
        } catch (IOException | RuntimeException e) {
            throw new id.warta.WartaException("Elasticsearch did not answer the duplicate check on " + index + " ("
                    + e.getMessage() + ")", e);
        }
    }
}
