package id.warta.search.analysis;

import id.warta.extract.CountryGazetteer;
import id.warta.search.CountryNames;
import id.warta.search.Facet;
import id.warta.search.GazetteerCountryNames;
import id.warta.search.SearchParameters;
import id.warta.search.SearchRequest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue #10: which persons and countries co-occurrence leaves out because the search itself asks for them. */
class QueriedValuesTest {

    private static final CountryNames COUNTRIES = new GazetteerCountryNames(CountryGazetteer.standard());

    @Test
    @DisplayName("persons: the person filter ignoring case, and names containing every word of a query term")
    void persons() {
        Predicate<String> filtered = queried(new SearchParameters("", null, List.of("mark rutte"), null, null, null, null,
                null, null, null, null, null), Facet.PERSON);
        assertThat(filtered).accepts("Mark Rutte").rejects("Mark Zuckerberg", "Volodymyr Zelensky");

        Predicate<String> text = queried(SearchParameters.query("Putin OR \"Shin Tae-yong\" -Biden"), Facet.PERSON);
        assertThat(text).accepts("Vladimir Putin", "Shin Tae-yong").as("excluded terms leave nothing out").rejects("Joe Biden");
        assertThat(queried(SearchParameters.query("harga beras"), Facet.PERSON)).rejects("Joko Widodo");
        assertThat(queried(new SearchParameters("", null, List.of("Jokowi"), null, null, null, null, null, null, null, null, null),
                Facet.PERSON)).as("the filter's person by every name he has").accepts("Joko Widodo", "jokowi").rejects("Prabowo Subianto");
        assertThat(queried(SearchParameters.query("Jokowi"), Facet.PERSON)).as("a query word's person by every name he has too")
                .accepts("Joko Widodo").rejects("Iriana", "Prabowo Subianto");
    }

    @Test
    @DisplayName("persons: a query word stands for the most mentioned person it fits, not for every relative who shares the surname")
    void surnameStandsForOnePerson() {
        // asked in the order co-occurrence asks, most mentioned first
        Predicate<String> habibie = queried(SearchParameters.query("Habibie"), Facet.PERSON);
        assertThat(habibie.test("BJ Habibie")).isTrue();
        assertThat(habibie.test("Ainun Habibie")).isFalse();
        assertThat(habibie.test("Thareq Kemal Habibie")).isFalse();
        assertThat(habibie.test("Joko Widodo")).isFalse();

        Predicate<String> widodo = queried(SearchParameters.query("\"Joko Widodo\""), Facet.PERSON);
        assertThat(widodo.test("Joko Widodo")).isTrue();
        assertThat(widodo.test("Iriana Joko Widodo")).as("his wife is someone else").isFalse();
    }

    @Test
    @DisplayName("countries: the country filter, and countries named in the text by any name, quoted or not")
    void countries() {
        Predicate<String> filtered = queried(new SearchParameters("", List.of("kp"), null, null, null, null, null, null, null,
                null, null, null), Facet.COUNTRY);
        assertThat(filtered).accepts("KP").rejects("KR", "RU");
        assertThat(queried(SearchParameters.query("Korut rudal"), Facet.COUNTRY)).accepts("KP").rejects("JP");
        assertThat(queried(SearchParameters.query("sanksi Korea Utara"), Facet.COUNTRY)).accepts("KP")
                .as("the Korea of Korea Utara names no South Korea").rejects("KR");
        assertThat(queried(SearchParameters.query("Korea Selatan Korea Utara"), Facet.COUNTRY)).accepts("KP", "KR");
        assertThat(queried(SearchParameters.query("\"Amerika Serikat\""), Facet.COUNTRY)).accepts("US");
        assertThat(queried(SearchParameters.query("rudal"), Facet.COUNTRY)).rejects("KP");
        assertThat(queried(SearchParameters.query("AS Roma menang"), Facet.COUNTRY))
                .as("a club's name that holds a country's name, as the search reads it").rejects("US");
        assertThat(queried(SearchParameters.query("imigran Amerika Latin"), Facet.COUNTRY)).rejects("US");
    }

    @Test
    @DisplayName("words: the required query terms, the person filter's names and every name of the search's countries")
    void phrases() {
        SearchRequest request = new SearchParameters("rudal OR nuklir -hoaks", List.of("KP"), List.of("Kim Jong Un"), null,
                null, null, null, null, null, null, null, null).validate(COUNTRIES);
        assertThat(QueriedValues.phrases(request, COUNTRIES)).startsWith("rudal", "nuklir", "Kim Jong Un")
                .contains("Korea Utara", "Korut").doesNotContain("hoaks");
        assertThat(QueriedValues.phrases(SearchParameters.query("").validate(COUNTRIES), COUNTRIES)).isEmpty();
        assertThat(QueriedValues.phrases(SearchParameters.query("Jokowi").validate(COUNTRIES), COUNTRIES))
                .as("a query word's other names").contains("Jokowi", "Joko Widodo");
    }

    private static Predicate<String> queried(SearchParameters parameters, Facet facet) {
        SearchRequest request = parameters.validate(COUNTRIES);
        return QueriedValues.of(request, facet, COUNTRIES);
    }
}
