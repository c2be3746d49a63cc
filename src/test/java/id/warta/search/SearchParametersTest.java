package id.warta.search;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SearchParametersTest {

    private final CountryNames countries = new GazetteerCountryNames(id.warta.extract.CountryGazetteer.standard());

    private SearchRequest validate(SearchParameters p) {
        return p.validate(countries);
    }

    @Test
    @DisplayName("defaults: relevance, 20 hits, Asia/Jakarta, no filters")
    void defaults() {
        SearchRequest r = validate(SearchParameters.query(null));
        assertThat(r.sort()).isEqualTo(SortOrder.RELEVANCE);
        assertThat(r.size()).isEqualTo(Limits.DEFAULT_PAGE_SIZE);
        assertThat(r.dates().zone().getId()).isEqualTo("Asia/Jakarta");
        assertThat(r.dates().isOpen()).isTrue();
    }

    @Test
    @DisplayName("a person filter matches every name of a public figure, in the normalised form the filter field holds")
    void personFilterCoversOtherNames() {
        SearchRequest r = validate(new SearchParameters("", null, List.of("Jokowi", "Mark Rutte"), null, null, null, null, null,
                null, null, null, null));
        String filter = new SearchFilters(r).facetFilters().toString();
        assertThat(filter).contains("\"persons.lower\"").contains("\"joko widodo\"", "\"jokowi\"", "\"mark rutte\"");
    }

    @Test
    @DisplayName("each bad parameter is named with what to fix")
    void refusals() {
        assertRefused(new SearchParameters("", List.of("XX"), null, null, null, null, null, null, null, null, null, null),
                "country", "ISO 3166");
        assertRefused(SearchParameters.query("").withSize("101"), "size", "cursor");
        assertRefused(SearchParameters.query("").withSize("0"), "size", "from 1 to 100");
        assertRefused(SearchParameters.query("").withSize("ten"), "size", "whole number");
        assertRefused(new SearchParameters("", null, null, null, null, "1.11.2024", null, null, null, null, null, null),
                "from", "YYYY-MM-DD");
        assertRefused(new SearchParameters("", null, null, null, null, null, "3024-01-01", null, null, null, null, null),
                "to", "between");
        assertRefused(new SearchParameters("", null, null, null, null, null, null, null, "popular", null, null, null),
                "sort", "relevance");
        assertRefused(SearchParameters.query("x".repeat(1001)), "q", "1000");
        assertRefused(new SearchParameters("", null, null, null, null, null, null, null, null, null, null, "maybe"),
                "recency", "true or false");
    }

    @Test
    @DisplayName("country codes are accepted in any case; repeated values count once")
    void normalises() {
        SearchRequest r = validate(new SearchParameters("", List.of("ru", "RU", " kp "), List.of("A", "A"), null, null,
                null, null, null, "DATE", null, null, null));
        assertThat(r.countries()).containsExactly("RU", "KP");
        assertThat(r.persons()).containsExactly("A");
        assertThat(r.sort()).isEqualTo(SortOrder.DATE);
    }

    @Test
    @DisplayName("language is accepted in any case; an unknown one is refused with the allowed values")
    void languages() {
        SearchRequest r = validate(new SearchParameters("", null, null, null, List.of("ID", " En ", "id", "OTHER"), null,
                null, null, null, null, null, null));
        assertThat(r.languages()).containsExactly("id", "en", "other");
        for (String language : new String[] {"indonesian", "in", "ind", "de"}) {
            assertRefused(new SearchParameters("", null, null, null, List.of(language), null, null, null, null, null, null,
                    null), "language", "use id, en, other");
        }
    }

    @Test
    @DisplayName("a cursor's fingerprint is the same for the same search written differently")
    void fingerprintOfEquivalentSearches() {
        SearchParameters page1 = new SearchParameters("beras", List.of("ID", "RU"), List.of("Joko Widodo", "Prabowo"),
                List.of("kompas"), List.of("id"), "2024-11-01", null, null, "date", null, null, null);
        String fingerprint = validate(page1).fingerprint();

        assertThat(validate(new SearchParameters("beras ", List.of("RU", "ID"), List.of("Prabowo", "Joko Widodo", "Prabowo"),
                List.of("kompas"), List.of("id"), "2024-11-01", null, null, "date", "5", "cursor", null)).fingerprint())
                .isEqualTo(fingerprint);
        assertThat(validate(new SearchParameters("  beras\u00A0", List.of("ru", "id"), List.of("Prabowo", "Joko Widodo"),
                List.of("kompas"), List.of("id"), " 2024-11-01", null, null, "date", null, null, null)).fingerprint())
                .isEqualTo(fingerprint);

        // other searches keep other fingerprints
        assertThat(validate(page1.withCursor(null)).fingerprint()).isEqualTo(fingerprint);
        assertThat(validate(new SearchParameters("beras rudal", List.of("ID", "RU"), List.of("Joko Widodo", "Prabowo"),
                List.of("kompas"), List.of("id"), "2024-11-01", null, null, "date", null, null, null)).fingerprint())
                .isNotEqualTo(fingerprint);
        assertThat(validate(new SearchParameters("\"beras\"", List.of("ID", "RU"), List.of("Joko Widodo", "Prabowo"),
                List.of("kompas"), List.of("id"), "2024-11-01", null, null, "date", null, null, null)).fingerprint())
                .isNotEqualTo(fingerprint);
        assertThat(validate(new SearchParameters("beras", List.of("ID"), List.of("Joko Widodo", "Prabowo"),
                List.of("kompas"), List.of("id"), "2024-11-01", null, null, "date", null, null, null)).fingerprint())
                .isNotEqualTo(fingerprint);
        assertThat(validate(new SearchParameters("beras", List.of("ID", "RU"), List.of("Joko Widodo\u0001Prabowo"),
                List.of("kompas"), List.of("id"), "2024-11-01", null, null, "date", null, null, null)).fingerprint())
                .as("one value cannot pass for two").isNotEqualTo(fingerprint);
    }

    @Test
    @DisplayName("a value quoted in an error is cut between characters, never inside an emoji")
    void shortenedValuesStayWholeCharacters() {
        String value = "a".repeat(39) + "\uD83D\uDE00" + "b";
        assertThat(Limits.shorten(value)).isEqualTo("a".repeat(39) + "\uD83D\uDE00" + "\u2026");
        assertThat(Limits.shorten("pendek")).isEqualTo("pendek");
    }

    private void assertRefused(SearchParameters p, String parameter, String hint) {
        assertThatThrownBy(() -> validate(p)).isInstanceOfSatisfying(InvalidSearchException.class, e -> {
            assertThat(e.parameter()).isEqualTo(parameter);
            assertThat(e.getMessage()).contains(hint);
        });
    }
}
