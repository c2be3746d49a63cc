package id.warta.search;

import id.warta.extract.PersonAliases;

import java.util.List;
import java.util.Locale;

/**
 * The fields a user can filter on and count by. Persons and sources filter case-insensitively through the
 * normalised {@code persons.lower} and {@code source.lower} sub-fields ("kompas.com" finds what CLICK-ID calls
 * "Kompas.com") and count by the name as written.
 */
public enum Facet {
    COUNTRY("countries", "countries", false),
    PERSON("persons", "persons.lower", true),
    SOURCE("source", "source.lower", true);

    private final String countField;
    private final String filterField;
    private final boolean lowerCaseFilter;

    Facet(String countField, String filterField, boolean lowerCaseFilter) {
        this.countField = countField;
        this.filterField = filterField;
        this.lowerCaseFilter = lowerCaseFilter;
    }

    /** The field that terms aggregations count by. */
    public String countField() {
        return countField;
    }

    /** The field that filters match on. */
    public String filterField() {
        return filterField;
    }

    /** A user's value as the filter field holds it. */
    public String filterValue(String value) {
        return lowerCaseFilter ? value.toLowerCase(Locale.ROOT) : value;
    }

    /**
     * Every value the filter field may hold for a user's value: for a person, each name of a public figure the alias
     * list knows ("Jokowi" and "Joko Widodo"), so that filters, timelines and what the analysis views leave out agree,
     * and the name with its hyphens as spaces, as news and the archive's merged names mostly write them ("Kim
     * Jong-un" finds "Kim Jong Un").
     */
    public List<String> filterValues(String value) {
        value = SPACES.matcher(value.strip()).replaceAll(" "); // "Vladimir  Putin" as "Vladimir Putin"
        if (this != PERSON) {
            return List.of(filterValue(value));
        }
        String spaced = HYPHENS.matcher(value).replaceAll(" ").strip();
        return java.util.stream.Stream.of(value, spaced).distinct().flatMap(name -> PersonAliases.standard().names(name).stream())
                .map(this::filterValue).distinct().toList();
    }

    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    /** A hyphen inside a name, with any spaces around it ("Jong-un", "Jong - un"). */
    private static final java.util.regex.Pattern HYPHENS = java.util.regex.Pattern.compile("\\s*-\\s*");

    /** "countries"/"country", "persons"/"person", "sources"/"source", as the API names them. */
    public static Facet parse(String name) {
        String n = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        return switch (n) {
            case "country", "countries" -> COUNTRY;
            case "person", "persons" -> PERSON;
            case "source", "sources" -> SOURCE;
            default -> throw new InvalidSearchException("facet", "facet must be countries, persons or sources, not '"
                    + Limits.shorten(n) + "'");
        };
    }
}
