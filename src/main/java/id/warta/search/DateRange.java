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

    /** The first instant of {@code to}: the last bucket a histogram must show. */
    Long lastDayStartMillis() {
        return to == null ? null : to.atStartOfDay(zone).toInstant().toEpochMilli();
    }

    public boolean isOpen() {
        return from == null && to == null;
    }

    public DateInterval interval() {
        return DateInterval.forRange(from, to);
    }
}
