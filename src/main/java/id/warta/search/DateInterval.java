package id.warta.search;

import co.elastic.clients.elasticsearch._types.aggregations.CalendarInterval;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;

/** The date histogram's bucket size, chosen from the length of the range so that a chart has 30-200 bars. */
public enum DateInterval {
    DAY(CalendarInterval.Day, ChronoUnit.DAYS), WEEK(CalendarInterval.Week, ChronoUnit.WEEKS),
    MONTH(CalendarInterval.Month, ChronoUnit.MONTHS), YEAR(CalendarInterval.Year, ChronoUnit.YEARS);

    private final CalendarInterval calendarInterval;
    private final ChronoUnit unit;

    DateInterval(CalendarInterval calendarInterval, ChronoUnit unit) {
        this.calendarInterval = calendarInterval;
        this.unit = unit;
    }

    public CalendarInterval calendarInterval() {
        return calendarInterval;
    }

    /**
     * Day up to two months, week up to two years, month up to ten years, else year; month when open-ended
     * (the search histogram closes a range without {@code to} at today first: {@link DateRange#interval(LocalDate)}).
     */
    public static DateInterval forRange(LocalDate from, LocalDate to) {
        if (from == null || to == null) {
            return MONTH;
        }
        long days = ChronoUnit.DAYS.between(from, to) + 1;
        if (days <= 62) {
            return DAY;
        }
        if (days <= 2 * 366) {
            return WEEK;
        }
        return days <= 10 * 366 ? MONTH : YEAR;
    }

    /**
     * The day a bucket holding {@code day} starts on, as Elasticsearch's calendar intervals have it:
     * the day itself, the Monday of its (ISO) week, the first of its month or of its year.
     */
    public LocalDate bucketStart(LocalDate day) {
        return switch (this) {
            case DAY -> day;
            case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> day.withDayOfMonth(1);
            case YEAR -> day.withDayOfYear(1);
        };
    }

    /** The start of the bucket after the one starting on {@code start}. */
    public LocalDate next(LocalDate start) {
        return start.plus(1, unit);
    }

    /**
     * Whether the bucket starting on {@code start} counts only part of its period: it begins before {@code from}, ends
     * after {@code to} (either open: null), or is not over yet: it holds {@code today} or comes after it.
     */
    public boolean isPartial(LocalDate start, LocalDate from, LocalDate to, LocalDate today) {
        LocalDate end = next(start).minusDays(1);
        return from != null && start.isBefore(from) || to != null && end.isAfter(to) || !end.isBefore(today);
    }

    /** How many buckets from the one holding {@code from} to the one holding {@code to}, both included. */
    public long bucketsBetween(LocalDate from, LocalDate to) {
        return unit.between(bucketStart(from), bucketStart(to)) + 1;
    }

    /** "day", "week", "month" or "year", as the API names it. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
