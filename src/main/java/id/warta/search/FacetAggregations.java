package id.warta.search;

import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.aggregations.FieldDateMath;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The facet part of a search request and response. Each facet is a filter aggregation holding the
 * other facets' filters around a terms aggregation (multi-select counts); the hits themselves are
 * narrowed by the post_filter. The date histogram uses calendar buckets in the search's zone with the
 * range as extended bounds, so that empty days inside the range count zero; a range with only a
 * {@code from} runs to today.
 */
final class FacetAggregations {

    private static final String VALUES = "values";
    private static final String DATES = "dates";
    private static final Map<Facet, Integer> SIZES = Map.of(Facet.COUNTRY, 50, Facet.PERSON, 25, Facet.SOURCE, 25);

    private FacetAggregations() {
    }

    /** The facet aggregations; {@code today} (in the range's zone) ends a histogram whose range has no {@code to}. */
    static Map<String, Aggregation> request(SearchFilters filters, DateRange dates, LocalDate today) {
        Map<String, Aggregation> aggs = new LinkedHashMap<>();
        for (Facet facet : Facet.values()) {
            Aggregation terms = Aggregation.of(a -> a.terms(t -> t.field(facet.countField()).size(SIZES.get(facet))));
            aggs.put(name(facet), filtered(filters.facetFiltersExcept(facet), VALUES, terms));
        }
        aggs.put(DATES, filtered(filters.facetFilters(), VALUES, histogram(dates, today)));
        return aggs;
    }

    /** The terms of one facet under the given filters, restricted to values matching {@code include} if any. */
    static Map<String, Aggregation> valueSearch(Facet facet, List<Query> filters,
                                                co.elastic.clients.elasticsearch._types.aggregations.TermsInclude include,
                                                int size) {
        Aggregation terms = Aggregation.of(a -> a.terms(t -> {
            t.field(facet.countField()).size(size);
            if (include != null) {
                t.include(include);
            }
            return t;
        }));
        return Map.of(name(facet), filtered(filters, VALUES, terms));
    }

    /** The facets of an answer to {@link #request}; {@code today} as it was for the request. */
    static Facets read(JsonNode aggs, CountryNames countries, DateRange dates, LocalDate today) {
        return new Facets(counts(aggs, Facet.COUNTRY, countries), counts(aggs, Facet.PERSON, countries),
                counts(aggs, Facet.SOURCE, countries), histogram(values(aggs, DATES), dates, dates.interval(today), today));
    }

    static List<FacetCount> counts(JsonNode aggs, Facet facet, CountryNames countries) {
        return bucketCounts(values(aggs, name(facet)).path("buckets"), facet, countries);
    }

    /** The buckets of a terms aggregation of a facet's values. */
    static List<FacetCount> bucketCounts(JsonNode buckets, Facet facet, CountryNames countries) {
        List<FacetCount> counts = new ArrayList<>(buckets.size());
        for (JsonNode bucket : buckets) {
            String value = bucket.path("key").asText();
            counts.add(new FacetCount(value, facet == Facet.COUNTRY ? countries.indonesianLabel(value) : null,
                    bucket.path("doc_count").asLong()));
        }
        return counts;
    }

    /** The inner aggregation of one of the filter aggregations this class requests. */
    private static JsonNode values(JsonNode aggs, String name) {
        JsonNode values = SearchHitsResponse.aggregation(SearchHitsResponse.aggregation(aggs, name), VALUES);
        if (values.isMissingNode()) {
            // Elasticsearch answers every aggregation it was asked for, even over no documents: this is a bug
            throw new IllegalStateException("Elasticsearch's answer lacks the aggregation " + name + " > " + VALUES);
        }
        return values;
    }

    private static String name(Facet facet) {
        return facet.name().toLowerCase(Locale.ROOT);
    }

    private static Aggregation filtered(List<Query> filters, String subName, Aggregation sub) {
        Query filter = filters.isEmpty() ? Query.of(q -> q.matchAll(m -> m))
                : Query.of(q -> q.bool(b -> b.filter(filters)));
        return Aggregation.of(a -> a.filter(filter).aggregations(subName, sub));
    }

    private static Aggregation histogram(DateRange dates, LocalDate today) {
        Long lastDay = dates.lastDayStartMillis(today);
        return Aggregation.of(a -> a.dateHistogram(h -> {
            h.field("published_at").calendarInterval(dates.interval(today).calendarInterval())
                    .timeZone(dates.zone().getId()).minDocCount(0);
            if (dates.startMillis() != null || lastDay != null) {
                h.extendedBounds(b -> {
                    if (dates.startMillis() != null) {
                        b.min(FieldDateMath.of(m -> m.value(dates.startMillis().doubleValue())));
                    }
                    if (lastDay != null) {
                        b.max(FieldDateMath.of(m -> m.value(lastDay.doubleValue())));
                    }
                    return b;
                });
            }
            return h;
        }));
    }

    private static DateHistogram histogram(JsonNode histogram, DateRange dates, DateInterval interval, LocalDate today) {
        JsonNode buckets = histogram.path("buckets");
        List<DateBucket> out = new ArrayList<>(buckets.size());
        for (JsonNode bucket : buckets) {
            LocalDate start = Instant.ofEpochMilli(bucket.path("key").asLong()).atZone(dates.zone()).toLocalDate();
            out.add(new DateBucket(start, bucket.path("doc_count").asLong(),
                    interval.isPartial(start, dates.from(), dates.to(), today)));
        }
        return new DateHistogram(interval.label(), dates.zone().getId(), out);
    }
}
