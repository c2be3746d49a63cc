package id.warta.ingest;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch.core.search.Hit;
import id.warta.article.Article;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Decides for each article of a chunk whether it is new, already indexed as it is (same id, same
 * content), or a duplicate of another article (same content hash, other id: a syndicated copy). Looks
 * up the index once per chunk, and remembers recent writes that a search cannot see before refresh.
 * <p>
 * Two records of one run with the same id and other content (an article updated under its URL) are one
 * article: the later version is written and the earlier one is accounted as replaced, so that every
 * record has exactly one outcome. A run restarted in between no longer knows what its first part wrote,
 * and counts such a later version as new.
 */
final class DuplicateRegistry {

    enum Verdict { NEW, UNCHANGED, DUPLICATE, REPLACED }

    /**
     * What to do with one article. {@code duplicateOf}: the id it duplicates; {@code replacedBy}: for
     * {@link Verdict#REPLACED}, the later article of the same chunk to be written instead; {@code replaces}:
     * the earlier version of it that an earlier chunk of this run wrote (carried along a chain of versions
     * within the chunk, so that whichever version is finally written accounts for it).
     */
    record Decision(Article article, Verdict verdict, String duplicateOf, Article replacedBy, Written replaces) {

        static Decision of(Article article, Verdict verdict) {
            return new Decision(article, verdict, null, null, null);
        }

        /** For a replaced article whose replacement Elasticsearch refused: write this version after all. */
        Decision instead() {
            return new Decision(article, Verdict.NEW, null, null, replaces);
        }
    }

    /** An article this run wrote: its content hash, where its record was, whether it had a date. */
    record Written(String contentHash, String location, boolean dated) {
    }

    private static final int RECENT_LIMIT = 200_000;

    private final ElasticsearchClient client;
    private final String index;
    private final java.time.Instant runStarted;
    private final Map<String, String> recent = bounded();
    private final Map<String, Written> written = bounded();

    /**
     * @param runStarted when this run of the job first started: an article found indexed as it is, but ingested
     *                   since, was written by this run before it was killed (its last, uncommitted chunk), and is
     *                   counted as indexed again rather than as unchanged
     */
    DuplicateRegistry(ElasticsearchClient client, String index, java.time.Instant runStarted) {
        this.client = client;
        this.index = index;
        this.runStarted = runStarted;
    }

