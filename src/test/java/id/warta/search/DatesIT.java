package id.warta.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import id.warta.index.IndexNames;
import id.warta.testing.ElasticsearchTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Issue #5: date ranges as calendar days in Asia/Jakarta (or a given zone) and the date histogram. */
@ElasticsearchTest
class DatesIT {

    @Test
    @DisplayName("an article at 23:30 WIB belongs to that WIB day, one at 00:30 WIB to the next")
    void wibDayBoundaries(ElasticsearchClient client, IndexNames names) throws IOException {
        SearchFixture fixture = SearchFixture.over(client, names);
        assertThat(SearchFixture.ids(fixture.run(SearchFixture.filters("", null, null, null, "2024-11-01", "2024-11-01"))))
                .containsExactlyInAnyOrder("a1", "a9");
        assertThat(SearchFixture.ids(fixture.run(SearchFixture.filters("", null, null, null, "2024-11-02", "2024-11-02"))))
                .containsExactly("a2");
        assertThat(SearchFixture.ids(fixture.run(SearchFixture.filters("", null, null, null, null, "2024-11-30"))))
                .as("to is inclusive up to 23:59 WIB").contains("a7").doesNotContain("a8");
        assertThat(SearchFixture.ids(fixture.run(SearchFixture.filters("", null, null, null, "2024-12-01", null))))
                .containsExactly("a8");
    }

    @Test
    @DisplayName("a zone given with the range moves the day boundaries")
    void otherZone(ElasticsearchClient client, IndexNames names) throws IOException {
        SearchFixture fixture = SearchFixture.over(client, names);
        SearchResult utc = fixture.run(new SearchParameters("", null, null, null, null, "2024-11-01", "2024-11-01", "UTC",
                null, "100", null, null));
        assertThat(SearchFixture.ids(utc)).containsExactlyInAnyOrder("a1", "a2", "a9");
        assertThat(utc.facets().dates().buckets()).containsExactly(new DateBucket(LocalDate.parse("2024-11-01"), 3, false));
    }

    @Test
    @DisplayName("the histogram has one bucket per WIB day of the range, empty days as zero")
    void dailyHistogram(ElasticsearchClient client, IndexNames names) throws IOException {
        SearchFixture fixture = SearchFixture.over(client, names);
        SearchResult november = fixture.run(SearchFixture.filters("", null, null, null, "2024-11-01", "2024-11-30"));
        DateHistogram histogram = november.facets().dates();
        assertThat(histogram.interval()).isEqualTo("day");
        assertThat(histogram.zone()).isEqualTo("Asia/Jakarta");
        List<DateBucket> buckets = histogram.buckets();
        assertThat(buckets).hasSize(30);
        assertThat(buckets.getFirst()).isEqualTo(new DateBucket(LocalDate.parse("2024-11-01"), 2, false));
        assertThat(buckets.get(1)).isEqualTo(new DateBucket(LocalDate.parse("2024-11-02"), 1, false));
        assertThat(buckets.get(2)).isEqualTo(new DateBucket(LocalDate.parse("2024-11-03"), 0, false));
        assertThat(buckets.get(6)).isEqualTo(new DateBucket(LocalDate.parse("2024-11-07"), 2, false));
        assertThat(buckets.getLast()).isEqualTo(new DateBucket(LocalDate.parse("2024-11-30"), 1, false));
        assertThat(buckets.stream().mapToLong(DateBucket::count).sum()).isEqualTo(november.total()).isEqualTo(11);
    }

    @Test
    @DisplayName("a query with a few matches still gets every day of the range, and the histogram obeys the facet filters")
    void sparseHistogram(ElasticsearchClient client, IndexNames names) throws IOException {
        SearchFixture fixture = SearchFixture.over(client, names);
        SearchResult result = fixture.run(SearchFixture.filters("", List.of("KP"), null, null, "2024-11-01", "2024-11-10"));
        List<DateBucket> buckets = result.facets().dates().buckets();
        assertThat(buckets).hasSize(10);
        assertThat(buckets.stream().filter(b -> b.count() > 0))
                .containsExactly(new DateBucket(LocalDate.parse("2024-11-01"), 2, false), new DateBucket(LocalDate.parse("2024-11-05"), 1, false),
                        new DateBucket(LocalDate.parse("2024-11-07"), 1, false));
    }

