package id.warta.search.analysis;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import id.warta.index.IndexNames;
import id.warta.search.DateBucket;
import id.warta.search.FacetCount;
import id.warta.search.InvalidSearchException;
import id.warta.search.SearchParameters;
import id.warta.testing.ElasticsearchTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Issue #10: articles per interval for each entity, over {@link AnalysisCorpus}. */
@ElasticsearchTest
class EntityTimelineIT {

    private static final List<String> RUTTE_AND_KP = List.of("person:Mark Rutte", "country:KP");

    @Test
    @DisplayName("weekly counts per entity in Asia/Jakarta weeks, empty weeks zero-filled over the range")
    void weeks(ElasticsearchClient client, IndexNames names) throws IOException {
        EntityTimeline timeline = AnalysisFixture.over(client, names)
                .timeline(AnalysisFixture.days("2024-01-01", "2024-02-11", null), RUTTE_AND_KP, "week");
        assertThat(timeline.interval()).isEqualTo("week");
        assertThat(timeline.zone()).isEqualTo("Asia/Jakarta");
        EntitySeries rutte = timeline.entities().get(0);
        assertThat(rutte.entity()).isEqualTo("person:Mark Rutte");
        assertThat(rutte.label()).isNull();
        assertThat(rutte.total()).isEqualTo(4);
        assertThat(rutte.buckets()).isEqualTo(weeks("2024-01-01", 1, 1, 1, 0, 0, 1));
        EntitySeries kp = timeline.entities().get(1);
        assertThat(kp.entity()).isEqualTo("country:KP");
        assertThat(kp.label()).isEqualTo("Korea Utara");
        assertThat(kp.buckets()).as("k2, Monday 8 January 00:30 WIB, is in the week of 8 January")
                .isEqualTo(weeks("2024-01-01", 1, 1, 0, 1, 0, 1));
    }

    @Test
    @DisplayName("in UTC the same article falls on Sunday 7 January, in the week before")
    void zone(ElasticsearchClient client, IndexNames names) throws IOException {
        EntityTimeline timeline = AnalysisFixture.over(client, names)
                .timeline(AnalysisFixture.days("2024-01-01", "2024-02-11", "UTC"), List.of("country:kp"), "week");
        assertThat(timeline.zone()).isEqualTo("UTC");
        assertThat(timeline.entities().getFirst().buckets()).isEqualTo(weeks("2024-01-01", 2, 0, 0, 1, 0, 1));
    }

    @Test
    @DisplayName("on a day inside the range, the week that holds it and the weeks after are partial: not over yet")
    void weeksNotOverYet(ElasticsearchClient client, IndexNames names) throws IOException {
        AnalysisFixture.over(client, names);
        java.time.Clock wednesday = java.time.Clock.fixed(java.time.Instant.parse("2024-01-24T03:00:00Z"), java.time.ZoneOffset.UTC);
        EntityTimeline timeline = new ArticleAnalysis(client, names, new id.warta.search.GazetteerCountryNames(
                id.warta.extract.CountryGazetteer.standard()), wednesday)
                .timeline(AnalysisFixture.days("2024-01-01", "2024-02-11", null), List.of("country:KP"), "week");
        assertThat(timeline.entities().getFirst().buckets()).extracting(DateBucket::partial)
                .containsExactly(false, false, false, true, true, true);
    }

    @Test
    @DisplayName("an open range spans the entities' first to last mention, the same months for each; names work for countries")
    void openRange(ElasticsearchClient client, IndexNames names) throws IOException {
        EntityTimeline timeline = AnalysisFixture.over(client, names)
                .timeline(AnalysisFixture.everything(), List.of("person:joe biden", "country:Korea Utara"), "month");
        assertThat(timeline.entities()).extracting(EntitySeries::entity).containsExactly("person:joe biden", "country:KP");
        assertThat(timeline.entities().get(0).buckets()).isEqualTo(months(3, 1, 0, 1));
        assertThat(timeline.entities().get(1).buckets()).isEqualTo(months(3, 1, 0, 0));
        assertThat(timeline.entities().get(0).total()).isEqualTo(5);
    }

    @Test
    @DisplayName("a person by another name the alias list knows (Jokowi) is followed as under the full name, as a person filter finds him")
    void personByAlias(ElasticsearchClient client, IndexNames names) throws IOException {
        EntityTimeline timeline = AnalysisFixture.over(client, names)
                .timeline(AnalysisFixture.everything(), List.of("person:Jokowi", "person:Joko Widodo"), "month");
        assertThat(timeline.entities().get(0).total()).isEqualTo(2).isEqualTo(timeline.entities().get(1).total());
        assertThat(timeline.entities().get(0).buckets()).isEqualTo(timeline.entities().get(1).buckets());
    }

