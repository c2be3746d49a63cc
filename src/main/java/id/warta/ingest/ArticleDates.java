package id.warta.ingest;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Publication dates as Indonesian news writes them, to an instant. Accepts ISO forms (with or without
 * offset, "2019-09-10 00:00:00"), a separate time such as "13:30 WIB", "Selasa (10/9/2019)",
 * "10/09/2019 13:30", "26 November 2024", "26 Nov 2024, 13:30 WITA", English month names, and the zones
 * WIB (+07), WITA (+08) and WIT (+09). A date without zone is read in the job's zone.
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
    private static final Pattern TIME = Pattern.compile("(?<![\\d-])(\\d{1,2})[:.](\\d{2})(?::(\\d{2}))?(?!\\d)");
    private static final Pattern ZONE = Pattern.compile("(?i)\\b(WIB|WITA|WIT|UTC|GMT)\\b\\s*([+-]\\d{1,2}(?::?\\d{2})?)?");
    private static final Pattern TRAILING_OFFSET = Pattern.compile("([+-]\\d{2}):?(\\d{2})$");
    /** How an ISO date-time with offset ends (a superset); checked before parsing, since most archives' dates have no offset. */
    private static final Pattern ISO_OFFSET_END = Pattern.compile("[\\d.](?:[Zz]|[+-]\\d{2}(?::?\\d{2}(?::?\\d{2})?)?)$");

    private ArticleDates() {
    }

    /**
     * The instant of a date (and optional separate time), or empty when both are absent or blank
     * ("-" counts as absent).
     *
     * @throws DateTimeException when something is there but cannot be read as a date
     */
    public static Optional<Instant> parse(String date, String time, ZoneId defaultZone) {
        if (isAbsent(date)) {
            return Optional.empty();
        }
        String text = date.trim();
        Optional<Instant> iso = isoInstant(text);
        if (iso.isPresent()) {
            return iso;
        }
        String combined = isAbsent(time) ? text : text + " " + time.trim();
        LocalDate day = day(text).orElseThrow(() -> new DateTimeException("unreadable date '" + date + "'"));
        LocalTime clock = timeOf(combined, text).orElse(LocalTime.MIDNIGHT);
        ZoneId zone = zoneOf(combined).orElse(defaultZone);
        return Optional.of(day.atTime(clock).atZone(zone).toInstant());
    }

    private static boolean isAbsent(String value) {
        return value == null || value.isBlank() || value.trim().equals("-");
    }

    private static Optional<Instant> isoInstant(String text) {
        if (!ISO_OFFSET_END.matcher(text).find()) {
            return Optional.empty();
        }
        try {
            return Optional.of(OffsetDateTime.parse(text.replace(' ', 'T')).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static Optional<LocalDate> day(String text) {
        Matcher m = ISO_DATE.matcher(text);
        if (m.find()) {
            return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
        }
        m = NUMERIC_DATE.matcher(text);
        if (m.find()) {
            // Indonesian order: day/month/year.
            return Optional.of(LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1))));
        }
        m = WORD_DATE.matcher(text);
        while (m.find()) {
            Integer month = MONTHS.get(m.group(2).toLowerCase(Locale.ROOT));
            if (month != null) {
                return Optional.of(LocalDate.of(Integer.parseInt(m.group(3)), month, Integer.parseInt(m.group(1))));
            }
        }
        return Optional.empty();
    }

    /** A time of day; a time inside the date text counts only if it is not the midnight placeholder of "2019-09-10 00:00:00" followed by a real time. */
    private static Optional<LocalTime> timeOf(String combined, String dateText) {
        Matcher m = TIME.matcher(combined);
        LocalTime found = null;
        while (m.find()) {
            LocalTime t = LocalTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    m.group(3) == null ? 0 : Integer.parseInt(m.group(3)));
            if (found == null || found.equals(LocalTime.MIDNIGHT) && m.start() >= dateText.length()) {
                found = t;
            }
        }
        return Optional.ofNullable(found);
    }

    private static Optional<ZoneId> zoneOf(String text) {
        Matcher m = ZONE.matcher(text);
        if (!m.find()) {
            Matcher offset = TRAILING_OFFSET.matcher(text.trim());
            return offset.find() ? Optional.of(ZoneOffset.of(offset.group(1) + ":" + offset.group(2))) : Optional.empty();
        }
        if (m.group(2) != null) {
            String offset = m.group(2);
            return Optional.of(ZoneOffset.of(offset.length() <= 3 ? String.format("%s%02d", offset.substring(0, 1),
                    Integer.parseInt(offset.substring(1))) : offset));
        }
        return Optional.of(ZONES.get(m.group(1).toLowerCase(Locale.ROOT)));
    }
}
