package id.warta.search;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The filters of a search, split the way multi-select facets need them: the date range and language
 * narrow everything (hits and every count), while each facet's own filter narrows the hits and the
 * other facets' counts but not its own, so that ticking a second country shows what it would add.
 */
final class SearchFilters {

    private final List<Query> always = new ArrayList<>();
    private final Map<Facet, Query> byFacet = new EnumMap<>(Facet.class);

    SearchFilters(SearchRequest request) {
        DateRange dates = request.dates();
        if (!dates.isOpen()) {
            always.add(Query.of(q -> q.range(r -> r.date(d -> {
                d.field("published_at").format("epoch_millis");
                if (dates.startMillis() != null) {
                    d.gte(String.valueOf(dates.startMillis()));
                }
                if (dates.endMillisExclusive() != null) {
                    d.lt(String.valueOf(dates.endMillisExclusive()));
                }
                return d;
            }))));
        }
        if (!request.languages().isEmpty()) {
            always.add(terms("language", request.languages()));
        }
        put(Facet.COUNTRY, request.countries());
        // a person filter matches every name of a public figure ("Jokowi" and "Joko Widodo")
        put(Facet.PERSON, request.persons());
        put(Facet.SOURCE, request.sources());
    }

    private void put(Facet facet, List<String> values) {
        if (!values.isEmpty()) {
            byFacet.put(facet, terms(facet.filterField(), values.stream().flatMap(v -> facet.filterValues(v).stream()).distinct().toList()));
        }
    }

    private static Query terms(String field, List<String> values) {
        List<FieldValue> fieldValues = values.stream().map(FieldValue::of).toList();
        return Query.of(q -> q.terms(t -> t.field(field).terms(v -> v.value(fieldValues))));
    }

    /** Filters on every hit and every count. */
    List<Query> always() {
        return always;
    }

    /** The facet filters, for the hits (post_filter). */
    List<Query> facetFilters() {
        return List.copyOf(byFacet.values());
    }

    /** The filter of one facet, or null when the search has none. */
    Query facetFilter(Facet facet) {
        return byFacet.get(facet);
    }

    /** The facet filters a facet's counts obey: all but its own. */
    List<Query> facetFiltersExcept(Facet facet) {
        List<Query> out = new ArrayList<>();
        byFacet.forEach((f, q) -> {
            if (f != facet) {
                out.add(q);
            }
        });
        return out;
    }
}
