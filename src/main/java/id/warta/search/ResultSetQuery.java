package id.warta.search;

import co.elastic.clients.elasticsearch._types.Time;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;

import java.time.Instant;
import java.util.List;

/**
 * The Elasticsearch query behind a search: its text (with country names expanded) and its filters.
 * {@link #of} folds every filter in and selects exactly the search's result set, for everything that
 * reads the whole set at once (count, export, the analysis views); faceted search instead keeps the
 * facet filters apart ({@link #scored}) for its post_filter.
 */
public final class ResultSetQuery {

    private final TextQuery textQuery;
    /** Where recency is measured from: "now" as Elasticsearch reads it, or a search's first page's instant. */
    private final String recencyOrigin;

    public ResultSetQuery(CountryNames countries) {
        this(countries, DocumentFrequencies.NONE);
    }

    /** The query of a ranked search, whose country names are weighed by their rarity ({@link TextQuery}). */
    ResultSetQuery(CountryNames countries, DocumentFrequencies frequencies) {
        this(new TextQuery(countries, frequencies));
    }

    private ResultSetQuery(TextQuery textQuery) {
        this(textQuery, "now");
    }

    private ResultSetQuery(TextQuery textQuery, String recencyOrigin) {
        this.textQuery = textQuery;
        this.recencyOrigin = recencyOrigin;
    }

    /** The same query with its country names weighed by {@code frequencies} (those of one search: {@link SearchFrequencies}). */
    ResultSetQuery withFrequencies(DocumentFrequencies frequencies) {
        return new ResultSetQuery(textQuery.withFrequencies(frequencies), recencyOrigin);
    }

    /**
     * The same query with recency measured from {@code origin}, the instant of a search's first page, so that its later
     * pages score as it did: measured from each page's own "now", an article would score a little lower on the next
     * page than on the one that served it, and paging by score would serve it again.
     */
    ResultSetQuery withRecencyOrigin(Instant origin) {
        return new ResultSetQuery(textQuery, origin.toString());
    }

    /**
     * Every article the search matches: the text, the date and language filters and every facet filter, scored as
     * the search scores it (the facet filters add no score), so that an export lists the hits in the search's order.
     */
    public Query of(SearchRequest request) {
        SearchFilters filters = new SearchFilters(request);
        Query scored = scored(request, filters);
        return filters.facetFilters().isEmpty() ? scored
                : Query.of(q -> q.bool(b -> b.must(scored).filter(filters.facetFilters())));
    }

    /**
     * The text query under the filters that narrow everything (dates, language), recency as a boost. A query text
     * with no word or number in it ("?", "((", an emoji) finds nothing: only no text at all lists every article.
     */
    Query scored(SearchRequest request, SearchFilters filters) {
        Query text = request.query().isEmpty() && !request.text().isBlank() ? Query.of(q -> q.matchNone(m -> m))
                : textQuery.build(request.query(), request.match());
        return Query.of(q -> q.bool(b -> {
            b.must(text).filter(filters.always());
            if (request.recency()) {
                b.should(s -> s.distanceFeature(d -> d.date(f -> f.field("published_at").origin(recencyOrigin).pivot(Time.of(p -> p.time("30d"))))));
            }
            return b;
        }));
    }

    /** The text query the highlighter should use instead of the search's, or null when they are the same. */
    Query highlighted(SearchRequest request) {
        return textQuery.highlightingDiffers(request.query())
                ? textQuery.forHighlighting().build(request.query(), request.match()) : null;
    }

    boolean usesExactFields(ParsedQuery parsed) {
        return textQuery.usesExactFields(parsed);
    }

    /** Whether matching any word of the query would match more than matching all of them. */
    boolean anyWordDiffers(ParsedQuery parsed) {
        return textQuery.anyWordDiffers(parsed);
    }

    static Query and(List<Query> queries) {
        return queries.size() == 1 ? queries.getFirst() : Query.of(q -> q.bool(b -> b.filter(queries)));
    }
}