    private static <V> Map<String, V> bounded() {
        return new LinkedHashMap<>(1024, 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
                return size() > RECENT_LIMIT;
            }
        };
    }

    /**
     * Decisions in the chunk's order. Call {@link #remember} for what was then written. A record that brings
     * back a version already indexed, or repeats the chunk's latest version of it, is unchanged; one that brings
     * back an indexed version after another version earlier in the chunk is the latest version again, to be written. A {@link Verdict#REPLACED}
     * article is only replaced once its replacement is written: if Elasticsearch refuses the replacement,
     * write the replaced version instead ({@link Decision#instead()}).
     */
    List<Decision> classify(List<Article> articles) {
        Map<String, Indexed> indexed = indexed(articles);
        Map<String, String> inChunk = new HashMap<>();
        Map<String, Integer> newInChunk = new HashMap<>();
        List<Decision> decisions = new ArrayList<>(articles.size());
        for (Article article : articles) {
            String hash = article.contentHash();
            Indexed version = inChunk.containsKey(hash) || recent.containsKey(hash) ? null : indexed.get(hash);
            String first = inChunk.containsKey(hash) ? inChunk.get(hash) : recent.containsKey(hash) ? recent.get(hash)
                    : version == null ? null : version.id();
            boolean sameArticle = first != null && first.equals(article.id());
            if (sameArticle && version != null
                    && (!version.metadata().equals(metadata(ArticleDocument.of(article))) || version.ingestedSince(runStarted))) {
                // the same text under its URL with another title, date, source, category or author (a job file's
                // mapping or time zone mended): written again, as a new version; or what this run itself wrote
                // before it was killed, in a chunk it never committed: written again, and counted once, as indexed
                sameArticle = false;
                first = null;
            }
            Integer latest = newInChunk.get(article.id());
            if (sameArticle && (latest == null || decisions.get(latest).article().contentHash().equals(hash))) {
                decisions.add(Decision.of(article, Verdict.UNCHANGED));
                continue;
            }
            if (first != null && !sameArticle) {
                decisions.add(new Decision(article, Verdict.DUPLICATE, first, null, null));
                continue;
            }
            inChunk.put(hash, article.id());
            Integer earlier = newInChunk.put(article.id(), decisions.size());
            Written before = written.get(article.id());
            if (earlier != null) {
                Decision replaced = decisions.get(earlier);
                inChunk.remove(replaced.article().contentHash());
                decisions.set(earlier, new Decision(replaced.article(), Verdict.REPLACED, null, article, replaced.replaces()));
                before = replaced.replaces();
            }
            decisions.add(new Decision(article, Verdict.NEW, null, null, before));
        }
        return decisions;
    }

    /** Records a written article and where its record was. */
    void remember(Article article, String location) {
        Written before = written.put(article.id(), new Written(article.contentHash(), location, article.publishedAt() != null));
        if (before != null && !before.contentHash().equals(article.contentHash())) {
            recent.remove(before.contentHash(), article.id());
        }
        recent.put(article.contentHash(), article.id());
    }

    /** What an article's record says besides its text (which the content hash stands for), as its document holds it. */
    private static final List<String> METADATA = List.of("url", "source", "title", "published_at", "language", "categories", "authors");

    /** An indexed article: its id, its metadata and when it was ingested. */
    private record Indexed(String id, Map<String, Object> metadata, String ingestedAt) {

        boolean ingestedSince(java.time.Instant instant) {
            try {
                return instant != null && ingestedAt != null && !java.time.Instant.parse(ingestedAt).isBefore(instant);
            } catch (java.time.format.DateTimeParseException e) {
                return false;
            }
        }
    }

    /** The metadata fields of a document; an empty list counts as absent, as the index holds no value for it. */
    private static Map<String, Object> metadata(Map<?, ?> document) {
        Map<String, Object> metadata = new HashMap<>();
        for (String field : METADATA) {
            Object value = document.get(field);
            if (value != null && !(value instanceof List<?> list && list.isEmpty())) {
                metadata.put(field, value);
            }
        }
        return metadata;
    }

    /** content hash -> the article indexed with it, for the chunk's hashes. */
    private Map<String, Indexed> indexed(List<Article> articles) {
        List<FieldValue> hashes = articles.stream().map(Article::contentHash).distinct()
                .filter(h -> !recent.containsKey(h)).map(FieldValue::of).toList();
        if (hashes.isEmpty()) {
            return Map.of();
        }
        try {
            var response = client.search(s -> s.index(index).size(hashes.size() * 2)
                    .query(q -> q.terms(t -> t.field("content_hash").terms(v -> v.value(hashes))))
                    .source(src -> src.filter(f -> f.includes("id", "content_hash", "ingested_at").includes(METADATA)))
                    .sort(o -> o.field(f -> f.field("ingested_at"))), Map.class);
            Map<String, Indexed> found = new HashMap<>();
            for (Hit<Map> hit : response.hits().hits()) {
                Map<?, ?> source = hit.source();
                if (source != null) {
                    found.putIfAbsent(String.valueOf(source.get("content_hash")), new Indexed(String.valueOf(source.get("id")), metadata(source),
                            source.get("ingested_at") == null ? null : source.get("ingested_at").toString()));
                }
            }
            return found;
        } catch (IOException | RuntimeException e) {
            throw new id.warta.WartaException("Elasticsearch did not answer the duplicate check on " + index + " ("
                    + e.getMessage() + ")", e);
        }
    }
}
