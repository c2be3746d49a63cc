package id.warta.search;

import id.warta.extract.CountryGazetteer;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@link CountryNames} from the extractor's own gazetteer (the JDK's CLDR names plus Warta's alias
 * file), so that a query expands a country with exactly the names that extraction recognises. Stand-ins
 * (capitals, seats of government) are not expanded: a search for "Pyongyang" looks for Pyongyang.
 */
public final class GazetteerCountryNames implements CountryNames {

    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final CountryGazetteer gazetteer;
    private final Map<String, List<String>> namesByCode;
    private final Set<String> isoCodes = Set.of(Locale.getISOCountries());

    public GazetteerCountryNames(CountryGazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.namesByCode = gazetteer.namesByCode();
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
    public String indonesianLabel(String code) {
        return gazetteer.displayName(code);
    }

    @Override
    public boolean isKnownCode(String code) {
        return isoCodes.contains(code);
    }
}
