package id.warta.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.aggregations.FiltersBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import id.warta.index.IndexNames;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@link DocumentFrequencies} asked of the archive: one count request for the names it has not seen (a filters
 * aggregation, a bucket per name), then kept for {@link #KEEP}, since an archive's frequencies move slowly. A search
 * for a country pays for it once in that time. Within that time a name's count and the archive's size stay as first
 * read; the pages of one search score alike also across a renewal, since its cursor carries the weights of its first
 * page ({@link SearchFrequencies}). When counting fails, the search runs with the names unweighed.
 */
final class ArchiveDocumentFrequencies implements DocumentFrequencies {

    static final Duration KEEP = Duration.ofMinutes(10);
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ArchiveDocumentFrequencies.class);
    private static final String NAMES = "names";

    private final ElasticsearchClient client;
    private final IndexNames names;
    private final Clock clock;
    private volatile Counts counts;

    ArchiveDocumentFrequencies(ElasticsearchClient client, IndexNames names, Clock clock) {
        this.client = client;
        this.names = names;
        this.clock = clock;
    }

    /** The archive's size and the articles each name matches, as counted since {@code since}. */
    private record Counts(Instant since, long articles, Map<String, Long> byKey) {
    }

    @Override
    public Optional<double[]> idf(List<String> keys, List<Query> queries) {
        Counts current = counts;
        if (current == null || clock.instant().isAfter(current.since().plus(KEEP))) {
            current = new Counts(clock.instant(), -1, new ConcurrentHashMap<>());
        }
        Map<String, Query> missing = new LinkedHashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            if (!current.byKey().containsKey(keys.get(i))) {
                missing.put(keys.get(i), queries.get(i));
            }
        }
        if (!missing.isEmpty() || current.articles() < 0) {
            try {
                current = counted(current, missing);
            } catch (RuntimeException e) {
                LOG.warn("country names unweighed in this search: counting them failed ({})", e.getMessage());
                return Optional.empty();
            }
        }
        counts = current;
        double[] idf = new double[keys.size()];
        for (int i = 0; i < idf.length; i++) {
            idf[i] = idf(current.articles(), current.byKey().get(keys.get(i)));
        }
        return Optional.of(idf);
    }

    private Counts counted(Counts current, Map<String, Query> missing) {
        Map<String, Query> byIndex = new LinkedHashMap<>();
        List<String> keys = List.copyOf(missing.keySet());
        for (int i = 0; i < keys.size(); i++) {
            byIndex.put(String.valueOf(i), missing.get(keys.get(i)));
        }
        SearchResponse<Void> response = ElasticsearchCalls.run("name frequencies", () -> client.search(s -> {
            s.index(names.readAlias()).size(0).trackTotalHits(t -> t.enabled(true));
            if (!byIndex.isEmpty()) {
                s.aggregations(NAMES, a -> a.filters(f -> f.filters(b -> b.keyed(byIndex))));
            }
            return s;
        }, Void.class));
        if (!byIndex.isEmpty()) {
            Map<String, FiltersBucket> buckets = response.aggregations().get(NAMES).filters().buckets().keyed();
            for (int i = 0; i < keys.size(); i++) {
                current.byKey().put(keys.get(i), buckets.get(String.valueOf(i)).docCount());
            }
        }
        // the archive's size as first read in this period: a name counted later must not move the others' weights, or a
        // cursor's next page would score its hits otherwise than the page before
        long articles = current.articles() >= 0 ? current.articles()
                : response.hits().total() == null ? 0 : response.hits().total().value();
        return new Counts(current.since(), articles, current.byKey());
    }

    /**
     * BM25's inverse document frequency, as Lucene computes it; above zero also for a name counted in more articles than
     * the archive's size as first read in the period (it grew meanwhile), as a weight must be.
     */
    static double idf(long articles, long matching) {
        return Math.log(1 + (Math.max(articles, matching) - matching + 0.5) / (matching + 0.5));
    }
}
