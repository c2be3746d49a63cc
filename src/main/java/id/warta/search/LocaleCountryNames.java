package id.warta.search;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@link CountryNames} from the JDK's locale data (Indonesian and English display names of every ISO
 * 3166 country) plus the abbreviations and older names Indonesian news uses. Stands in until the query
 * side reads the extractor's gazetteer, so that both use the same lists.
 *
 * <p>Short upper-case forms ("AS", "RI") match only in upper case: "as" is a common word.
 */
public final class LocaleCountryNames implements CountryNames {

    private static final Locale INDONESIAN = Locale.forLanguageTag("id");
    private static final int CASE_SENSITIVE_MAX_LENGTH = 3;

    /** Aliases by code, beyond the display names: what Indonesian news writes. */
    private static final Map<String, List<String>> ALIASES = Map.ofEntries(
            Map.entry("KP", List.of("Korut", "Korea Utara", "North Korea", "DPRK")),
            Map.entry("KR", List.of("Korsel", "Korea Selatan", "South Korea")),
            Map.entry("US", List.of("AS", "Amerika Serikat", "Amerika", "USA", "Amrik")),
            Map.entry("GB", List.of("Inggris", "Britania Raya", "UK")),
            Map.entry("CN", List.of("China", "Tiongkok", "Cina", "RRT")),
            Map.entry("RU", List.of("Rusia", "Russia")),
            Map.entry("ID", List.of("Indonesia", "RI")),
            Map.entry("NL", List.of("Belanda", "Netherlands")),
            Map.entry("SA", List.of("Arab Saudi", "Saudi Arabia")),
            Map.entry("AE", List.of("Uni Emirat Arab", "UEA", "UAE")),
            Map.entry("PS", List.of("Palestina", "Palestine")),
            Map.entry("MY", List.of("Malaysia", "Negeri Jiran")),
            Map.entry("TL", List.of("Timor Leste", "Timor-Leste")),
            Map.entry("PH", List.of("Filipina", "Philippines")),
            Map.entry("JP", List.of("Jepang", "Japan")));

    private final Map<String, List<String>> namesByCode = new LinkedHashMap<>();
    private final Map<String, String> codeByLowerName = new LinkedHashMap<>();
    private final Map<String, String> codeByExactShortName = new LinkedHashMap<>();
    private final Set<String> codes = Set.of(Locale.getISOCountries());

    public LocaleCountryNames() {
        for (String code : Locale.getISOCountries()) {
            Set<String> names = new LinkedHashSet<>();
            Locale country = Locale.of("", code);
            names.add(country.getDisplayCountry(INDONESIAN));
            names.addAll(ALIASES.getOrDefault(code, List.of()));
            names.add(country.getDisplayCountry(Locale.ENGLISH));
            names.removeIf(n -> n.isBlank() || n.equals(code));
            namesByCode.put(code, List.copyOf(names));
        }
        // Aliases first, so that a display name shared by two codes never overrides an explicit alias.
        ALIASES.forEach((code, names) -> names.forEach(n -> register(n, code)));
        namesByCode.forEach((code, names) -> names.forEach(n -> register(n, code)));
    }

    private void register(String name, String code) {
        if (isShortAbbreviation(name)) {
            codeByExactShortName.putIfAbsent(name, code);
        } else {
            codeByLowerName.putIfAbsent(name.toLowerCase(Locale.ROOT), code);
        }
    }

    private static boolean isShortAbbreviation(String name) {
        return name.length() <= CASE_SENSITIVE_MAX_LENGTH && name.equals(name.toUpperCase(Locale.ROOT));
    }

    @Override
    public Optional<String> codeFor(String surfaceForm) {
        String form = surfaceForm.strip().replaceAll("\\s+", " ");
        String exact = codeByExactShortName.get(form);
        if (exact != null) {
            return Optional.of(exact);
        }
        return Optional.ofNullable(codeByLowerName.get(form.toLowerCase(Locale.ROOT)));
    }

    @Override
    public List<String> namesOf(String code) {
        return namesByCode.getOrDefault(code, List.of());
    }

    @Override
    public String indonesianLabel(String code) {
        List<String> names = namesByCode.get(code);
        return names == null || names.isEmpty() ? code : names.getFirst();
    }

    @Override
    public boolean isKnownCode(String code) {
        return codes.contains(code);
    }
}