    @Test
    @DisplayName("the interval follows the range: week for a year, month for years, year for decades")
    void intervalFollowsRange(ElasticsearchClient client, IndexNames names) throws IOException {
        SearchFixture fixture = SearchFixture.over(client, names);
        SearchResult year = fixture.run(SearchFixture.filters("", null, null, null, "2024-01-01", "2024-12-31"));
        assertThat(year.facets().dates().interval()).isEqualTo("week");
        assertThat(year.facets().dates().buckets().getFirst().start()).isEqualTo(LocalDate.parse("2024-01-01"));
        assertThat(year.facets().dates().buckets().stream().mapToLong(DateBucket::count).sum()).isEqualTo(12);
        SearchResult years = fixture.run(SearchFixture.filters("", null, null, null, "2020-01-01", "2024-12-31"));
        assertThat(years.facets().dates().interval()).isEqualTo("month");
        assertThat(years.facets().dates().buckets()).hasSize(60)
                .contains(new DateBucket(LocalDate.parse("2024-11-01"), 11, false), new DateBucket(LocalDate.parse("2024-12-01"), 1, false));
        SearchResult decades = fixture.run(SearchFixture.filters("", null, null, null, "2001-01-01", "2024-12-31"));
        assertThat(decades.facets().dates().interval()).isEqualTo("year");
        assertThat(decades.facets().dates().buckets()).hasSize(24).endsWith(new DateBucket(LocalDate.parse("2024-01-01"), 12, false));
    }

    @Test
    @DisplayName("a bucket that the searched dates begin or end inside is marked partial: its count is of fewer days")
    void partialBuckets(ElasticsearchClient client, IndexNames names) throws IOException {
        SearchFixture fixture = SearchFixture.over(client, names);
        List<DateBucket> weeks = fixture.run(SearchFixture.filters("", null, null, null, "2024-01-03", "2024-12-31"))
                .facets().dates().buckets();
        assertThat(weeks.getFirst().start()).isEqualTo(LocalDate.parse("2024-01-01"));
        assertThat(weeks.getFirst().partial()).as("Monday 1 January, counted from Wednesday the 3rd").isTrue();
        assertThat(weeks.get(1).partial()).isFalse();
        assertThat(weeks.getLast().start()).isEqualTo(LocalDate.parse("2024-12-30"));
        assertThat(weeks.getLast().partial()).as("counted up to Tuesday 31 December").isTrue();
        assertThat(weeks.stream().filter(DateBucket::partial)).hasSize(2);
        assertThat(fixture.run(SearchFixture.filters("", null, null, null, "2020-01-01", "2024-12-31")).facets().dates()
                .buckets()).as("whole months").noneMatch(DateBucket::partial);
    }

    @Test
    @DisplayName("a bad date, a reversed range or an unknown zone is refused with what to fix")
    void badDates(ElasticsearchClient client, IndexNames names) throws IOException {
        SearchFixture fixture = SearchFixture.over(client, names);
        assertThatThrownBy(() -> fixture.run(SearchFixture.filters("", null, null, null, "2024-13-01", null)))
                .isInstanceOf(InvalidSearchException.class).hasMessageContaining("YYYY-MM-DD");
        assertThatThrownBy(() -> fixture.run(SearchFixture.filters("", null, null, null, "2024-11-30", "2024-11-01")))
                .isInstanceOf(InvalidSearchException.class).hasMessageContaining("after");
        assertThatThrownBy(() -> fixture.run(new SearchParameters("", null, null, null, null, null, null, "Mars/Olympus",
                null, null, null, null))).isInstanceOf(InvalidSearchException.class).hasMessageContaining("Asia/Jakarta");
    }
}
