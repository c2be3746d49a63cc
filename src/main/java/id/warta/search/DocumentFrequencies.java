package id.warta.search;

import co.elastic.clients.elasticsearch._types.query_dsl.Query;

import java.util.List;
import java.util.Optional;

/**
 * How rare each of a country's names is in the archive, so that a search weighs the names alike
 * ({@link TextQuery}): as BM25's inverse document frequency, one per name.
 */
interface DocumentFrequencies {

    /** No frequencies: the names are not weighed (a result set, which is not ranked, or the highlighter's query). */
    DocumentFrequencies NONE = (keys, queries) -> Optional.empty();

    /**
     * The idf of the articles each query matches, in order; {@code keys} name the queries for a cache (the same key,
     * the same query). Empty when they are not known.
     */
    Optional<double[]> idf(List<String> keys, List<Query> queries);
}
