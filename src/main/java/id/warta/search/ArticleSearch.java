package id.warta.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.Time;
import co.elastic.clients.elasticsearch._types.aggregations.TermsInclude;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.util.ObjectBuilder;
import id.warta.extract.PersonAliases;
import id.warta.index.IndexNames;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The query module: how a user's question becomes an Elasticsearch request, for the API, the command
 * line and anything later. Pages are read from a point in time with search_after, so that paging sees
 * every hit exactly once however deep it goes and however the index changes meanwhile.
 */
public class ArticleSearch {

    static final Time KEEP_ALIVE = Time.of(t -> t.time("3m"));
    private static final SortOptions NEWEST_FIRST = SortOptions.of(s -> s.field(f -> f.field("published_at")
            .order(co.elastic.clients.elasticsearch._types.SortOrder.Desc).missing(FieldValue.of("_last"))));
    private static final int EXPORT_PAGE = 1000;
    private static final int SIMILAR = 10;

    private final ElasticsearchClient client;
    private final IndexNames names;
    private final CountryNames countries;
    private final CursorCodec cursors;
    private final ArchiveDocumentFrequencies frequencies;
    private final ResultSetQuery resultSet;
    private final AnyWordFallback fallback;
    private final UnmatchedFilters unmatchedFilters;
    private final Clock clock;

    public ArticleSearch(ElasticsearchClient client, IndexNames names, CountryNames countries, CursorCodec cursors) {
        this(client, names, countries, cursors, Clock.systemUTC());
    }

    /** With the clock that says what day it is (a histogram over a range without {@code to} runs to today). */
    public ArticleSearch(ElasticsearchClient client, IndexNames names, CountryNames countries, CursorCodec cursors,
                         Clock clock) {
        this.clock = clock;
        this.client = client;
        this.names = names;
        this.countries = countries;
        this.cursors = cursors;
        this.frequencies = new ArchiveDocumentFrequencies(client, names, clock);
        this.resultSet = new ResultSetQuery(countries, frequencies);
        this.fallback = new AnyWordFallback(client, names, resultSet);
        this.unmatchedFilters = new UnmatchedFilters(client, names, resultSet, countries);
    }

    public SearchRequest validate(SearchParameters parameters) {
        return parameters.validate(countries);
    }

    /**
     * One page of hits; the first page (no cursor) also carries the facets and the filters that match nothing
     * ({@link UnmatchedFilter}). A first page that finds nothing with every word of the query is searched again
     * with any of them ({@link WordMatch}), and the cursor goes on that way.
     */
    public SearchResult search(SearchRequest request) {
        String fingerprint = CursorCodec.digest(request.fingerprint());
        Cursor cursor = request.cursor() == null ? null : cursors.decode(request.cursor(), fingerprint);
        SearchRequest matched = cursor == null ? request : request.withMatch(cursor.match());
        String pit = cursor == null ? openPointInTime() : cursor.pitId();
        LocalDate today = today(request.dates());
        SearchFrequencies weights = weights(cursor);
        Instant origin = !request.recency() ? null : cursor == null ? clock.instant().truncatedTo(ChronoUnit.MILLIS)
                : cursor.recencyOrigin();
        SearchHitsResponse response = cursor == null ? search("search", pageRequest(scoring(weights, origin), matched, pit, null, today))
                : nextPage(pageRequest(scoring(weights, origin), matched, pit, cursor, today));
        if (cursor == null && response.total() == 0 && fallback.matched(request, true).match() == WordMatch.ANY) {
            matched = request.withMatch(WordMatch.ANY);
            weights = weights(null);
            response = search("search", pageRequest(scoring(weights, origin), matched, response.pitId(), null, today));
        }
        List<SearchHitsResponse.Hit> hits = response.hitList();
        String next = null;
        // the point in time keeps the total as it was: after the hit that completes it, no page is left
        long served = cursor == null ? hits.size() : cursor.served() < 0 ? -1 : cursor.served() + hits.size();
        if (hits.size() == request.size() && (served < 0 || served < response.total())) {
            next = cursors.encode(new Cursor(response.pitId(), hits.getLast().sort(), fingerprint, matched.match(),
                    weights == null ? null : weights.weights(), origin, served));
        } else {
            closePointInTime(response.pitId());
        }
        if (cursor != null) {
            return new SearchResult(response.total(), hits(hits), null, next, matched.match(), null);
        }
        Facets facets = FacetAggregations.read(response.aggregations(), countries, request.dates(), today);
        return new SearchResult(response.total(), hits(hits), facets, next, matched.match(), unmatchedFilters.find(matched, facets));
    }

    /**
     * How this page weighs country names: as the archive counts them on a first page, as the first page did on a
     * later one ({@link SearchFrequencies}); null for a cursor that carries no weights (made before cursors did),
     * whose pages are weighed as the archive counts them now.
     */
    private SearchFrequencies weights(Cursor cursor) {
        if (cursor == null) {
            return SearchFrequencies.reading(frequencies);
        }
        return cursor.weights() == null ? null : SearchFrequencies.kept(cursor.weights());
    }

