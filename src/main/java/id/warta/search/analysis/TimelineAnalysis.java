package id.warta.search.analysis;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.aggregations.FiltersBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import id.warta.index.IndexNames;
import id.warta.search.CountryNames;
import id.warta.search.DateBucket;
import id.warta.search.DateInterval;
import id.warta.search.DateRange;
import id.warta.search.ElasticsearchCalls;
import id.warta.search.Facet;
import id.warta.search.InvalidSearchException;
import id.warta.search.ResultSetQuery;
import id.warta.search.SearchRequest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Entities over time: one filters aggregation (a bucket per entity) over the result set, each with a
 * calendar date_histogram in the search's zone; the buckets are then zero-filled here so that every
 * entity shares the same ones, whichever days it was mentioned on.
 */
final class TimelineAnalysis {

    private static final String ENTITIES = "entities";
    private static final String DATES = "dates";

    private final ElasticsearchClient client;
    private final IndexNames names;
    private final CountryNames countries;
    private final ResultSetQuery resultSet;

    TimelineAnalysis(ElasticsearchClient client, IndexNames names, CountryNames countries) {
        this.client = client;
        this.names = names;
        this.countries = countries;
        this.resultSet = new ResultSetQuery(countries);
    }

    EntityTimeline run(SearchRequest request, List<TimelineEntity> entities, DateInterval interval) {
        DateRange dates = request.dates();
        if (dates.from() != null && dates.to() != null) {
            checkBuckets(interval, dates.from(), dates.to());
        }
        Query query = resultSet.of(request);
        Map<String, Query> filters = new LinkedHashMap<>();
        for (int i = 0; i < entities.size(); i++) {
            TimelineEntity entity = entities.get(i);
            filters.put(String.valueOf(i), Query.of(q -> q.term(t -> t.field(entity.facet().filterField())
                    .value(FieldValue.of(entity.facet().filterValue(entity.value()))))));
        }
        SearchResponse<Void> response = ElasticsearchCalls.run("timeline", () -> client.search(s -> s
                .index(names.readAlias()).size(0).query(query)
                .aggregations(ENTITIES, a -> a.filters(f -> f.filters(b -> b.keyed(filters)))
                        .aggregations(DATES, h -> h.dateHistogram(d -> d.field("published_at")
                                .calendarInterval(interval.calendarInterval()).timeZone(dates.zone().getId()).minDocCount(1)))),
                Void.class));
        Map<String, FiltersBucket> buckets = response.aggregations().get(ENTITIES).filters().buckets().keyed();
        List<TreeMap<LocalDate, Long>> counts = new ArrayList<>();
        for (int i = 0; i < entities.size(); i++) {
            TreeMap<LocalDate, Long> byStart = new TreeMap<>();
            buckets.get(String.valueOf(i)).aggregations().get(DATES).dateHistogram().buckets().array().forEach(b ->
                    byStart.put(Instant.ofEpochMilli(b.key()).atZone(dates.zone()).toLocalDate(), b.docCount()));
            counts.add(byStart);
        }
        List<LocalDate> starts = starts(interval, first(interval, dates, counts), last(interval, dates, counts));
        List<EntitySeries> series = new ArrayList<>();
        for (int i = 0; i < entities.size(); i++) {
            TimelineEntity entity = entities.get(i);
            Map<LocalDate, Long> byStart = counts.get(i);
            List<DateBucket> filled = starts.stream().map(start -> new DateBucket(start, byStart.getOrDefault(start, 0L))).toList();
            series.add(new EntitySeries(entity.spec(), entity.facet().name().toLowerCase(Locale.ROOT), entity.value(),
                    entity.facet() == Facet.COUNTRY ? countries.indonesianLabel(entity.value()) : null,
                    byStart.values().stream().mapToLong(Long::longValue).sum(), filled));
        }
        return new EntityTimeline(interval.label(), dates.zone().getId(), series);
    }

    private static LocalDate first(DateInterval interval, DateRange dates, List<TreeMap<LocalDate, Long>> counts) {
        if (dates.from() != null) {
            return interval.bucketStart(dates.from());
        }
        return counts.stream().filter(c -> !c.isEmpty()).map(TreeMap::firstKey).min(LocalDate::compareTo).orElse(null);
    }

    private static LocalDate last(DateInterval interval, DateRange dates, List<TreeMap<LocalDate, Long>> counts) {
        if (dates.to() != null) {
            return interval.bucketStart(dates.to());
        }
        return counts.stream().filter(c -> !c.isEmpty()).map(TreeMap::lastKey).max(LocalDate::compareTo).orElse(null);
    }

    /** Every bucket start from {@code first} to {@code last}; none when either is unknown (nothing mentioned). */
    private static List<LocalDate> starts(DateInterval interval, LocalDate first, LocalDate last) {
        if (first == null || last == null) {
            return List.of();
        }
        checkBuckets(interval, first, last);
        List<LocalDate> starts = new ArrayList<>();
        for (LocalDate start = first; !start.isAfter(last); start = interval.next(start)) {
            starts.add(start);
        }
        return starts;
    }

    private static void checkBuckets(DateInterval interval, LocalDate from, LocalDate to) {
        long buckets = interval.bucketsBetween(from, to);
        if (buckets > AnalysisOptions.MAX_BUCKETS) {
            throw new InvalidSearchException("interval", "interval " + interval.label() + " from " + from + " to " + to
                    + " makes " + buckets + " buckets per entity, more than " + AnalysisOptions.MAX_BUCKETS
                    + ": choose a longer interval or a shorter range (from, to)");
        }
    }
}
