package id.warta.search;

import id.warta.extract.CountryGazetteer;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@link CountryNames} from the extractor's own gazetteer (the JDK's CLDR names plus Warta's alias
 * file), so that a query expands a country with exactly the names that extraction recognises. Stand-ins
 * (capitals, seats of government) and regions are not expanded: a search for "Pyongyang" looks for Pyongyang,
 * one for "Gaza" for Gaza.
 */
public final class GazetteerCountryNames implements CountryNames {

    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final CountryGazetteer gazetteer;
    private final Map<String, List<String>> namesByCode;
    private final Map<String, List<String>> searchableByCode = new HashMap<>();
    private final Map<String, List<String>> longerNamesOfOthers = new HashMap<>();
    private final Set<String> isoCodes = Set.of(Locale.getISOCountries());

    public GazetteerCountryNames(CountryGazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.namesByCode = gazetteer.namesByCode();
        namesByCode.forEach((code, names) -> {
            List<String> searchable = names.stream().filter(name -> !gazetteer.isExactName(name)).toList();
            searchableByCode.put(code, searchable);
            searchable.forEach(name -> longerNamesOfOthers.put(name.toLowerCase(Locale.ROOT),
                    gazetteer.longerNamesOfOthers(name, code)));
        });
    }

    @Override
    public Optional<String> codeFor(String surfaceForm) {
        String form = SPACES.matcher(surfaceForm.strip()).replaceAll(" ");
        return form.isEmpty() ? Optional.empty() : gazetteer.codeOf(form)
                .filter(code -> namesOf(code).stream().anyMatch(name -> name.equalsIgnoreCase(form)));
    }

    @Override
    public List<String> namesOf(String code) {
        return namesByCode.getOrDefault(code, List.of());
    }

    @Override
    public List<String> searchableNamesOf(String code) {
        return searchableByCode.getOrDefault(code, List.of());
    }

    @Override
    public List<String> longerNamesOfOthers(String name) {
        return longerNamesOfOthers.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
    }

    @Override
    public boolean isOtherThanCountry(String surfaceForm) {
        return gazetteer.isOtherThanCountry(SPACES.matcher(surfaceForm.strip()).replaceAll(" "));
    }

    @Override
    public boolean isCaseSensitive(String surfaceForm) {
        return gazetteer.isExactName(SPACES.matcher(surfaceForm.strip()).replaceAll(" "));
    }

    @Override
    public String indonesianLabel(String code) {
        return gazetteer.displayName(code);
    }

    @Override
    public boolean isKnownCode(String code) {
        return isoCodes.contains(code);
    }
}
