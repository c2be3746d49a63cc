package id.warta.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The other names of public figures ("Jokowi" for Joko Widodo, "SBY" for Susilo Bambang Yudhoyono), from
 * {@code person-aliases.tsv}: extraction stores a person under the canonical name, and a person filter
 * matches all of them, so the persons facet counts one person once. Immutable and thread-safe.
 */
public final class PersonAliases {

    private static final String RESOURCE = "person-aliases.tsv";
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final PersonAliases STANDARD = load();

    /** Every name, in lower case, to its canonical name. */
    private final Map<String, String> canonical;
    /** Canonical name, in lower case, to all its names (canonical first). */
    private final Map<String, List<String>> names;

    private PersonAliases(Map<String, String> canonical, Map<String, List<String>> names) {
        this.canonical = canonical;
        this.names = names;
    }

    public static PersonAliases standard() {
        return STANDARD;
    }

    /** The canonical name of the person this name stands for; the name itself when the list does not know it. */
    public String canonical(String name) {
        return canonical.getOrDefault(key(name), name);
    }

    /** Every name of the person this name stands for, canonical first; just the name when the list does not know it. */
    public List<String> names(String name) {
        return names.getOrDefault(key(canonical(name)), List.of(name));
    }

    /**
     * The canonical names of the persons one of whose other names starts with what the user typed ("joko" and
     * "jokowi" give Joko Widodo), for a facet value search; in the list's order.
     */
    public List<String> canonicalNamesByOtherNameStarting(String typed) {
        String prefix = key(typed);
        if (prefix.isEmpty()) {
            return List.of();
        }
        List<String> found = new ArrayList<>();
        for (List<String> all : names.values()) {
            if (all.stream().skip(1).anyMatch(other -> key(other).startsWith(prefix))) {
                found.add(all.getFirst());
            }
        }
        return found;
    }

    /** Whether the list knows the name, as a canonical name or as another name of someone. */
    public boolean knows(String name) {
        return canonical.containsKey(key(name));
    }

    private static String key(String name) {
        return SPACES.matcher(name.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
    }

    private static PersonAliases load() {
        Map<String, String> canonical = new HashMap<>();
        Map<String, List<String>> names = new LinkedHashMap<>();
        for (String[] row : TabSeparatedResource.rows(RESOURCE, 2)) {
            String name = row[0].strip();
            List<String> all = new ArrayList<>(List.of(name));
            for (String other : row[1].split("\\|")) {
                if (!other.isBlank() && !other.strip().equalsIgnoreCase(name)) {
                    all.add(other.strip());
                }
            }
            for (String form : all) {
                String previous = canonical.put(key(form), name);
                if (previous != null && !previous.equals(name)) {
                    throw new IllegalStateException(RESOURCE + ": '" + form + "' names both " + previous + " and " + name);
                }
            }
            names.put(key(name), List.copyOf(all));
        }
        return new PersonAliases(Map.copyOf(canonical), Map.copyOf(names));
    }
}
