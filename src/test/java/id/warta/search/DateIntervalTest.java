package id.warta.search;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class DateIntervalTest {

    @Test
    void followsTheRange() {
        LocalDate start = LocalDate.parse("2024-01-01");
        assertThat(DateInterval.forRange(start, start)).isEqualTo(DateInterval.DAY);
        assertThat(DateInterval.forRange(start, start.plusDays(61))).isEqualTo(DateInterval.DAY);
        assertThat(DateInterval.forRange(start, start.plusDays(62))).isEqualTo(DateInterval.WEEK);
        assertThat(DateInterval.forRange(start, start.plusYears(2).minusDays(1))).isEqualTo(DateInterval.WEEK);
        assertThat(DateInterval.forRange(start, start.plusYears(5))).isEqualTo(DateInterval.MONTH);
        assertThat(DateInterval.forRange(start, start.plusYears(11))).isEqualTo(DateInterval.YEAR);
        assertThat(DateInterval.forRange(null, start)).isEqualTo(DateInterval.MONTH);
    }

    @Test
    void bucketsStartLikeElasticsearchCalendarIntervals() {
        LocalDate sunday = LocalDate.parse("2024-01-07");
        assertThat(DateInterval.DAY.bucketStart(sunday)).isEqualTo(sunday);
        assertThat(DateInterval.WEEK.bucketStart(sunday)).isEqualTo(LocalDate.parse("2024-01-01"));
        assertThat(DateInterval.WEEK.bucketStart(LocalDate.parse("2024-01-08"))).isEqualTo(LocalDate.parse("2024-01-08"));
        assertThat(DateInterval.MONTH.bucketStart(sunday)).isEqualTo(LocalDate.parse("2024-01-01"));
        assertThat(DateInterval.YEAR.bucketStart(LocalDate.parse("2024-12-31"))).isEqualTo(LocalDate.parse("2024-01-01"));
        assertThat(DateInterval.MONTH.next(LocalDate.parse("2024-01-01"))).isEqualTo(LocalDate.parse("2024-02-01"));
    }

    @Test
    void countsBucketsBothEndsIncluded() {
        assertThat(DateInterval.DAY.bucketsBetween(LocalDate.parse("2024-01-01"), LocalDate.parse("2024-01-31"))).isEqualTo(31);
        assertThat(DateInterval.WEEK.bucketsBetween(LocalDate.parse("2024-01-07"), LocalDate.parse("2024-01-08"))).isEqualTo(2);
        assertThat(DateInterval.MONTH.bucketsBetween(LocalDate.parse("2024-01-31"), LocalDate.parse("2024-03-01"))).isEqualTo(3);
        assertThat(DateInterval.YEAR.bucketsBetween(LocalDate.parse("1900-06-01"), LocalDate.parse("2100-01-01"))).isEqualTo(201);
    }

    @Test
    void aBucketIsPartialWhenTheDatesBeginOrEndInsideItOrItHoldsToday() {
        LocalDate monday = LocalDate.parse("2024-01-01");
        LocalDate today = LocalDate.parse("2026-11-28");
        assertThat(DateInterval.WEEK.isPartial(monday, monday, LocalDate.parse("2024-01-07"), today)).isFalse();
        assertThat(DateInterval.WEEK.isPartial(monday, null, null, today)).as("an open range").isFalse();
        assertThat(DateInterval.WEEK.isPartial(monday, LocalDate.parse("2024-01-02"), null, today)).isTrue();
        assertThat(DateInterval.WEEK.isPartial(monday, null, LocalDate.parse("2024-01-06"), today)).isTrue();
        assertThat(DateInterval.MONTH.isPartial(LocalDate.parse("2026-11-01"), null, null, today)).as("not over").isTrue();
        assertThat(DateInterval.DAY.isPartial(today, null, null, today)).as("today").isTrue();
        assertThat(DateInterval.DAY.isPartial(today.minusDays(1), null, null, today)).isFalse();
    }
}
