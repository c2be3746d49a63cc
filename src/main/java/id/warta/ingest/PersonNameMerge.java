package id.warta.ingest;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.aggregations.CompositeAggregate;
import co.elastic.clients.elasticsearch._types.aggregations.CompositeAggregationSource;
import co.elastic.clients.elasticsearch._types.aggregations.CompositeBucket;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import id.warta.WartaException;
import id.warta.extract.PersonAliases;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Stores a person that some articles name by surname alone under the full name the archive uses for
 * them: "Trump" becomes "Donald Trump", "Sumadi" "Budi Karya Sumadi". Within one article the extractor
 * already resolves a surname to the full name used there; this is the same across articles, so that the
 * person facet counts one person once. Run after an ingest over the whole index.
 * <p>
 * A one-word name is merged only into a full name that ends with it, that at least {@value #MIN_FULL_NAME_ARTICLES}
 * articles use, and that holds at least 90% of the articles of all full names beginning or ending with
 * that word: "Harry" stays, since "Harry Kane" and "Harry Maguire" begin with it. First names are never
 * merged ("Demi" is also a word, "Budi" a hundred people), nor other names of a person that the alias
 * list already resolves.
 */
final class PersonNameMerge {

    static final int MIN_FULL_NAME_ARTICLES = 10;
    private static final double MIN_SHARE = 0.9;
    private static final int PAGE = 10_000;
    private static final int UPDATE_BATCH = 1_000;
    /** Names per terms query, well under Elasticsearch's index.max_terms_count (65,536). */
    private static final int NAMES_PER_QUERY = 10_000;

    /** What a run changed: one-word names merged, and the articles that named a person so. */
    record Result(int names, long articles) {
    }

    private final ElasticsearchClient client;
    private final String index;

    PersonNameMerge(ElasticsearchClient client, String index) {
        this.client = client;
        this.index = index;
    }

    Result run() {
        try {
            client.indices().refresh(r -> r.index(index));
            Map<String, String> merges = personCounts().merges();
            long articles = 0;
            List<String> merged = List.copyOf(merges.keySet());
            for (int from = 0; from < merged.size(); from += NAMES_PER_QUERY) {
                articles += update(merged.subList(from, Math.min(merged.size(), from + NAMES_PER_QUERY)), merges);
            }
            if (articles > 0) {
                client.indices().refresh(r -> r.index(index));
            }
            return new Result(merges.size(), articles);
        } catch (IOException | RuntimeException e) {
            throw new WartaException("merging persons' surnames into their full names on " + index + " failed ("
                    + e.getMessage() + "); run the same command again to finish it", e);
        }
    }

    /** one-word name -> the full name to store it under, from the number of articles per person name. */
    static Map<String, String> merges(Map<String, Long> counts) {
        NameCounts names = new NameCounts();
        counts.forEach(names::add);
        return names.merges();
    }

    /**
     * The person names of an archive as far as the merge needs them, read one name at a time: the one-word
     * names, and per first or last word of the longer names the articles of all of them and the most used one.
     * About 100 bytes a one-word name or distinct end word, so that a few million names fit an ingest's heap.
     */
    static final class NameCounts {

        /** The full names beginning or ending with one word: their articles in all, and the most used. */
        private static final class EndWord {
            long all;
            String top;
            long topArticles;

            void add(String name, long articles) {
                all += articles;
                if (top == null || articles > topArticles || articles == topArticles && name.compareTo(top) < 0) {
                    top = name;
                    topArticles = articles;
                }
            }
        }

        private final Map<String, EndWord> endWords = new HashMap<>();
        private final List<String> oneWord = new ArrayList<>();

        void add(String name, long articles) {
            int firstSpace = name.indexOf(' ');
            if (firstSpace < 0) {
                oneWord.add(name);
                return;
            }
            String first = key(name.substring(0, firstSpace));
            String last = key(name.substring(name.lastIndexOf(' ') + 1));
            endWords.computeIfAbsent(first, k -> new EndWord()).add(name, articles);
            if (!last.equals(first)) {
                endWords.computeIfAbsent(last, k -> new EndWord()).add(name, articles);
            }
        }

        Map<String, String> merges() {
            PersonAliases aliases = PersonAliases.standard();
            Map<String, String> merges = new TreeMap<>();
            for (String name : oneWord) {
                EndWord fullNames = endWords.get(key(name));
                if (fullNames != null && aliases.canonical(name).equals(name) && endsWith(fullNames.top, name)
                        && fullNames.topArticles >= MIN_FULL_NAME_ARTICLES && fullNames.topArticles >= MIN_SHARE * fullNames.all) {
                    merges.put(name, fullNames.top);
                }
            }
            return merges;
        }
    }

    private static boolean endsWith(String fullName, String word) {
        return key(fullName.substring(fullName.lastIndexOf(' ') + 1)).equals(key(word));
    }

    private static String key(String word) {
        return word.toLowerCase(Locale.ROOT);
    }

    /** Articles per person name over the whole index, page by page. */
    private NameCounts personCounts() throws IOException {
        NameCounts counts = new NameCounts();
        Map<String, FieldValue> after = null;
        while (true) {
            Map<String, FieldValue> from = after;
            var response = client.search(s -> s.index(index).size(0)
                    .aggregations("persons", a -> a.composite(c -> {
                        c.size(PAGE).sources(co.elastic.clients.util.NamedValue.of("name",
                                CompositeAggregationSource.of(cs -> cs.terms(t -> t.field("persons")))));
                        return from == null ? c : c.after(from);
                    })), Void.class);
            CompositeAggregate page = response.aggregations().get("persons").composite();
            for (CompositeBucket bucket : page.buckets().array()) {
                counts.add(bucket.key().get("name").stringValue(), bucket.docCount());
            }
            if (page.buckets().array().size() < PAGE || page.afterKey() == null || page.afterKey().isEmpty()) {
                return counts;
            }
            after = page.afterKey();
        }
    }

    /**
     * Rewrites the persons of every article that names one of the merged names, in pages ordered by id
     * (the minimal Elasticsearch distribution Warta runs has no update-by-query): an article rewritten drops out of the query behind the page read.
     */
    private long update(List<String> merged, Map<String, String> merges) throws IOException {
        List<FieldValue> names = merged.stream().map(FieldValue::of).toList();
        long updated = 0;
        List<FieldValue> after = null;
        while (true) {
            List<FieldValue> from = after;
            var page = client.search(s -> {
                s.index(index).size(UPDATE_BATCH).source(src -> src.filter(f -> f.includes("persons")))
                        .query(q -> q.terms(t -> t.field("persons").terms(v -> v.value(names))))
                        .sort(o -> o.field(f -> f.field("id")));
                return from == null ? s : s.searchAfter(from);
            }, Map.class).hits().hits();
            if (page.isEmpty()) {
                return updated;
            }
            BulkRequest.Builder bulk = new BulkRequest.Builder().index(index);
            for (var hit : page) {
                List<String> persons = merged(hit.source() == null ? List.of() : (List<?>) hit.source().get("persons"), merges);
                bulk.operations(op -> op.update(u -> u.id(hit.id()).action(a -> a.doc(Map.of("persons", persons)))));
            }
            BulkResponse response = client.bulk(bulk.build());
            if (response.errors()) {
                var failed = response.items().stream().filter(i -> i.error() != null).findFirst().orElseThrow();
                throw new WartaException("Elasticsearch refused to update the persons of article " + failed.id() + ": "
                        + failed.error().reason());
            }
            updated += page.size();
            after = page.getLast().sort();
        }
    }

    /** The names with each merged one replaced by its full name, each name once, in their order. */
    static List<String> merged(List<?> persons, Map<String, String> merges) {
        LinkedHashSet<String> out = new LinkedHashSet<>();
        for (Object person : persons) {
            String name = String.valueOf(person);
            out.add(merges.getOrDefault(name, name));
        }
        return List.copyOf(out);
    }
}
