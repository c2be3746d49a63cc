package id.warta.search;

import co.elastic.clients.elasticsearch._types.aggregations.CalendarInterval;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** The date histogram's bucket size, chosen from the length of the range so that a chart has 30-200 bars. */
public enum DateInterval {
    DAY(CalendarInterval.Day), WEEK(CalendarInterval.Week), MONTH(CalendarInterval.Month), YEAR(CalendarInterval.Year);

    private final CalendarInterval calendarInterval;

    DateInterval(CalendarInterval calendarInterval) {
        this.calendarInterval = calendarInterval;
    }

    CalendarInterval calendarInterval() {
        return calendarInterval;
    }

    /** Day up to two months, week up to two years, month up to ten years, else year; month when open-ended. */
    static DateInterval forRange(LocalDate from, LocalDate to) {
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
}
