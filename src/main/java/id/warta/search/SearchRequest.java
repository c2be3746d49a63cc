package id.warta.search;

import java.util.List;
import java.util.TreeSet;

/**
 * A checked search: parsed text, filters (values of one facet are alternatives, facets combine with
 * AND), date range, order, page size, the cursor of the page to continue from (null on the first page), and
 * how the words match (every one, unless the search fell back to any of them: see {@link WordMatch}).
 * Country codes are upper case ISO 3166 alpha-2.
 */
public record SearchRequest(String text, ParsedQuery query, List<String> countries, List<String> persons,
                            List<String> sources, List<String> languages, DateRange dates, SortOrder sort,
                            int size, boolean recency, String cursor, WordMatch match) {

    public SearchRequest {
        countries = List.copyOf(countries);
        persons = List.copyOf(persons);
        sources = List.copyOf(sources);
        languages = List.copyOf(languages);
    }

    /** The same search with its words matched so. */
    public SearchRequest withMatch(WordMatch value) {
        return new SearchRequest(text, query, countries, persons, sources, languages, dates, sort, size, recency, cursor, value);
    }

    /**
     * What a cursor must have been made for: the same question, whatever the page. Paging with a
     * cursor from one search under other parameters would skip or repeat hits. It is taken over what
     * decides the hits and their order, not over how they were written: the parsed query (so "beras" and
     * "beras " are one search) and each filter's values as a set (so country=ID,RU and
     * country=RU&amp;country=ID are one search). Not over how the words match: the cursor carries that, as the
     * first page settled it.
     */
    String fingerprint() {
        return String.join("\u0000", query.toString(), set(countries), set(persons), set(sources), set(languages),
                String.valueOf(dates.from()), String.valueOf(dates.to()), dates.zone().getId(), sort.name(),
                String.valueOf(recency));
    }

    /** The values in order, each with its length first, so that no value can pass for two ("a" + "b" is not "a\u0001b"). */
    private static String set(List<String> values) {
        StringBuilder out = new StringBuilder();
        for (String value : new TreeSet<>(values)) {
            out.append(value.length()).append(':').append(value);
        }
        return out.toString();
    }
}
