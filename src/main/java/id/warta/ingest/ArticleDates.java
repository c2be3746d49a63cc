package id.warta.ingest;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Publication dates as Indonesian news writes them, to an instant. Accepts ISO forms (with or without
 * offset, "2019-09-10 00:00:00"), a separate time such as "13:30 WIB", "Selasa (10/9/2019)",
 * "10/09/2019 13:30", "10.09.2019", "10-09-2019", "26 November 2024", "26 Nov 2024, 13:30 WITA", English month
 * names, times with AM/PM ("1:30 PM") and "24:00", and the zones WIB (+07), WITA (+08) and WIT (+09). A date
 * without zone is read in the job's zone. Indonesian day parts after a time ("08.00 malam") are not read: a
 * news time is on the 24-hour clock, and the words overlap at their edges ("12 malam", "11 siang").
 */
public final class ArticleDates {

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("januari", 1), Map.entry("january", 1), Map.entry("jan", 1),
            Map.entry("februari", 2), Map.entry("february", 2), Map.entry("pebruari", 2), Map.entry("feb", 2), Map.entry("peb", 2),
            Map.entry("maret", 3), Map.entry("march", 3), Map.entry("mar", 3),
            Map.entry("april", 4), Map.entry("apr", 4),
            Map.entry("mei", 5), Map.entry("may", 5),
            Map.entry("juni", 6), Map.entry("june", 6), Map.entry("jun", 6),
            Map.entry("juli", 7), Map.entry("july", 7), Map.entry("jul", 7),
            Map.entry("agustus", 8), Map.entry("august", 8), Map.entry("agu", 8), Map.entry("agt", 8), Map.entry("ags", 8), Map.entry("aug", 8),
            Map.entry("september", 9), Map.entry("sept", 9), Map.entry("sep", 9),
            Map.entry("oktober", 10), Map.entry("october", 10), Map.entry("okt", 10), Map.entry("oct", 10),
            Map.entry("november", 11), Map.entry("nopember", 11), Map.entry("nov", 11), Map.entry("nop", 11),
            Map.entry("desember", 12), Map.entry("december", 12), Map.entry("des", 12), Map.entry("dec", 12));

    private static final Map<String, ZoneOffset> ZONES = Map.of(
            "wib", ZoneOffset.ofHours(7), "wita", ZoneOffset.ofHours(8), "wit", ZoneOffset.ofHours(9),
            "utc", ZoneOffset.UTC, "gmt", ZoneOffset.UTC, "z", ZoneOffset.UTC);

    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern NUMERIC_DATE = Pattern.compile("(?<!\\d)(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})(?!\\d)");
    private static final Pattern WORD_DATE = Pattern.compile("(?<!\\d)(\\d{1,2})\\s+([A-Za-z]+)\\.?,?\\s+(\\d{4})(?!\\d)");
    /**
     * A time of day: hours, minutes, optional seconds (and fraction), an optional AM/PM ("1:30 PM", "9.05 p.m.")
     * and an optional UTC offset right after it ("13:30 +0700", "13:30+0800"; a minus glued to the time is a range,
     * "10:00-12:00"). Not a piece of a dotted date ("10.09.2019").
     */
    private static final Pattern TIME = Pattern.compile("(?<![\\d.:/-])(\\d{1,2})[:.](\\d{2})(?::(\\d{2})(?:\\.\\d{1,9})?)?(?!\\d|[./]\\d)"
            + "(?:\\s?([AaPp])\\.?[Mm]\\.?(?![A-Za-z]))?(?:\\s*((?:(?<=\\s)[+-]|\\+)\\d{2}):?(\\d{2})(?![\\d:.]))?");
    private static final Pattern ZONE = Pattern.compile("(?i)\\b(WIB|WITA|WIT|UTC|GMT)\\b\\s*([+-]\\d{1,2}(?::?\\d{2})?)?");
    /**
     * How an ISO date-time with offset ends (a superset); checked before parsing, since most archives' dates have no
     * offset. The offset may be written without a colon ("+0700", "-0500": PHP's ISO 8601).
     */
    private static final Pattern ISO_OFFSET_END = Pattern.compile("[\\d.](?:[Zz]|[+-]\\d{2}(?::?\\d{2}(?::\\d{2})?)?)$");
    /** An ISO date-time with its offset written either way ("+07:00", "+0700", "-05", "Z"). */
    private static final DateTimeFormatter ISO_WITH_OFFSET = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
            .optionalStart().appendOffset("+HH:MM:ss", "Z").optionalEnd()
            .optionalStart().appendOffset("+HHmm", "Z").optionalEnd()
            .toFormatter(Locale.ROOT);

    private ArticleDates() {
    }

    /**
     * The instant of a date (and optional separate time), or empty when both are absent or blank
     * ("-" counts as absent).
     *
     * <p>The date's own time of day is looked for only outside the date itself (so "10.09.2019" holds no
     * time 10:09). A separate time, when it holds one, comes first; an ISO date-time with offset keeps its
     * instant unless its time is exactly midnight (a placeholder, as in "2019-09-10 00:00:00") and a separate
     * time is given, which is then read in the zone it names or else in the date's offset. "24:00" is the
     * next day's 00:00. A UTC offset counts as one only right after a time ("13:30 +0700"), so the year of
     * "10-09-2019" is no offset.
     *
     * @throws DateTimeException when something is there but cannot be read as a date; its message quotes
     *                           the date and the time given
     */
    public static Optional<Instant> parse(String date, String time, ZoneId defaultZone) {
        if (isAbsent(date)) {
            return Optional.empty();
        }
        try {
            return Optional.of(instant(date.trim(), isAbsent(time) ? null : time.trim(), defaultZone));
        } catch (DateTimeException e) {
            throw new DateTimeException("'" + date + "'" + (isAbsent(time) ? "" : " with time '" + time + "'")
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()), e);
        }
    }

    private static Instant instant(String text, String time, ZoneId defaultZone) {
        OffsetDateTime iso = isoDateTime(text);
        if (iso != null && (time == null || !iso.toLocalTime().equals(LocalTime.MIDNIGHT))) {
            return iso.toInstant();
        }
        Clock separate = time == null ? null : clockOf(time, 0, 0);
        if (iso != null) {
            if (separate == null) {
                return iso.toInstant();
            }
            ZoneId zone = zoneOf(text + " " + time, separate, null).orElse(iso.getOffset());
            return separate.on(iso.toLocalDate()).atZone(zone).toInstant();
        }
        Matcher dateMatch = dateMatch(text);
        if (dateMatch == null) {
            throw new DateTimeException("no date found");
        }
        LocalDate day = day(dateMatch);
        Clock own = clockOf(text, dateMatch.start(), dateMatch.end());
        Clock clock = separate != null ? separate : own;
        String combined = time == null ? text : text + " " + time;
        ZoneId zone = zoneOf(combined, clock, clock == separate ? own : null).orElse(defaultZone);
        return (clock == null ? day.atStartOfDay() : clock.on(day)).atZone(zone).toInstant();
    }

    private static boolean isAbsent(String value) {
        return value == null || value.isBlank() || value.trim().equals("-");
    }

    /** The date-time when the text is an ISO date-time with offset, else null. */
    private static OffsetDateTime isoDateTime(String text) {
        // "yyyy-" first: the end test alone also fits "10-09-2019", whose parse would fail
        if (text.length() < 16 || text.charAt(4) != '-' || !isDigits(text, 0, 4) || !ISO_OFFSET_END.matcher(text).find()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text.replace(' ', 'T').replace('z', 'Z'), ISO_WITH_OFFSET);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static boolean isDigits(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** The first date in the text (ISO, then day/month/year, then day-month-name-year), or null. */
    private static Matcher dateMatch(String text) {
        Matcher m = ISO_DATE.matcher(text);
        if (m.find()) {
            return m;
        }
        m = NUMERIC_DATE.matcher(text);
        if (m.find()) {
            return m;
        }
        m = WORD_DATE.matcher(text);
        while (m.find()) {
            if (MONTHS.containsKey(m.group(2).toLowerCase(Locale.ROOT))) {
                return m;
            }
        }
        return null;
    }

    private static LocalDate day(Matcher m) {
        if (m.pattern() == ISO_DATE) {
            return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        }
        // Indonesian order: day/month/year.
        int month = m.pattern() == NUMERIC_DATE ? Integer.parseInt(m.group(2)) : MONTHS.get(m.group(2).toLowerCase(Locale.ROOT));
        return LocalDate.of(Integer.parseInt(m.group(3)), month, Integer.parseInt(m.group(1)));
    }

    /**
     * A time of day read from the text outside [dateStart, dateEnd), the span of its date: the first one
     * that is not midnight, else midnight, else null. ("2019-09-10 00:00:00 13:30" is 13:30.)
     */
    private static Clock clockOf(String text, int dateStart, int dateEnd) {
        Matcher m = TIME.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        Clock found = dateStart > 0 ? clockIn(m.region(0, dateStart), null) : null;
        if ((found == null || found.isMidnight()) && dateEnd < text.length()) {
            found = clockIn(m.region(dateEnd, text.length()), found);
        }
        return found;
    }

    private static Clock clockIn(Matcher m, Clock found) {
        while (m.find()) {
            Clock clock = Clock.of(m);
            if (found == null || found.isMidnight() && !clock.isMidnight()) {
                found = clock;
            }
            if (!found.isMidnight()) {
                break;
            }
        }
        return found;
    }

    /**
     * The zone named in the text (WIB, "GMT+7", ...), else the offset written right after the chosen time,
     * else right after the other time.
     */
    private static Optional<ZoneId> zoneOf(String text, Clock clock, Clock other) {
        Matcher m = ZONE.matcher(text);
        if (!m.find()) {
            ZoneOffset offset = clock != null && clock.offset() != null ? clock.offset() : other == null ? null : other.offset();
            return Optional.ofNullable(offset);
        }
        if (m.group(2) != null) {
            String offset = m.group(2);
            return Optional.of(ZoneOffset.of(offset.length() <= 3 ? String.format("%s%02d", offset.substring(0, 1),
                    Integer.parseInt(offset.substring(1))) : offset));
        }
        return Optional.of(ZONES.get(m.group(1).toLowerCase(Locale.ROOT)));
    }

    /**
     * A time of day as written: {@code nextDay} for "24:00", which ISO 8601 allows for the end of a day.
     *
     * @param offset the UTC offset written right after it, or null
     */
    private record Clock(LocalTime time, boolean nextDay, ZoneOffset offset) {

        static Clock of(Matcher m) {
            int hour = Integer.parseInt(m.group(1));
            int minute = Integer.parseInt(m.group(2));
            int second = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
            if (m.group(4) != null && hour >= 1 && hour <= 12) {
                // 12 AM is midnight, 12 PM noon; an hour past 12 with PM ("13:30 PM") is already on the 24-hour clock
                boolean pm = m.group(4).charAt(0) == 'P' || m.group(4).charAt(0) == 'p';
                hour = hour % 12 + (pm ? 12 : 0);
            }
            ZoneOffset offset = m.group(5) == null ? null
                    : ZoneOffset.ofHoursMinutes(Integer.parseInt(m.group(5)), Integer.parseInt(m.group(5).substring(0, 1) + m.group(6)));
            if (hour == 24 && minute == 0 && second == 0) {
                return new Clock(LocalTime.MIDNIGHT, true, offset);
            }
            return new Clock(LocalTime.of(hour, minute, second), false, offset);
        }

        boolean isMidnight() {
            return time.equals(LocalTime.MIDNIGHT) && !nextDay;
        }

        LocalDateTime on(LocalDate day) {
            return (nextDay ? day.plusDays(1) : day).atTime(time);
        }
    }
}
