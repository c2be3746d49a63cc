package id.warta.search.analysis;

import id.warta.extract.PersonAliases;
import id.warta.search.CountryNameRuns;
import id.warta.search.CountryNames;
import id.warta.search.Facet;
import id.warta.search.QueryTerm;
import id.warta.search.SearchRequest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * What a search asks for itself, which the analysis views leave out: every matching article mentions it
 * because the search said so, so its count, lift or significance says nothing.
 * <ul>
 *   <li>countries: the codes of the country filter, and countries the text names by any of their
 *   names ("Korut", "Korea Utara": the text query expands those to the country anyway);</li>
 *   <li>persons: the names of the person filter and of required query terms, with every other name the alias list
 *   knows (ignoring case: "Jokowi" leaves out Joko Widodo), and for each required query term the most mentioned
 *   person every word of the term is a word of ("Putin" or "Vladimir Putin" leaves out Vladimir Putin; "Habibie"
 *   leaves out BJ Habibie but not his son Thareq Kemal Habibie, nor his wife Ainun Habibie);</li>
 *   <li>words: the required query terms and the person filter's names, each with its other names, and every name
 *   of those countries.</li>
 * </ul>
 * Excluded (minus) terms and the other filters leave nothing out.
 */
final class QueriedValues {

    /** The longest country name, in words, that consecutive query words are joined to look up. */

    private QueriedValues() {
    }

    /**
     * Whether a person or country (by code) is one the search asks for. Persons are to be asked in the order of how
     * many matching articles mention them, most first: a query term stands for the first person its words fit.
     */
    static Predicate<String> of(SearchRequest request, Facet facet, CountryNames countries) {
        if (facet == Facet.COUNTRY) {
            return countryCodes(request, countries)::contains;
        }
        Set<String> persons = new HashSet<>();
        request.persons().forEach(p -> persons.addAll(Facet.PERSON.filterValues(p))); // every name, lower-cased
        requiredTerms(request).forEach(t -> persons.addAll(Facet.PERSON.filterValues(t.text()))); // "Jokowi" asks for Joko Widodo
        List<Set<String>> termWords = requiredTerms(request).stream().map(t -> words(t.text())).filter(w -> !w.isEmpty()).toList();
        Set<Set<String>> answered = new HashSet<>(); // terms whose person has been found
        return person -> {
            List<Set<String>> fitting = termWords.stream().filter(words(person)::containsAll).toList();
            boolean queried = persons.contains(person.toLowerCase(Locale.ROOT)) || fitting.stream().anyMatch(t -> !answered.contains(t));
            if (queried) {
                answered.addAll(fitting);
            }
            return queried;
        };
    }

    /** The text the search asks for: its required terms, the persons it filters on, every name of its countries. */
    static List<String> phrases(SearchRequest request, CountryNames countries) {
        Set<String> phrases = new LinkedHashSet<>();
        requiredTerms(request).forEach(t -> phrases.addAll(PersonAliases.standard().names(t.text())));
        request.persons().forEach(p -> phrases.addAll(PersonAliases.standard().names(p)));
        countryCodes(request, countries).forEach(code -> phrases.addAll(countries.namesOf(code)));
        return new ArrayList<>(phrases);
    }

    private static List<QueryTerm> requiredTerms(SearchRequest request) {
        return request.query().required().stream().flatMap(List::stream).toList();
    }

    private static Set<String> countryCodes(SearchRequest request, CountryNames countries) {
        Set<String> codes = new LinkedHashSet<>(request.countries());
        codes.addAll(countriesNamed(request.query().required(), countries));
        return codes;
    }

    /** Codes named by the query's terms, read as the search reads them ({@link CountryNameRuns}). */
    private static Set<String> countriesNamed(List<List<QueryTerm>> groups, CountryNames countries) {
        Set<String> codes = new LinkedHashSet<>();
        CountryNameRuns.joined(groups, countries).forEach(group -> group
                .forEach(term -> countries.codeFor(term.text()).ifPresent(codes::add)));
        return codes;
    }

    private static Set<String> words(String text) {
        Set<String> words = new HashSet<>(Arrays.asList(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")));
        words.remove("");
        return words;
    }
}
