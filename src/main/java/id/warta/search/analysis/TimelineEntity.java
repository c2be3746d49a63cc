package id.warta.search.analysis;

import id.warta.search.CountryNames;
import id.warta.search.Facet;
import id.warta.search.InvalidSearchException;
import id.warta.search.Limits;

import java.util.Locale;

/**
 * A person or country to follow over time, written {@code person:NAME} or {@code country:CODE} (a
 * country may also be named: {@code country:Korea Utara}). Persons match whatever their case.
 */
public record TimelineEntity(Facet facet, String value) {

    private static final java.util.regex.Pattern KIND = java.util.regex.Pattern.compile(
            "(?i)\\s*(person|persons|country|countries)\\s*:.*");

    /**
     * Entities as given, with a name's comma put back: a single {@code entity=} value is split at commas (as lists
     * are), so a piece that does not start with {@code person:} or {@code country:} is the rest of the name before it
     * ("person:Susilo Bambang Yudhoyono, SBY").
     */
    static java.util.List<String> rejoined(java.util.List<String> pieces) {
        java.util.List<String> entities = new java.util.ArrayList<>();
        for (String piece : pieces) {
            if (!entities.isEmpty() && !KIND.matcher(piece).matches()) {
                entities.set(entities.size() - 1, entities.getLast() + ", " + piece.strip());
            } else {
                entities.add(piece);
            }
        }
        return entities;
    }

    static TimelineEntity parse(String raw, CountryNames countries) {
        String text = raw == null ? "" : raw.strip();
        int colon = text.indexOf(':');
        String kind = colon < 0 ? "" : text.substring(0, colon).strip().toLowerCase(Locale.ROOT);
        String value = colon < 0 ? "" : text.substring(colon + 1).strip();
        Facet facet = switch (kind) {
            case "person", "persons" -> Facet.PERSON;
            case "country", "countries" -> Facet.COUNTRY;
            default -> throw new InvalidSearchException("entity", "entity must be person:NAME or country:CODE "
                    + "(e.g. person:Mark Rutte, country:KP), not '" + Limits.shorten(text) + "'");
        };
        if (value.isEmpty() || value.length() > 200) {
            throw new InvalidSearchException("entity", "entity " + kind + ": needs a " + (facet == Facet.PERSON ? "name" : "code")
                    + " of 1 to 200 characters after the colon, e.g. " + (facet == Facet.PERSON ? "person:Mark Rutte" : "country:KP"));
        }
        if (facet == Facet.COUNTRY) {
            return new TimelineEntity(facet, countryCode(value, countries));
        }
        return new TimelineEntity(facet, value.replaceAll("\\s+", " "));
    }

    private static String countryCode(String value, CountryNames countries) {
        String upper = value.toUpperCase(Locale.ROOT);
        if (countries.isKnownCode(upper)) {
            return upper;
        }
        return countries.codeFor(value).orElseThrow(() -> new InvalidSearchException("entity", "unknown country '"
                + Limits.shorten(value) + "' in entity: use an ISO 3166 alpha-2 code such as ID, RU, US, KP, or a country's "
                + "name such as Korea Utara"));
    }

    /** How the entity is written: person:Mark Rutte, country:KP. */
    public String spec() {
        return facet.name().toLowerCase(Locale.ROOT) + ":" + value;
    }
}
