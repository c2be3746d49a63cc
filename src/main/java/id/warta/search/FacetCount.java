package id.warta.search;

/** One value of a facet and how many matching articles have it; {@code label} is the Indonesian country name. */
public record FacetCount(String value, String label, long count) {
}
