package id.warta.search;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Inclusive calendar days in a time zone (Asia/Jakarta unless the user names one): an article at 23:30
 * WIB on 1 November belongs to 1 November. Either end may be open (null).
 */
public record DateRange(LocalDate from, LocalDate to, ZoneId zone) {

    public static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

    /** The first instant of {@code from} in the zone, as epoch milliseconds; null when open. */
    public Long startMillis() {
        return from == null ? null : from.atStartOfDay(zone).toInstant().toEpochMilli();
    }

    /** The first instant after {@code to} in the zone, as epoch milliseconds; null when open. */
    public Long endMillisExclusive() {
        return to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant().toEpochMilli();
    }

    /**
     * The last day a histogram shows: {@code to}; with only {@code from} given, {@code today} (in this
     * range's zone), or {@code from} itself when that is later; null when {@code from} is open too.
     */
    LocalDate histogramEnd(LocalDate today) {
        if (to != null || from == null) {
            return to;
        }
        return today.isBefore(from) ? from : today;
    }

    /** The first instant of the histogram's last day (see {@link #histogramEnd}): the last bucket it must show. */
    Long lastDayStartMillis(LocalDate today) {
        LocalDate end = histogramEnd(today);
        return end == null ? null : end.atStartOfDay(zone).toInstant().toEpochMilli();
    }

    public boolean isOpen() {
        return from == null && to == null;
    }

    /**
     * The search histogram's bucket size: from the range it shows, which ends today when only
     * {@code from} is given (see {@link #histogramEnd}); month when {@code from} is open.
     */
    public DateInterval interval(LocalDate today) {
        return DateInterval.forRange(from, histogramEnd(today));
    }
}
