package id.warta.search;

import id.warta.article.Article;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

/** Checks {@link SearchParameters}; each failure names the parameter and what a valid value looks like. */
final class SearchRequestValidator {

    /** The values of an article's language field, as ingest's language detection writes them. */

    private SearchRequestValidator() {
    }

    static SearchRequest validate(SearchParameters p, CountryNames countries) {
        String text = p.q() == null ? "" : p.q();
        if (text.length() > Limits.MAX_QUERY_LENGTH) {
            throw new InvalidSearchException("q", "q is " + text.length() + " characters long; shorten it to at most "
                    + Limits.MAX_QUERY_LENGTH);
        }
        List<String> codes = values("country", p.country()).stream().map(c -> c.toUpperCase(Locale.ROOT)).toList();
        for (String code : codes) {
            if (!countries.isKnownCode(code)) {
                throw new InvalidSearchException("country", "unknown country code '" + Limits.shorten(code)
                        + "': use ISO 3166 alpha-2 codes such as ID, RU, US, KP");
            }
        }
        List<String> languages = values("language", p.language()).stream().map(l -> l.toLowerCase(Locale.ROOT)).toList();
        for (String language : languages) {
            if (!Article.LANGUAGES.contains(language)) {
                throw new InvalidSearchException("language", "unknown language '" + Limits.shorten(language)
                        + "': use " + String.join(", ", Article.LANGUAGES) + " (Indonesian, English, any other language)");
            }
        }
        ZoneId zone = zone(p.zone());
        LocalDate from = date("from", p.from());
        LocalDate to = date("to", p.to());
        if (from != null && to != null && from.isAfter(to)) {
            throw new InvalidSearchException("from", "from (" + from + ") is after to (" + to + "): swap them");
        }
        return new SearchRequest(text, QuerySyntax.parse(text), distinct(codes), distinct(values("person", p.person())),
                distinct(values("source", p.source())), distinct(languages),
                new DateRange(from, to, zone), SortOrder.parse(p.sort()), size(p.size()), bool("recency", p.recency()),
                blankToNull(p.cursor()), WordMatch.ALL);
    }

    private static List<String> values(String parameter, List<String> raw) {
        List<String> values = raw.stream().map(String::strip).filter(v -> !v.isEmpty()).toList();
        if (values.size() > Limits.MAX_FILTER_VALUES) {
            throw new InvalidSearchException(parameter, "at most " + Limits.MAX_FILTER_VALUES + " values of " + parameter
                    + " in one search, not " + values.size());
        }
        for (String v : values) {
            if (v.length() > 200) {
                throw new InvalidSearchException(parameter, parameter + " values are at most 200 characters long");
            }
        }
        return values;
    }

    private static List<String> distinct(List<String> values) {
        return List.copyOf(new LinkedHashSet<>(values));
    }

    private static LocalDate date(String parameter, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(raw.strip());
            if (date.getYear() < Limits.FIRST_YEAR || date.getYear() > Limits.LAST_YEAR) {
                throw new InvalidSearchException(parameter, parameter + " must lie between " + Limits.FIRST_YEAR
                        + " and " + Limits.LAST_YEAR + ", not " + date);
            }
            return date;
        } catch (DateTimeParseException e) {
            throw new InvalidSearchException(parameter, parameter + " must be a day as YYYY-MM-DD (e.g. 2024-11-01), not '"
                    + Limits.shorten(raw) + "'");
        }
    }

    private static ZoneId zone(String raw) {
        if (raw == null || raw.isBlank()) {
            return DateRange.JAKARTA;
        }
        try {
            return ZoneId.of(raw.strip());
        } catch (DateTimeException e) {
            throw new InvalidSearchException("zone", "zone must be a time zone such as Asia/Jakarta, Asia/Makassar or UTC, not '"
                    + Limits.shorten(raw) + "'");
        }
    }

    private static int size(String raw) {
        if (raw == null || raw.isBlank()) {
            return Limits.DEFAULT_PAGE_SIZE;
        }
        int size;
        try {
            size = Integer.parseInt(raw.strip());
        } catch (NumberFormatException e) {
            throw new InvalidSearchException("size", "size must be a whole number from 1 to " + Limits.MAX_PAGE_SIZE
                    + ", not '" + Limits.shorten(raw) + "'");
        }
        if (size < 1 || size > Limits.MAX_PAGE_SIZE) {
            throw new InvalidSearchException("size", "size must be from 1 to " + Limits.MAX_PAGE_SIZE + " (got " + size
                    + "); page through more hits with the cursor");
        }
        return size;
    }

    private static boolean bool(String parameter, String raw) {
        if (raw == null || raw.isBlank()) {
            return false;
        }
        return switch (raw.strip().toLowerCase(Locale.ROOT)) {
            case "true", "1", "yes" -> true;
            case "false", "0", "no" -> false;
            default -> throw new InvalidSearchException(parameter, parameter + " must be true or false, not '"
                    + Limits.shorten(raw) + "'");
        };
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
