package id.warta.search.analysis;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import id.warta.index.IndexNames;
import id.warta.search.CountryNames;
import id.warta.search.Facet;
import id.warta.search.InvalidSearchException;
import id.warta.search.SearchParameters;
import id.warta.search.SearchRequest;

import java.util.LinkedHashSet;
import java.util.List;

/**
 * The analysis views over a search's result set, for the API and the command line: who appears with
 * whom ({@link #cooccurrence}), what is distinctive ({@link #significantTerms}) and how attention moves
 * over time ({@link #timeline}). Each takes the search's own parameters (text and filters; page size,
 * order and cursor do not apply) plus its own, all as the user typed them, and checks them first: a
 * mistake is an {@link InvalidSearchException} naming the parameter, an unreachable cluster a
 * {@link id.warta.search.SearchUnavailableException}.
 */
public class ArticleAnalysis {

    private final CountryNames countries;
    private final CooccurrenceAnalysis cooccurrence;
    private final SignificantTermsAnalysis significantTerms;
    private final TimelineAnalysis timeline;

    public ArticleAnalysis(ElasticsearchClient client, IndexNames names, CountryNames countries) {
        this.countries = countries;
        this.cooccurrence = new CooccurrenceAnalysis(client, names, countries);
        this.significantTerms = new SignificantTermsAnalysis(client, names, countries);
        this.timeline = new TimelineAnalysis(client, names, countries);
    }

    /**
     * The persons ({@code facet} persons, the default) or countries most mentioned in the matching
     * articles, with lift against the archive; {@code sort} count (default) or lift.
     */
    public Cooccurrence cooccurrence(SearchParameters search, String facet, String size, String minCount, String sort) {
        SearchRequest request = validate(search);
        Facet parsed = AnalysisOptions.entityFacet(facet);
        return cooccurrence.run(request, parsed, AnalysisOptions.size(size), AnalysisOptions.minCount(minCount),
                CooccurrenceOrder.parse(sort));
    }

    /** The words that set the matching articles apart from the archive, most significant first. */
    public SignificantTerms significantTerms(SearchParameters search, String size, String minCount) {
        SearchRequest request = validate(search);
        return significantTerms.run(request, AnalysisOptions.size(size), AnalysisOptions.minCount(minCount));
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
        return timeline.run(request, parsed, AnalysisOptions.interval(interval));
    }

    private SearchRequest validate(SearchParameters search) {
        return search.withSize(null).withCursor(null).validate(countries);
    }
}