    @Test
    @DisplayName("the automatic interval follows the days covered like the search's histogram: the range, or the mentions where it is open; the search's filters apply")
    void automaticIntervalAndFilters(ElasticsearchClient client, IndexNames names) throws IOException {
        ArticleAnalysis analysis = AnalysisFixture.over(client, names);
        EntityTimeline days = analysis.timeline(AnalysisFixture.days("2024-01-01", "2024-01-31", null), RUTTE_AND_KP, null);
        assertThat(days.interval()).isEqualTo("day");
        assertThat(days.entities().getFirst().buckets()).hasSize(31);
        assertThat(days.entities().getFirst().buckets().get(2)).isEqualTo(new DateBucket(LocalDate.parse("2024-01-03"), 1, false));

        EntityTimeline withRudal = analysis.timeline(AnalysisFixture.text("rudal"), RUTTE_AND_KP, "month");
        assertThat(withRudal.entities().get(0).total()).isZero();
        assertThat(withRudal.entities().get(0).buckets()).isEqualTo(months(0, 0));
        assertThat(withRudal.entities().get(1).buckets()).isEqualTo(months(3, 1));

        EntityTimeline rudalByDay = analysis.timeline(AnalysisFixture.text("rudal"), RUTTE_AND_KP, "auto");
        assertThat(rudalByDay.interval()).as("4 January to 6 February: 34 days").isEqualTo("day");
        assertThat(rudalByDay.entities().get(1).buckets()).hasSize(34)
                .startsWith(new DateBucket(LocalDate.parse("2024-01-04"), 1, false))
                .endsWith(new DateBucket(LocalDate.parse("2024-02-06"), 1, false));
        assertThat(analysis.timeline(AnalysisFixture.days("2020-01-01", null, null), RUTTE_AND_KP, null).interval())
                .as("from 2020 to the last mention, February 2024").isEqualTo("month");
        assertThat(analysis.timeline(AnalysisFixture.days("2010-01-01", null, null), RUTTE_AND_KP, null).interval())
                .as("from 2010: over ten years").isEqualTo("year");

        EntityTimeline nobody = analysis.timeline(AnalysisFixture.everything(), List.of("person:Nobody Known"), "month");
        assertThat(nobody.entities().getFirst().buckets()).isEmpty();
    }

    @Test
    @DisplayName("a person no matching article names as written comes with the names the user may have meant")
    void didYouMean(ElasticsearchClient client, IndexNames names) throws IOException {
        ArticleAnalysis analysis = AnalysisFixture.over(client, names);
        EntityTimeline surname = analysis.timeline(AnalysisFixture.everything(), List.of("person:Rutte", "person:Mark Rutte"), "month");
        EntitySeries rutte = surname.entities().get(0);
        EntitySeries markRutte = surname.entities().get(1);
        assertThat(rutte.total()).isZero();
        assertThat(markRutte.total()).isPositive();
        assertThat(rutte.didYouMean()).containsExactly(new FacetCount("Mark Rutte", null, markRutte.total()));
        assertThat(markRutte.didYouMean()).as("a person who is named").isEmpty();
        assertThat(analysis.timeline(AnalysisFixture.text("rudal"), List.of("person:Rutte"), "month").entities().getFirst().didYouMean())
                .as("counted under the search: no article on missiles names Mark Rutte").isEmpty();
    }

    @Test
    @DisplayName("entity syntax, unknown countries, too many buckets and a missing entity are refused, naming what to fix")
    void mistakes(ElasticsearchClient client, IndexNames names) throws IOException {
        ArticleAnalysis analysis = AnalysisFixture.over(client, names);
        SearchParameters all = AnalysisFixture.everything();
        expect(() -> analysis.timeline(all, List.of("Mark Rutte"), null), "entity", "person:NAME or country:CODE");
        expect(() -> analysis.timeline(all, List.of("source:kompas"), null), "entity", "person:NAME or country:CODE");
        expect(() -> analysis.timeline(all, List.of("person:"), null), "entity", "after the colon");
        expect(() -> analysis.timeline(all, List.of("country:XX"), null), "entity", "unknown country 'XX'");
        expect(() -> analysis.timeline(all, List.of(), null), "entity", "at least one entity");
        expect(() -> analysis.timeline(all, java.util.Collections.nCopies(11, "country:KP"), null), "entity", "at most 10");
        expect(() -> analysis.timeline(all, RUTTE_AND_KP, "hour"), "interval", "day, week, month, year or auto");
        expect(() -> analysis.timeline(AnalysisFixture.days("1990-01-01", "2024-12-31", null), RUTTE_AND_KP, "day"),
                "interval", "choose a longer interval");
        expect(() -> analysis.timeline(AnalysisFixture.days("1990-01-01", null, null), RUTTE_AND_KP, "day"),
                "interval", "from 1990-01-01 to 2024-02-06 makes");
    }

    private static void expect(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String parameter, String hint) {
        assertThatThrownBy(call).isInstanceOf(InvalidSearchException.class).hasMessageContaining(hint)
                .extracting(e -> ((InvalidSearchException) e).parameter()).isEqualTo(parameter);
    }

    private static List<DateBucket> weeks(String firstMonday, long... counts) {
        LocalDate start = LocalDate.parse(firstMonday);
        return java.util.stream.IntStream.range(0, counts.length)
                .mapToObj(i -> new DateBucket(start.plusWeeks(i), counts[i], false)).toList();
    }

    /** Months from January 2024. */
    private static List<DateBucket> months(long... counts) {
        return java.util.stream.IntStream.range(0, counts.length)
                .mapToObj(i -> new DateBucket(LocalDate.of(2024, 1 + i, 1), counts[i], false)).toList();
    }
}
