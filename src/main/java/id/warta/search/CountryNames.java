package id.warta.search;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Country names as people write them in Indonesian news, and the ISO 3166 alpha-2 codes Warta stores.
 * The query side expands a country word or phrase ("Korut") into every name of its country, so that
 * searches find articles whichever name they used.
 */
public interface CountryNames {

    /** The code of a surface form ("Korut", "korea utara", "AS"), if it names a country. */
    Optional<String> codeFor(String surfaceForm);

    /** Every surface form of a country, its Indonesian name first; empty for an unknown code. */
    List<String> namesOf(String code);

    /**
     * The names a search for this country looks for in text of any case: {@link #namesOf} without those
     * that only count as written ("AS" would find every "as").
     */
    List<String> searchableNamesOf(String code);

    /** Longer names of something else that begin with this name of the country ("Korea Utara" for "Korea"). */
    List<String> longerNamesOfOthers(String name);

    /** Whether the surface form names something else that holds a country's name ("AS Roma", "Amerika Latin"). */
    boolean isOtherThanCountry(String surfaceForm);

    /** Whether the surface form is a name that only counts as written, in its own casing ("AS", "RI"). */
    boolean isCaseSensitive(String surfaceForm);

    /** The Indonesian name of a country ("Rusia" for RU); the code itself when unknown. */
    String indonesianLabel(String code);

    /** Whether the code is an ISO 3166 alpha-2 country code (upper case). */
    boolean isKnownCode(String code);

    /** Codes any of whose names (or the code itself) start with the prefix, ignoring case: facet value search. */
    default List<String> codesStartingWith(String prefix) {
        String lower = prefix.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(Locale.getISOCountries())
                .filter(code -> code.toLowerCase(Locale.ROOT).startsWith(lower)
                        || namesOf(code).stream().anyMatch(n -> n.toLowerCase(Locale.ROOT).startsWith(lower)))
                .toList();
    }
}
