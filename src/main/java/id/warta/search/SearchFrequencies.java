package id.warta.search;

import co.elastic.clients.elasticsearch._types.query_dsl.Query;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The weights of a country's names in one search, the same on every page: the first page reads them from the archive
 * ({@link ArchiveDocumentFrequencies}) and keeps what it read, and its cursor carries them on to the later pages.
 * The archive's counts are renewed every few minutes and move as articles are added; a page weighed with other counts
 * than the page before would score the same articles otherwise, and paging by score would then serve some of them
 * twice and others never. Each name is kept under a 32-bit hash of its key, to keep cursors short.
 */
final class SearchFrequencies implements DocumentFrequencies {

    private final DocumentFrequencies archive;
    private final Map<String, Double> byKey;

    private SearchFrequencies(DocumentFrequencies archive, Map<String, Double> byKey) {
        this.archive = archive;
        this.byKey = byKey;
    }

    /** A first page's: asks the archive, and keeps the answers. */
    static SearchFrequencies reading(DocumentFrequencies archive) {
        return new SearchFrequencies(archive, new HashMap<>());
    }

    /**
     * A later page's: the first page's weights. A name the first page did not weigh (its count failed) is unweighed
     * here too.
     */
    static SearchFrequencies kept(Map<String, Double> byKey) {
        return new SearchFrequencies(null, Map.copyOf(byKey));
    }

    @Override
    public Optional<double[]> idf(List<String> keys, List<Query> queries) {
        if (archive != null) {
            Optional<double[]> idf = archive.idf(keys, queries);
            idf.ifPresent(values -> {
                for (int i = 0; i < values.length; i++) {
                    byKey.put(shortKey(keys.get(i)), values[i]);
                }
            });
            return idf;
        }
        double[] idf = new double[keys.size()];
        for (int i = 0; i < idf.length; i++) {
            Double value = byKey.get(shortKey(keys.get(i)));
            if (value == null) {
                return Optional.empty();
            }
            idf[i] = value;
        }
        return Optional.of(idf);
    }

    /** What the pages of this search are weighed with, for its cursor. */
    Map<String, Double> weights() {
        return Map.copyOf(byKey);
    }

    private static String shortKey(String key) {
        return Integer.toHexString(key.hashCode());
    }
}
