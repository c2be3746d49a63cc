package id.warta.search.analysis;

import id.warta.search.DateInterval;
import id.warta.search.Facet;
import id.warta.search.InvalidSearchException;
import id.warta.search.Limits;

import java.util.Locale;
import java.util.Optional;

/**
 * The analysis views' own parameters (beyond the search's), checked here so that the API and the
 * command line refuse the same mistakes with the same messages, each naming the parameter to fix.
 */
final class AnalysisOptions {

    static final int DEFAULT_SIZE = 20;
    static final int MAX_SIZE = 100;
    static final int DEFAULT_MIN_COUNT = 3;
    static final int MAX_MIN_COUNT = 100_000;
    static final int MAX_ENTITIES = 10;
    /** Buckets per entity on a timeline: five years of days, a century of months. */
    static final int MAX_BUCKETS = 2_000;

    private AnalysisOptions() {
    }

    /** How many values or words to list: 1 to {@value #MAX_SIZE}, default {@value #DEFAULT_SIZE}. */
    static int size(String raw) {
        return whole("size", raw, DEFAULT_SIZE, 1, MAX_SIZE);
    }

    /** The fewest matching articles a value or word must appear in: default {@value #DEFAULT_MIN_COUNT}. */
    static int minCount(String raw) {
        return whole("min_count", raw, DEFAULT_MIN_COUNT, 1, MAX_MIN_COUNT);
    }

    /** persons (the default when blank) or countries: the facets that name entities. */
    static Facet entityFacet(String raw) {
        String value = raw == null ? "" : raw.strip().toLowerCase(Locale.ROOT);
        return switch (value) {
            case "", "person", "persons" -> Facet.PERSON;
            case "country", "countries" -> Facet.COUNTRY;
            default -> throw new InvalidSearchException("facet", "facet must be persons or countries, not '"
                    + Limits.shorten(value) + "'");
        };
    }

    /** day, week, month or year; empty for blank or "auto", which the caller chooses from the dates it covers. */
    static Optional<DateInterval> interval(String raw) {
        String value = raw == null ? "" : raw.strip().toLowerCase(Locale.ROOT);
        return switch (value) {
            case "", "auto" -> Optional.empty();
            case "day" -> Optional.of(DateInterval.DAY);
            case "week" -> Optional.of(DateInterval.WEEK);
            case "month" -> Optional.of(DateInterval.MONTH);
            case "year" -> Optional.of(DateInterval.YEAR);
            default -> throw new InvalidSearchException("interval", "interval must be day, week, month, year or auto, not '"
                    + Limits.shorten(value) + "'");
        };
    }

    private static int whole(String parameter, String raw, int fallback, int min, int max) {
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(raw.strip());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new InvalidSearchException(parameter, parameter + " must be a whole number from " + min + " to " + max
                + ", not '" + Limits.shorten(raw) + "'");
    }
}
