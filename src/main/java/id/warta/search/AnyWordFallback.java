package id.warta.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import id.warta.index.IndexNames;

/**
 * Decides how a search's words match ({@link WordMatch}): every word, or any of them when no article has every
 * one (within its dates and language; a ticked facet value that leaves nothing is an answer, not a reason to
 * match fewer words). The search's first page, its count, export and facet values, and the analysis views all
 * read the result set this decides, so that they agree on what matched.
 */
public final class AnyWordFallback {

    private final ElasticsearchClient client;
    private final IndexNames names;
    private final ResultSetQuery resultSet;

    public AnyWordFallback(ElasticsearchClient client, IndexNames names, ResultSetQuery resultSet) {
        this.client = client;
        this.names = names;
        this.resultSet = resultSet;
    }

    /** The search as its first page answers it: with any word when no article has every one. */
    public SearchRequest matched(SearchRequest request) {
        return matched(request, false);
    }

    /**
     * {@code foundNothing}: the search itself found nothing with every word. Without facet filters that already
     * answers; with them, a count without them does.
     */
    SearchRequest matched(SearchRequest request, boolean foundNothing) {
        if (request.match() == WordMatch.ANY || !resultSet.anyWordDiffers(request.query())) {
            return request;
        }
        SearchFilters filters = new SearchFilters(request);
        boolean none = (foundNothing && filters.facetFilters().isEmpty()) || countsNone(resultSet.scored(request, filters));
        return none ? request.withMatch(WordMatch.ANY) : request;
    }

    private boolean countsNone(Query query) {
        return ElasticsearchCalls.run("count", () -> client.count(c -> c.index(names.readAlias()).query(query)
                .terminateAfter(1L)).count() == 0);
    }
}
