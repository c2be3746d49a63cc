package id.warta.search;

import java.util.List;

/**
 * Counts of a search by value. Each facet counts under every filter except its own (multi-select);
 * the date histogram counts under all filters.
 */
public record Facets(List<FacetCount> countries, List<FacetCount> persons, List<FacetCount> sources, DateHistogram dates) {
}
