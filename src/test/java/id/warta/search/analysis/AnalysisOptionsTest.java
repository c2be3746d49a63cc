package id.warta.search.analysis;

import id.warta.extract.CountryGazetteer;
import id.warta.search.DateInterval;
import id.warta.search.Facet;
import id.warta.search.GazetteerCountryNames;
import id.warta.search.InvalidSearchException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Issue #10: the analysis views' own parameters: defaults, bounds, and entity syntax. */
class AnalysisOptionsTest {

    private static final GazetteerCountryNames COUNTRIES = new GazetteerCountryNames(CountryGazetteer.standard());

    @Test
    @DisplayName("size and min_count: defaults, bounds, and messages naming the parameter")
    void numbers() {
        assertThat(AnalysisOptions.size(null)).isEqualTo(20);
        assertThat(AnalysisOptions.size(" 100 ")).isEqualTo(100);
        assertThat(AnalysisOptions.minCount("")).isEqualTo(3);
        assertThat(AnalysisOptions.minCount("1")).isEqualTo(1);
        refused(() -> AnalysisOptions.size("101"), "size", "from 1 to 100");
        refused(() -> AnalysisOptions.size("1e3"), "size", "whole number");
        refused(() -> AnalysisOptions.minCount("-1"), "min_count", "from 1 to 100000");
        refused(() -> AnalysisOptions.minCount("99999999999999999999"), "min_count", "whole number");
    }

    @Test
    @DisplayName("facet persons (default) or countries; interval day/week/month/year or automatic")
    void facetAndInterval() {
        assertThat(AnalysisOptions.entityFacet(null)).isEqualTo(Facet.PERSON);
        assertThat(AnalysisOptions.entityFacet("Countries")).isEqualTo(Facet.COUNTRY);
        refused(() -> AnalysisOptions.entityFacet("source"), "facet", "persons or countries");
        assertThat(AnalysisOptions.interval(null)).isEmpty();
        assertThat(AnalysisOptions.interval("auto")).isEmpty();
        assertThat(AnalysisOptions.interval("WEEK")).contains(DateInterval.WEEK);
        refused(() -> AnalysisOptions.interval("hour"), "interval", "day, week, month, year or auto");
        assertThat(CooccurrenceOrder.parse(null)).isEqualTo(CooccurrenceOrder.COUNT);
        assertThat(CooccurrenceOrder.parse(" Lift")).isEqualTo(CooccurrenceOrder.LIFT);
        refused(() -> CooccurrenceOrder.parse("score"), "sort", "count or lift");
    }

    @Test
    @DisplayName("entities: person:NAME and country:CODE or a country's name; anything else says the syntax")
    void entities() {
        assertThat(TimelineEntity.parse(" person :  Mark   Rutte ", COUNTRIES)).isEqualTo(new TimelineEntity(Facet.PERSON, "Mark Rutte"));
        assertThat(TimelineEntity.parse("country:kp", COUNTRIES)).isEqualTo(new TimelineEntity(Facet.COUNTRY, "KP"));
        assertThat(TimelineEntity.parse("countries:Korut", COUNTRIES)).isEqualTo(new TimelineEntity(Facet.COUNTRY, "KP"));
        assertThat(TimelineEntity.parse("person:Shin Tae-yong", COUNTRIES).spec()).isEqualTo("person:Shin Tae-yong");
        refused(() -> TimelineEntity.parse("Mark Rutte", COUNTRIES), "entity", "person:NAME or country:CODE");
        refused(() -> TimelineEntity.parse(":", COUNTRIES), "entity", "person:NAME or country:CODE");
        refused(() -> TimelineEntity.parse("person:   ", COUNTRIES), "entity", "after the colon");
        refused(() -> TimelineEntity.parse("country:Atlantis", COUNTRIES), "entity", "unknown country 'Atlantis'");
        refused(() -> TimelineEntity.parse("person:" + "x".repeat(201), COUNTRIES), "entity", "1 to 200 characters");
    }

    @Test
    @DisplayName("a name with a comma survives the split of entity=... at commas; the pieces that name a kind stay entities of their own")
    void entityNamesWithCommas() {
        // what Spring MVC makes of entity=person:Susilo Bambang Yudhoyono, SBY,country:KP
        assertThat(TimelineEntity.rejoined(List.of("person:Susilo Bambang Yudhoyono", "SBY", "country:KP")))
                .containsExactly("person:Susilo Bambang Yudhoyono, SBY", "country:KP");
        assertThat(TimelineEntity.rejoined(List.of("person:Mark Rutte", " Country : RU"))).containsExactly("person:Mark Rutte", " Country : RU");
        assertThat(TimelineEntity.rejoined(List.of("Mark Rutte"))).as("a first piece is left for parse to refuse").containsExactly("Mark Rutte");
    }

    @Test
    @DisplayName("lift is P(value | result set) / P(value | archive), to three decimals, 0 for an empty result set")
    void lift() {
        assertThat(CooccurrenceAnalysis.lift(3, 4, 4, 16)).isEqualTo(3.0);
        assertThat(CooccurrenceAnalysis.lift(1, 3, 1, 16)).isEqualTo(5.333);
        assertThat(CooccurrenceAnalysis.lift(5, 16, 5, 16)).isEqualTo(1.0);
        assertThat(CooccurrenceAnalysis.lift(0, 0, 0, 16)).isZero();
    }

    private static void refused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String parameter, String hint) {
        assertThatThrownBy(call).isInstanceOf(InvalidSearchException.class).hasMessageContaining(hint)
                .extracting(e -> ((InvalidSearchException) e).parameter()).isEqualTo(parameter);
    }
}
