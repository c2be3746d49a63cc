package id.warta.search.analysis;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import id.warta.index.IndexNames;
import id.warta.search.ElasticsearchCalls;

import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Stems back to the words people wrote, with nothing but core Elasticsearch: the bodies of the matching
 * articles that use the stems most are run through the body field's own analyzer ({@link BodyAnalyzer}),
 * and each token's offsets point at the word it came from. The most frequent form of each stem wins (ties: the
 * shorter, then alphabetical), in its most frequent casing.
 */
final class SurfaceForms {

    /** Articles read, and the characters of their text analysed (well under _analyze's 10,000 tokens). */
    static final int ARTICLES = 50;
    static final int MAX_CHARACTERS = 40_000;
    private static final String SEPARATOR = "\n\n";

    private final ElasticsearchClient client;
    private final IndexNames names;
    private final BodyAnalyzer analyzer;

    SurfaceForms(ElasticsearchClient client, IndexNames names, BodyAnalyzer analyzer) {
        this.client = client;
        this.names = names;
        this.analyzer = analyzer;
    }

    /** For each stem found, its forms as most often written, most frequent first. */
    Map<String, List<String>> of(Query resultSet, List<String> stems) {
        if (stems.isEmpty()) {
            return Map.of();
        }
        String text = text(bodies(resultSet, stems));
        Set<String> wanted = new HashSet<>(stems);
        Map<String, Map<String, Integer>> counts = new HashMap<>();
        Map<String, Map<String, Integer>> writings = new HashMap<>();
        for (BodyAnalyzer.Token token : analyzer.tokens(text)) {
            if (wanted.contains(token.stem())) {
                String written = text.substring(token.start(), token.end());
                String form = written.toLowerCase(Locale.ROOT);
                counts.computeIfAbsent(token.stem(), k -> new HashMap<>()).merge(form, 1, Integer::sum);
                writings.computeIfAbsent(form, k -> new HashMap<>()).merge(written, 1, Integer::sum);
            }
        }
        Map<String, List<String>> forms = new HashMap<>();
        counts.forEach((stem, byForm) -> forms.put(stem, byForm.keySet().stream()
                .sorted(Comparator.comparing((String f) -> -byForm.get(f)).thenComparingInt(String::length)
                        .thenComparing(Comparator.naturalOrder()))
                .map(form -> casing(form, writings.get(form)))
                .toList()));
        return forms;
    }

    /**
     * A form as it is most often written ("KPK", "NATO", "Biden", but "pertahanan" though a sentence may begin with
     * "Pertahanan"); on a tie, in lower case if it is ever so written, else the first in order.
     */
    private static String casing(String form, Map<String, Integer> written) {
        return written.entrySet().stream().max(Comparator.comparingInt((Map.Entry<String, Integer> e) -> e.getValue())
                        .thenComparing(e -> e.getKey().equals(form))
                        .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .map(Map.Entry::getKey).orElse(form);
    }

    /** Bodies of matching articles, those using the most of the stems first. */
    private List<String> bodies(Query resultSet, List<String> stems) {
        List<Query> uses = stems.stream()
                .map(stem -> Query.of(q -> q.term(t -> t.field("body").value(FieldValue.of(stem))))).toList();
        SearchResponse<Body> response = ElasticsearchCalls.run("surface forms", () -> client.search(s -> s
                .index(names.readAlias()).size(ARTICLES).trackTotalHits(t -> t.enabled(false))
                .query(q -> q.bool(b -> b.filter(resultSet).should(uses).minimumShouldMatch("1")))
                .source(src -> src.filter(f -> f.includes("body"))), Body.class));
        return response.hits().hits().stream().map(Hit::source)
                .filter(b -> b != null && b.body() != null).map(Body::body).toList();
    }

    /** The bodies in one text, cut at a space before {@value #MAX_CHARACTERS} characters. */
    private static String text(List<String> bodies) {
        StringBuilder text = new StringBuilder();
        for (String body : bodies) {
            if (text.length() + SEPARATOR.length() + body.length() > MAX_CHARACTERS) {
                int room = MAX_CHARACTERS - text.length() - SEPARATOR.length();
                int cut = room <= 0 ? -1 : body.lastIndexOf(' ', room);
                if (cut > 0) {
                    text.append(text.isEmpty() ? "" : SEPARATOR).append(body, 0, cut);
                }
                break;
            }
            text.append(text.isEmpty() ? "" : SEPARATOR).append(body);
        }
        return text.toString();
    }

    /** The part of an article's _source this reads. */
    record Body(String body) {
    }
}