    /** The query of one page: weighed as {@link #weights} says, its recency measured from {@code origin} if any. */
    private ResultSetQuery scoring(SearchFrequencies weights, Instant origin) {
        ResultSetQuery weighed = weights == null ? resultSet : resultSet.withFrequencies(weights);
        return origin == null ? weighed : weighed.withRecencyOrigin(origin);
    }

    /**
     * A later page. Its point in time may read an index version that a reindex replaced and a prune deleted since:
     * Elasticsearch then answers that the shards are unavailable, as for a failing node. While the articles index
     * itself answers, that is the cursor's doing, not the cluster's, so the user is told to search again, not to wait.
     */
    private SearchHitsResponse nextPage(co.elastic.clients.elasticsearch.core.SearchRequest request) {
        try {
            return search("search", request);
        } catch (SearchUnavailableException e) {
            if (ElasticsearchCalls.shardsGone(e) && articlesAnswer()) {
                throw new InvalidSearchException("cursor", "the cursor reads an index version that has been removed since "
                        + "(a reindex replaced it): repeat the search without a cursor");
            }
            throw e;
        }
    }

    private boolean articlesAnswer() {
        try {
            client.count(c -> c.index(names.readAlias()).terminateAfter(1L));
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /**
     * The search as its first page answers it ({@link AnyWordFallback}). Whatever reads a search's whole result set at
     * once (count, export, facet values) reads this one.
     */
    public SearchRequest matched(SearchRequest request) {
        return fallback.matched(request);
    }

    /**
     * The Elasticsearch request for one page: the first (no cursor) with facets, later ones after the
     * cursor's sort values. Package-private so that the benchmark sends the very same request directly.
     */
    co.elastic.clients.elasticsearch.core.SearchRequest pageRequest(SearchRequest request, String pit, Cursor cursor) {
        return pageRequest(resultSet, request, pit, cursor, today(request.dates()));
    }

    private co.elastic.clients.elasticsearch.core.SearchRequest pageRequest(ResultSetQuery scoring, SearchRequest request,
                                                                            String pit, Cursor cursor, LocalDate today) {
        SearchFilters filters = new SearchFilters(request);
        Query query = scoring.scored(request, filters);
        return co.elastic.clients.elasticsearch.core.SearchRequest.of(s -> {
            s.pit(p -> p.id(pit).keepAlive(KEEP_ALIVE)).query(query).size(request.size())
                    .trackTotalHits(t -> t.enabled(true)).sort(sort(request.sort()))
                    .source(src -> src.filter(f -> f.includes(StoredArticle.HIT_FIELDS)))
                    .highlight(Highlights.request(scoring.usesExactFields(request.query()), scoring.highlighted(request)));
            if (!filters.facetFilters().isEmpty()) {
                s.postFilter(ResultSetQuery.and(filters.facetFilters()));
            }
            if (cursor == null) {
                s.aggregations(FacetAggregations.request(filters, request.dates(), today));
            } else {
                s.searchAfter(SortValues.toFieldValues(cursor.searchAfter()));
            }
            return s;
        });
    }

    /** Today in the search's zone. */
    private LocalDate today(DateRange dates) {
        return LocalDate.now(clock.withZone(dates.zone()));
    }

    /** The article with this id, in full. */
    public ArticleView article(String id) {
        return stored(id).source().view();
    }

    /** Articles most like this one (more-like-this on title and body), best first. */
    public List<ArticleHit> similar(String id) {
        SearchHitsResponse.Hit article = stored(id);
        SearchHitsResponse response = search("similar", s -> s
                .index(names.readAlias()).size(SIMILAR)
                .query(q -> q.moreLikeThis(m -> m.fields("title", "body")
                        .like(l -> l.document(d -> d.index(article.index()).id(article.id())))
                        .minTermFreq(1).minDocFreq(1).maxQueryTerms(25).minimumShouldMatch("20%").include(false)))
                .source(src -> src.filter(f -> f.includes(StoredArticle.HIT_FIELDS))));
        return hits(response.hitList());
    }

    /**
     * Values of a facet that start with what the user typed (a country by any of its names, a person or
     * source by the name or any word of it), counted under the search's query (matched as its first page
     * matches it) and the other facets' filters; at most the request's size of them (20 by default).
     */
    public List<FacetCount> facetValues(Facet facet, String prefix, SearchRequest request) {
        String typed = prefix == null ? "" : prefix.strip();
        if (typed.length() > 100) {
            throw new InvalidSearchException("prefix", "prefix is at most 100 characters long");
        }
        TermsInclude include = null;
        if (!typed.isEmpty()) {
            if (facet == Facet.COUNTRY) {
                List<String> codes = countries.codesStartingWith(typed);
                if (codes.isEmpty()) {
                    return List.of();
                }
                include = TermsInclude.of(i -> i.terms(codes));
            } else {
                StringBuilder pattern = new StringBuilder(PrefixPattern.wordStartingWith(typed));
                if (facet == Facet.PERSON) {
                    // "jokowi" also offers Joko Widodo, as a person filter "Jokowi" finds him
                    PersonAliases.standard().canonicalNamesByOtherNameStarting(typed)
                            .forEach(name -> pattern.append('|').append(PrefixPattern.exactly(name)));
                }
                include = TermsInclude.of(i -> i.regexp(pattern.toString()));
            }
        }
        SearchRequest matched = matched(request);
        SearchFilters filters = new SearchFilters(matched);
        Query query = resultSet.scored(matched, filters);
        var aggs = FacetAggregations.valueSearch(facet, filters.facetFiltersExcept(facet), include, request.size());
        SearchHitsResponse response = search("facet values", s -> s
                .index(names.readAlias()).size(0).query(query).aggregations(aggs));
        return FacetAggregations.counts(response.aggregations(), facet, countries);
    }

    /** How many articles match the search (hits, not pages). */
    public long count(SearchRequest request) {
        Query query = resultSet.of(request);
        return ElasticsearchCalls.run("count", () -> client.count(c -> c.index(names.readAlias()).query(query)).count());
    }

    /**
     * Every match, up to {@code limit}, in the search's order, to {@code sink}; returns how many were
     * written. Reads from its own point in time, closed at the end.
     */
    public long export(SearchRequest request, int limit, Consumer<ArticleHit> sink) {
        Query query = resultSet.of(request);
        String pit = openPointInTime();
        long written = 0;
        List<Object> after = null;
        try {
            while (written < limit) {
                int size = (int) Math.min(EXPORT_PAGE, limit - written);
                List<Object> searchAfter = after;
                String pitId = pit;
                SearchHitsResponse page = search("export", s -> {
                    s.pit(p -> p.id(pitId).keepAlive(KEEP_ALIVE)).query(query).size(size).sort(sort(request.sort()))
                            .trackTotalHits(t -> t.enabled(false))
                            .source(src -> src.filter(f -> f.includes(StoredArticle.HIT_FIELDS)));
                    if (searchAfter != null) {
                        s.searchAfter(SortValues.toFieldValues(searchAfter));
                    }
                    return s;
                });
                pit = page.pitId();
                for (SearchHitsResponse.Hit hit : page.hitList()) {
                    sink.accept(hit(hit));
                    written++;
                }
                if (page.hitList().size() < size) {
                    break;
                }
                after = page.hitList().getLast().sort();
            }
        } finally {
            closePointInTime(pit);
        }
        return written;
    }

    /**
     * Best first, and among equally good matches the newest first: a search of filters alone, where every article
     * scores alike, lists the newest first, as do the many articles a one-word search matches in short titles alike.
     * Before, such ties went by the order of the index, in effect at random.
     */
    private static List<SortOptions> sort(SortOrder order) {
        return switch (order) {
            case RELEVANCE -> List.of(SortOptions.of(s -> s.score(sc -> sc.order(co.elastic.clients.elasticsearch._types.SortOrder.Desc))),
                    NEWEST_FIRST);
            case DATE -> List.of(NEWEST_FIRST);
        };
    }

    private SearchHitsResponse.Hit stored(String id) {
        if (id == null || id.isBlank() || id.length() > 512) {
            throw new ArticleNotFoundException(id == null ? "" : Limits.shorten(id));
        }
        SearchHitsResponse response = search("article", s -> s
                .index(names.readAlias()).size(1).query(q -> q.term(t -> t.field("id").value(id))));
        if (response.hitList().isEmpty()) {
            throw new ArticleNotFoundException(Limits.shorten(id));
        }
        return response.hitList().getFirst();
    }

    private String openPointInTime() {
        return ElasticsearchCalls.run("open point in time", () -> client.openPointInTime(o -> o
                .index(names.readAlias()).keepAlive(KEEP_ALIVE)).id());
    }

    /** Frees the point in time now rather than when it expires; a failure here costs nothing but memory. */
    private void closePointInTime(String pit) {
        try {
            client.closePointInTime(c -> c.id(pit));
        } catch (Exception ignored) {
            // it expires by itself
        }
    }

    private SearchHitsResponse search(String what,
            Function<co.elastic.clients.elasticsearch.core.SearchRequest.Builder,
                    ObjectBuilder<co.elastic.clients.elasticsearch.core.SearchRequest>> request) {
        return search(what, co.elastic.clients.elasticsearch.core.SearchRequest.of(request));
    }

    private SearchHitsResponse search(String what, co.elastic.clients.elasticsearch.core.SearchRequest request) {
        return ElasticsearchCalls.run(what, () -> SearchHitsResponse.send(client, request));
    }

    private static List<ArticleHit> hits(List<SearchHitsResponse.Hit> hits) {
        List<ArticleHit> out = new ArrayList<>(hits.size());
        for (SearchHitsResponse.Hit hit : hits) {
            out.add(hit(hit));
        }
        return out;
    }

    private static ArticleHit hit(SearchHitsResponse.Hit hit) {
        StoredArticle a = hit.source();
        Map<String, List<String>> highlight = hit.highlightOrEmpty();
        return new ArticleHit(a.id(), a.title(), a.url(), a.source(), a.published(), Highlights.title(highlight),
                Highlights.body(highlight), a.countriesOrEmpty(), a.personsOrEmpty(), a.authorsOrEmpty());
    }
}
