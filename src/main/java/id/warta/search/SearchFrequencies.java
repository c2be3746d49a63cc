package id.warta.search;

import co.elastic.clients.elasticsearch._types.query_dsl.Query;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The weights of a country's names in one search, the same on every page: the first page reads them from the archive
 * ({@link ArchiveDocumentFrequencies}) and keeps what it read, and its cursor carries them on to the later pages.
 * The archive's counts are renewed every few minutes and move as articles are added; a page weighed with other counts
 * than the page before would score the same articles otherwise, and paging by score would then serve some of them
 * twice and others never.
 * <p>
 * A search asks for weights in the same order on every page (its query is built the same way), so they are kept as a
 * list in that order, each at float precision (the first page uses them so rounded too): a short cursor, and exactly
 * the same scores. An ask that the archive could not answer is kept as null: the later pages leave those names
 * unweighed as the first did.
 */
final class SearchFrequencies implements DocumentFrequencies {

    private final DocumentFrequencies archive;
    private final List<double[]> asked;
    private int next;

    private SearchFrequencies(DocumentFrequencies archive, List<double[]> asked) {
        this.archive = archive;
        this.asked = asked;
    }

    /** A first page's: asks the archive, and keeps the answers. */
    static SearchFrequencies reading(DocumentFrequencies archive) {
        return new SearchFrequencies(archive, new ArrayList<>());
    }

    /** A later page's: the first page's weights, in the order it asked for them. */
    static SearchFrequencies kept(List<double[]> weights) {
        return new SearchFrequencies(null, weights);
    }

    @Override
    public Optional<double[]> idf(List<String> keys, List<Query> queries) {
        if (archive != null) {
            double[] rounded = archive.idf(keys, queries).map(SearchFrequencies::rounded).orElse(null);
            asked.add(rounded);
            return Optional.ofNullable(rounded);
        }
        double[] kept = next < asked.size() ? asked.get(next) : null;
        next++;
        return kept == null || kept.length != keys.size() ? Optional.empty() : Optional.of(kept.clone());
    }

    /** What the pages of this search are weighed with, for its cursor: one entry per ask, null where unweighed. */
    List<double[]> weights() {
        return java.util.Collections.unmodifiableList(new ArrayList<>(asked));
    }

    /** Each value at float precision, as a cursor carries it. */
    static double[] rounded(double[] values) {
        double[] out = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (float) values[i];
        }
        return out;
    }
}
