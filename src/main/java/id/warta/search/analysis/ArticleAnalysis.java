package id.warta.search.analysis;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import id.warta.index.IndexNames;
import id.warta.search.AnyWordFallback;
import id.warta.search.CountryNames;
import id.warta.search.Facet;
import id.warta.search.InvalidSearchException;
import id.warta.search.SearchParameters;
import id.warta.search.ResultSetQuery;
import id.warta.search.SearchRequest;
import id.warta.search.Facets;
import id.warta.search.UnmatchedFilter;
import id.warta.search.UnmatchedFilters;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * The analysis views over a search's result set, for the API and the command line: who appears with
 * whom ({@link #cooccurrence}), what is distinctive ({@link #significantTerms}) and how attention moves
 * over time ({@link #timeline}). Each takes the search's own parameters (text and filters; page size,
 * order and cursor do not apply) plus its own, all as the user typed them, and checks them first: a
 * mistake is an {@link InvalidSearchException} naming the parameter, an unreachable cluster a
 * {@link id.warta.search.SearchUnavailableException}. Like the search, each counts the articles with every word of
 * the query or, when no article has them all, with any ({@link AnyWordFallback}), and says which in {@code match}.
 */
public class ArticleAnalysis {

    private final CountryNames countries;
    private final CooccurrenceAnalysis cooccurrence;
    private final SignificantTermsAnalysis significantTerms;
    private final TimelineAnalysis timeline;
    private final AnyWordFallback fallback;
    private final UnmatchedFilters unmatched;

    public ArticleAnalysis(ElasticsearchClient client, IndexNames names, CountryNames countries) {
        this(client, names, countries, Clock.systemUTC());
    }

    /** With the clock that says what day it is (a timeline's bucket not over yet is partial). */
    public ArticleAnalysis(ElasticsearchClient client, IndexNames names, CountryNames countries, Clock clock) {
        this.countries = countries;
        this.cooccurrence = new CooccurrenceAnalysis(client, names, countries);
        this.significantTerms = new SignificantTermsAnalysis(client, names, countries);
        this.timeline = new TimelineAnalysis(client, names, countries, clock);
        this.fallback = new AnyWordFallback(client, names, new ResultSetQuery(countries));
        this.unmatched = new UnmatchedFilters(client, names, new ResultSetQuery(countries), countries);
    }

    /**
     * The persons ({@code facet} persons, the default) or countries most mentioned in the matching
     * articles, with lift against the archive; {@code sort} count (default) or lift.
     */
    public Cooccurrence cooccurrence(SearchParameters search, String facet, String size, String minCount, String sort) {
        SearchRequest request = validate(search);
        Facet parsed = AnalysisOptions.entityFacet(facet);
        int values = AnalysisOptions.size(size);
        int fewest = AnalysisOptions.minCount(minCount);
        CooccurrenceOrder order = CooccurrenceOrder.parse(sort);
        SearchRequest matched = fallback.matched(request);
        return cooccurrence.run(matched, parsed, values, fewest, order).withUnmatchedFilters(unmatched(matched));
    }

    /** The words that set the matching articles apart from the archive, most significant first. */
    public SignificantTerms significantTerms(SearchParameters search, String size, String minCount) {
        SearchRequest request = validate(search);
        int words = AnalysisOptions.size(size);
        int fewest = AnalysisOptions.minCount(minCount);
        SearchRequest matched = fallback.matched(request);
        return significantTerms.run(matched, words, fewest).withUnmatchedFilters(unmatched(matched));
    }

    /** The search's person and source filters that match no article (none shown: each is counted). */
    private List<UnmatchedFilter> unmatched(SearchRequest request) {
        return unmatched.find(request, new Facets(List.of(), List.of(), List.of(), null));
    }

    /** Matching articles per interval for each entity ({@code person:NAME}, {@code country:CODE}). */
    public EntityTimeline timeline(SearchParameters search, List<String> entities, String interval) {
        SearchRequest request = validate(search);
        List<String> given = entities == null ? List.of()
                : TimelineEntity.rejoined(entities.stream().filter(e -> e != null && !e.isBlank()).toList());
        if (given.isEmpty()) {
            throw new InvalidSearchException("entity", "name at least one entity to follow: entity=person:NAME or "
                    + "entity=country:CODE (e.g. entity=person:Mark Rutte&entity=country:KP)");
        }
        if (given.size() > AnalysisOptions.MAX_ENTITIES) {
            throw new InvalidSearchException("entity", "at most " + AnalysisOptions.MAX_ENTITIES
                    + " entities on one timeline, not " + given.size());
        }
        List<TimelineEntity> parsed = List.copyOf(new LinkedHashSet<>(given.stream()
                .map(e -> TimelineEntity.parse(e, countries)).toList()));
        var bucket = AnalysisOptions.interval(interval);
        return timeline.run(fallback.matched(request), parsed, bucket);
    }

    private SearchRequest validate(SearchParameters search) {
        return search.withSize(null).withCursor(null).validate(countries);
    }
}
