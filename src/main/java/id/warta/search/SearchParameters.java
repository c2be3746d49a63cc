package id.warta.search;

import java.util.List;

/**
 * A search as the API and the command line receive it: text, before any checking. {@link #validate}
 * turns it into a {@link SearchRequest} or says which parameter to fix.
 */
public record SearchParameters(String q, List<String> country, List<String> person, List<String> source,
                               List<String> language, String from, String to, String zone, String sort,
                               String size, String cursor, String recency) {

    public SearchParameters {
        country = nonNull(country);
        person = nonNull(person);
        source = nonNull(source);
        language = nonNull(language);
    }

    public static SearchParameters query(String q) {
        return new SearchParameters(q, null, null, null, null, null, null, null, null, null, null, null);
    }

    public SearchParameters withCursor(String value) {
        return new SearchParameters(q, country, person, source, language, from, to, zone, sort, size, value, recency);
    }

    public SearchParameters withSize(String value) {
        return new SearchParameters(q, country, person, source, language, from, to, zone, sort, value, cursor, recency);
    }

    public SearchRequest validate(CountryNames countries) {
        return SearchRequestValidator.validate(this, countries);
    }

    private static List<String> nonNull(List<String> values) {
        return values == null ? List.of() : values.stream().filter(v -> v != null).toList();
    }
}
