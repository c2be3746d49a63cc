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
import id.warta.search.UnmatchedFilters;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Entities over time: one filters aggregation (a bucket per entity) over the result set, each with a
 * calendar date_histogram in the search's zone; the buckets are then zero-filled here so that every
 * entity shares the same ones, whichever days it was mentioned on. The range is the search's; an open
 * end is the day of the first or last mention of any of the entities, asked for first (min/max).
 */
final class TimelineAnalysis {

    private static final String ENTITIES = "entities";
    private static final String DATES = "dates";
    private static final String FIRST = "first";
    private static final String LAST = "last";

    private final ElasticsearchClient client;
    private final IndexNames names;
    private final CountryNames countries;
    private final ResultSetQuery resultSet;
    private final UnmatchedFilters unmatched;
    /** Says what day it is: a bucket that holds today or a later day counts a period not over yet. */
    private final Clock clock;

    TimelineAnalysis(ElasticsearchClient client, IndexNames names, CountryNames countries, Clock clock) {
        this.clock = clock;
        this.client = client;
        this.names = names;
        this.countries = countries;
        this.resultSet = new ResultSetQuery(countries);
        this.unmatched = new UnmatchedFilters(client, names, resultSet, countries);
    }

    /**
     * The timeline over the search's dates; an open end is the first or last mention of any of the entities.
     * Without a chosen interval, the range so covered chooses it, as a range does the search's histogram.
     */
    EntityTimeline run(SearchRequest request, List<TimelineEntity> entities, Optional<DateInterval> chosen) {
        DateRange dates = request.dates();
        Query query = resultSet.of(request);
        Map<String, Query> filters = new LinkedHashMap<>();
        for (int i = 0; i < entities.size(); i++) {
            TimelineEntity entity = entities.get(i);
            List<FieldValue> values = entity.facet().filterValues(entity.value()).stream().map(FieldValue::of).toList();
            filters.put(String.valueOf(i), Query.of(q -> q.terms(t -> t.field(entity.facet().filterField())
                    .terms(v -> v.value(values)))));
        }
        LocalDate first = dates.from();
        LocalDate last = dates.to();
        if (first == null || last == null) {
            Optional<Span> span = mentionSpan(query, List.copyOf(filters.values()), dates.zone());
            first = first != null ? first : span.map(Span::first).orElse(null);
            last = last != null ? last : span.map(Span::last).orElse(null);
        }
        DateInterval interval = chosen.orElse(DateInterval.forRange(first, last));
        LocalDate today = LocalDate.now(clock.withZone(dates.zone()));
        List<LocalDate> starts = starts(interval, first, last);
        List<Map<LocalDate, Long>> counts = starts.isEmpty()
                ? entities.stream().map(e -> Map.<LocalDate, Long>of()).toList()
                : counts(query, filters, interval, dates.zone());
        List<EntitySeries> series = new ArrayList<>();
        for (int i = 0; i < entities.size(); i++) {
            TimelineEntity entity = entities.get(i);
            Map<LocalDate, Long> byStart = counts.get(i);
            List<DateBucket> filled = starts.stream().map(start -> new DateBucket(start, byStart.getOrDefault(start, 0L),
                    interval.isPartial(start, dates.from(), dates.to(), today))).toList();
            long total = byStart.values().stream().mapToLong(Long::longValue).sum();
            series.add(new EntitySeries(entity.spec(), entity.facet().name().toLowerCase(Locale.ROOT), entity.value(),
                    entity.facet() == Facet.COUNTRY ? countries.indonesianLabel(entity.value()) : null, total, filled,
                    total == 0 && entity.facet() == Facet.PERSON ? unmatched.suggestions(request, entity.facet(), entity.value())
                            : List.of()));
        }
        return new EntityTimeline(request.match(), interval.label(), dates.zone().getId(), series);
    }

    /**
     * The days of the first and last matching article that mentions any of the entities, in the zone;
     * empty when none does. Asked before the histogram, so that an open range cannot make more buckets
     * than {@link AnalysisOptions#MAX_BUCKETS}.
     */
    private Optional<Span> mentionSpan(Query query, List<Query> entities, ZoneId zone) {
        SearchResponse<Void> response = ElasticsearchCalls.run("timeline range", () -> client.search(s -> s
                .index(names.readAlias()).size(0)
                .query(q -> q.bool(b -> b.filter(query).should(entities).minimumShouldMatch("1")))
                .aggregations(FIRST, a -> a.min(m -> m.field("published_at")))
                .aggregations(LAST, a -> a.max(m -> m.field("published_at"))), Void.class));
        Double first = response.aggregations().get(FIRST).min().value();
        Double last = response.aggregations().get(LAST).max().value();
        if (first == null || last == null || first.isInfinite() || last.isInfinite()) {
            return Optional.empty();
        }
        return Optional.of(new Span(day(first, zone), day(last, zone)));
    }

    /** For each entity, its matching articles by bucket start. */
    private List<Map<LocalDate, Long>> counts(Query query, Map<String, Query> filters, DateInterval interval, ZoneId zone) {
        SearchResponse<Void> response = ElasticsearchCalls.run("timeline", () -> client.search(s -> s
                .index(names.readAlias()).size(0).query(query)
                .aggregations(ENTITIES, a -> a.filters(f -> f.filters(b -> b.keyed(filters)))
                        .aggregations(DATES, h -> h.dateHistogram(d -> d.field("published_at")
                                .calendarInterval(interval.calendarInterval()).timeZone(zone.getId()).minDocCount(1)))),
                Void.class));
        Map<String, FiltersBucket> buckets = response.aggregations().get(ENTITIES).filters().buckets().keyed();
        List<Map<LocalDate, Long>> counts = new ArrayList<>();
        for (int i = 0; i < filters.size(); i++) {
            Map<LocalDate, Long> byStart = new HashMap<>();
            buckets.get(String.valueOf(i)).aggregations().get(DATES).dateHistogram().buckets().array()
                    .forEach(b -> byStart.put(day(b.key(), zone), b.docCount()));
            counts.add(byStart);
        }
        return counts;
    }

    private static LocalDate day(double epochMillis, ZoneId zone) {
        return Instant.ofEpochMilli((long) epochMillis).atZone(zone).toLocalDate();
    }

    /** Every bucket start from the bucket of {@code first} to that of {@code last}; none when either is unknown. */
    private static List<LocalDate> starts(DateInterval interval, LocalDate first, LocalDate last) {
        if (first == null || last == null) {
            return List.of();
        }
        checkBuckets(interval, first, last);
        List<LocalDate> starts = new ArrayList<>();
        for (LocalDate start = interval.bucketStart(first); !start.isAfter(last); start = interval.next(start)) {
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

    /** The days of the first and last mention. */
    private record Span(LocalDate first, LocalDate last) {
    }
}
