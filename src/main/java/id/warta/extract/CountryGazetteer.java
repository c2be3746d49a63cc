package id.warta.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Country names as Indonesian news writes them, matched token by token with the longest name
 * winning ("Korea Utara" is KP and does not also count "Korea"; "Amerika Utara" is a continent and
 * hides "Amerika"). Names come from the JDK's CLDR data (Indonesian and English) and from
 * {@code country-aliases.tsv} (aliases, capitals and nicknames used as stand-ins, regions, non-country
 * names that shadow country names, and CLDR names dropped as too ambiguous).
 *
 * <p>Casing guards against common words and names: a name matches as written, in an all-capitals
 * token ("RUSIA"), or, in text written wholly in lower case, in lower case; later words of a
 * multi-word name match in any case ("Korea utara"), and a nickname's leading "negeri" in lower case too
 * ("negeri jiran"). Names flagged {@code exact} ("AS", "RI")
 * match only as written. A name right after "bahasa", "dolar" or "GP" is a language, a currency
 * or a race, not the country, and an abbreviation written as a suspect's initials ("berinisial AS",
 * "Brigpol AS (28)") is a person.
 *
 * <p>Immutable and thread-safe; {@link #standard()} is loaded once.
 */
public final class CountryGazetteer {

    /** Where a country name was found, in token indices {@code [first, end)}. */
    public record Match(int first, int end, String code) {
    }

    private record Entry(String code, String[] words, boolean exact, boolean standIn) {
        boolean isBlocker() {
            return code == null;
        }
    }

    private static final class Node {
        final Map<String, Node> children = new HashMap<>(4);
        Entry entry;
    }

    private static final String RESOURCE = "country-aliases.tsv";
    private static final Tokenizer TOKENIZER = new Tokenizer(true);

    private final Node root = new Node();
    /** Sorted by code, for {@link #codes()}. */
    private final Map<String, String> displayNames;
    /** The same, hashed: a search page looks up a label for every country bucket. */
    private final Map<String, String> displayNameByCode;

    /** Every entry, for the longer names that hold a name inside them ("Captain America"). */
    private final List<Entry> entries;
    /** Each entry's words in lower case, in the order of {@link #entries}. */
    private final List<List<String>> entryWords;

    private CountryGazetteer(Map<String, Entry> entriesByKey, Map<String, String> displayNames) {
        this.entries = List.copyOf(entriesByKey.values());
        this.entryWords = entries.stream().map(e -> java.util.Arrays.stream(e.words()).map(w -> w.toLowerCase(Locale.ROOT)).toList()).toList();
        for (Entry entry : entriesByKey.values()) {
            Node node = root;
            for (String word : entry.words()) {
                node = node.children.computeIfAbsent(word.toLowerCase(Locale.ROOT), k -> new Node());
            }
            node.entry = entry;
        }
        this.displayNames = Collections.unmodifiableMap(new TreeMap<>(displayNames));
        this.displayNameByCode = Map.copyOf(displayNames);
    }

    /** The gazetteer from the JDK's country names and Warta's alias file. */
    public static CountryGazetteer standard() {
        return Standard.INSTANCE;
    }

    /** Loaded on first use, once: the JVM initialises a holder class once, thread-safely. */
    private static final class Standard {
        static final CountryGazetteer INSTANCE = load();
    }

    /** The name Warta shows for an ISO code ("US" → "Amerika Serikat"), or the code if unknown. */
    public String displayName(String code) {
        return code == null ? null : displayNameByCode.getOrDefault(code, code);
    }

    /**
     * The country a name alone stands for ("Korut" → KP, "amerika serikat" → US), with the casing rules
     * of running text: names marked exact ("AS") match only as written.
     */
    public java.util.Optional<String> codeOf(String name) {
        List<Token> tokens = TOKENIZER.tokenize(name);
        List<Match> matches = find(tokens, name.equals(name.toLowerCase(Locale.ROOT)), null);
        return matches.size() == 1 && matches.getFirst().first() == 0 && matches.getFirst().end() == tokens.size()
                ? java.util.Optional.of(matches.getFirst().code()) : java.util.Optional.empty();
    }

    /**
     * Every name of each country, its display name first, without the stand-ins (capitals, "Kremlin") and
     * regions ("Gaza", "Skotlandia"): the query side expands a country name with these, while a search for a
     * city or a region stays a search for it.
     */
    public Map<String, List<String>> namesByCode() {
        Map<String, List<String>> names = new TreeMap<>();
        collectNames(root, names);
        names.replaceAll((code, list) -> {
            List<String> ordered = new ArrayList<>(new LinkedHashSet<>(list));
            ordered.sort(java.util.Comparator.comparing((String n) -> !n.equals(displayName(code))).thenComparing(n -> n));
            return List.copyOf(ordered);
        });
        return Collections.unmodifiableMap(names);
    }

    /**
     * The longer names, of other countries or of things that are not countries, that hold this name of the
     * country {@code code}: "Korea Utara" (KP) for "Korea" (KR), "Amerika Latin" and "Captain America" for
     * "Amerika" and "America" (US). A search for the name must not find them.
     */
    public List<String> longerNamesOfOthers(String name, String code) {
        List<String> wanted = java.util.Arrays.stream(words(name)).map(w -> w.toLowerCase(Locale.ROOT)).toList();
        List<String> longer = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            List<String> held = entryWords.get(i);
            if (held.size() > wanted.size() && !code.equals(entries.get(i).code())
                    && java.util.Collections.indexOfSubList(held, wanted) >= 0) {
                longer.add(String.join(" ", entries.get(i).words()));
            }
        }
        longer.sort(null);
        return longer;
    }

    /**
     * Whether the name is, as a whole, one of the names of other things that hold a country's name and that the
     * alias file lists so that they are not taken for the country ("AS Roma", "Amerika Latin", "Bidara Cina").
     */
    public boolean isOtherThanCountry(String name) {
        Entry entry = entryOf(name);
        return entry != null && entry.isBlocker();
    }

    /** Whether this name only counts as written, in its own casing ("AS", "RI"). */
    public boolean isExactName(String name) {
        Entry entry = entryOf(name);
        return entry != null && entry.exact();
    }

    /** The entry of exactly this name, in any casing; null when the gazetteer has none. */
    private Entry entryOf(String name) {
        Node node = root;
        for (String word : words(name)) {
            node = node.children.get(word.toLowerCase(Locale.ROOT));
            if (node == null) {
                return null;
            }
        }
        return node.entry;
    }

    private static void collectNames(Node node, Map<String, List<String>> names) {
        if (node.entry != null && !node.entry.isBlocker() && !node.entry.standIn()) {
            names.computeIfAbsent(node.entry.code(), k -> new ArrayList<>()).add(String.join(" ", node.entry.words()));
        }
        node.children.values().forEach(child -> collectNames(child, names));
    }

    /** Every ISO code this gazetteer knows. */
    public Set<String> codes() {
        return displayNames.keySet();
    }

    /**
     * Country names among {@code tokens} (tokenised with hyphens split), longest first, skipping
     * tokens flagged in {@code excluded} (for instance the words of a person's name).
     *
     * @param lowerCaseText whether the text is written wholly in lower case
     * @param excluded      tokens that cannot be part of a country name, or null
     */
    public List<Match> find(List<Token> tokens, boolean lowerCaseText, boolean[] excluded) {
        List<Match> matches = new ArrayList<>();
        int n = tokens.size();
        int i = 0;
        int languageListEnd = -1;
        while (i < n) {
            Node node = root;
            Entry best = null;
            int bestEnd = -1;
            for (int j = i; j < n; j++) {
                if (excluded != null && excluded[j]) {
                    break;
                }
                node = node.children.get(lowerKey(tokens.get(j).text()));
                if (node == null) {
                    break;
                }
                if (node.entry != null && casingFits(node.entry, tokens, i, lowerCaseText)) {
                    best = node.entry;
                    bestEnd = j + 1;
                }
            }
            if (best == null) {
                i++;
                continue;
            }
            if (best.isBlocker()) {
                i = bestEnd;
                continue;
            }
            if (best.exact() && areInitials(tokens, i, bestEnd)) {
                i = bestEnd; // "tersangka berinisial AS (53)", "Brigpol AS": a person, not the United States
                continue;
            }
            if (afterLanguageWord(tokens, i) || languageListEnd >= 0 && onlyListWords(tokens, languageListEnd, i)) {
                // "berbahasa Indonesia, Inggris, dan Belanda": languages, each of them
                languageListEnd = LANGUAGE_WORDS.contains(lowerKey(tokens.get(Math.max(0, i - 1)).text()))
                        || languageListEnd >= 0 ? bestEnd : -1;
            } else {
                matches.add(new Match(i, bestEnd, best.code()));
                languageListEnd = -1;
            }
            i = bestEnd;
        }
        return matches;
    }

    /**
     * The countries named in a short text such as a location name ("Kursk Rusia" → RU), with the
     * same casing rules as running text; text wholly in lower case is matched in lower case.
     */
    public Set<String> codesIn(String text) {
        List<Token> tokens = TOKENIZER.tokenize(text);
        Set<String> codes = new LinkedHashSet<>();
        for (Match match : find(tokens, text.equals(text.toLowerCase(Locale.ROOT)), null)) {
            codes.add(match.code());
        }
        return codes;
    }

    private static String lowerKey(String word) {
        for (int k = 0; k < word.length(); k++) {
            if (Character.isUpperCase(word.charAt(k))) {
                return word.toLowerCase(Locale.ROOT);
            }
        }
        return word;
    }

    /**
     * Common nouns that open a country's nickname and that news writes in lower case inside a sentence as often as
     * not ("negeri jiran" for Malaysia, "negeri Tirai Bambu" for China, "negeri sakura" for Japan): such a head
     * matches in lower case too when more words of the nickname follow, never alone.
     */
    private static final Set<String> LOWER_CASE_HEADS = Set.of("negeri");

    private static boolean casingFits(Entry entry, List<Token> tokens, int first, boolean lowerCaseText) {
        String[] words = entry.words();
        String head = tokens.get(first).text();
        String word = words[0];
        if (head.equals(word)) {
            return true;
        }
        if (entry.exact()) {
            return false;
        }
        if (words.length > 1 && LOWER_CASE_HEADS.contains(head) && head.equals(word.toLowerCase(Locale.ROOT))) {
            return true; // "negeri jiran", "negeri Tirai Bambu"
        }
        if (lowerCaseText && head.equals(word.toLowerCase(Locale.ROOT))) {
            return true;
        }
        return head.length() > 1 && isAllUpperCase(head) && head.equalsIgnoreCase(word);
    }

    /** Words after which a country name names a language, a currency or a race, not the country. */
    /** Words after which a country name is a language, a currency or a race ("bahasa Inggris", "MotoGP San Marino"). */
    private static final Set<String> NOT_COUNTRY_AFTER = Set.of("bahasa", "berbahasa", "dolar", "dollar", "gp", "motogp",
            "moto2", "moto3");
    private static final Set<String> LANGUAGE_WORDS = Set.of("bahasa", "berbahasa");
    private static final Set<String> LIST_WORDS = Set.of(",", "dan", "atau", "serta", "maupun", "and", "or");

    /** Whether tokens [from, to) are only list separators: the next item of the same list. */
    private static boolean onlyListWords(List<Token> tokens, int from, int to) {
        if (to <= from) {
            return false;
        }
        for (int k = from; k < to; k++) {
            if (!LIST_WORDS.contains(lowerKey(tokens.get(k).text()))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Words after which crime news writes a person's initials: "berinisial AS", "oknum AS", and the police and
     * military ranks of Indonesia ("Brigpol AS", "Bripka RI"); not general titles, which also stand before a country
     * ("Presiden AS", "Jenderal AS").
     */
    private static final Set<String> BEFORE_INITIALS = Set.of("inisial", "berinisial", "oknum", "tersangka", "terdakwa",
            "terpidana", "brigpol", "bripda", "briptu", "bripka", "brigadir", "aipda", "aiptu", "ipda", "iptu", "akp",
            "kompol", "akbp", "kombes", "bharada", "bharatu", "bharaka", "serda", "sertu", "serka", "serma", "pelda",
            "peltu", "prada", "pratu", "praka", "kopda", "koptu", "kopka", "letda", "lettu");

    /**
     * Whether a country's abbreviation ("AS", "RI") at [first, end) is a person's initials as Indonesian crime news
     * gives them: after "berinisial" or a rank ({@link #BEFORE_INITIALS}), or before the person's age in brackets
     * ("Brigpol AS (28)", "AS (53 tahun)").
     */
    private static boolean areInitials(List<Token> tokens, int first, int end) {
        if (first > 0 && BEFORE_INITIALS.contains(lowerKey(tokens.get(first - 1).text()))) {
            return true;
        }
        if (end + 2 >= tokens.size() || !tokens.get(end).text().equals("(")) {
            return false;
        }
        String age = tokens.get(end + 1).text();
        String after = tokens.get(end + 2).text();
        return age.length() <= 2 && age.chars().allMatch(Character::isDigit) && (after.equals(")") || after.equalsIgnoreCase("tahun"));
    }

    private static boolean afterLanguageWord(List<Token> tokens, int i) {
        return i > 0 && NOT_COUNTRY_AFTER.contains(lowerKey(tokens.get(i - 1).text()));
    }

    private static boolean isAllUpperCase(String word) {
        boolean letter = false;
        for (int k = 0; k < word.length(); k++) {
            char c = word.charAt(k);
            if (Character.isLowerCase(c)) {
                return false;
            }
            letter |= Character.isLetter(c);
        }
        return letter;
    }

    private static CountryGazetteer load() {
        Map<String, Entry> entries = new HashMap<>();
        Map<String, String> display = new HashMap<>();
        Set<String> dropped = new HashSet<>();
        List<String[]> aliasRows = readAliasRows();
        for (String[] row : aliasRows) {
            if (row[0].equals("!")) {
                dropped.add(key(row[1]));
            }
        }
        addJdkNames(entries, display, dropped);
        for (String[] row : aliasRows) {
            String code = row[0];
            Set<String> flags = row.length > 2 ? Set.of(row[2].split(",")) : Set.of();
            if (code.equals("!")) {
                continue;
            }
            String name = row[1];
            if (code.equals("-")) {
                entries.put(key(name), new Entry(null, words(name), false, false));
                continue;
            }
            // a region of the country ("Skotlandia", "Gaza") counts for it as a stand-in does, and a search for it
            // stays a search for the region
            entries.put(key(name), new Entry(code, words(name), flags.contains("exact"),
                    flags.contains("stand-in") || flags.contains("part")));
            if (flags.contains("display")) {
                display.put(code, name);
            }
        }
        return new CountryGazetteer(entries, display);
    }

    /**
     * The JDK's Indonesian and English names. A name that two countries share is left out (the
     * alias file decides such names); a parenthesised part is also dropped ("Myanmar (Burma)").
     */
    private static void addJdkNames(Map<String, Entry> entries, Map<String, String> display, Set<String> dropped) {
        Locale indonesian = Locale.forLanguageTag("id");
        Map<String, String> codeByKey = new HashMap<>();
        Map<String, String> nameByKey = new HashMap<>();
        Set<String> shared = new HashSet<>();
        for (String code : Locale.getISOCountries()) {
            Locale country = Locale.of("", code);
            String idName = country.getDisplayCountry(indonesian);
            display.put(code, stripParenthesis(idName));
            for (String name : List.of(idName, country.getDisplayCountry(Locale.ENGLISH))) {
                for (String variant : List.of(name, stripParenthesis(name))) {
                    if (variant.isBlank() || variant.equals(code)) {
                        continue;
                    }
                    String key = key(variant);
                    String previous = codeByKey.putIfAbsent(key, code);
                    nameByKey.putIfAbsent(key, variant);
                    if (previous != null && !previous.equals(code)) {
                        shared.add(key);
                    }
                }
            }
        }
        codeByKey.forEach((key, code) -> {
            if (!shared.contains(key) && !dropped.contains(key)) {
                entries.put(key, new Entry(code, words(nameByKey.get(key)), false, false));
            }
        });
    }

    private static String stripParenthesis(String name) {
        int paren = name.indexOf(" (");
        return paren > 0 ? name.substring(0, paren).trim() : name;
    }

    private static String key(String name) {
        return String.join(" ", words(name)).toLowerCase(Locale.ROOT);
    }

    private static String[] words(String name) {
        return TOKENIZER.tokenize(name).stream().map(Token::text).toArray(String[]::new);
    }

    private static List<String[]> readAliasRows() {
        return TabSeparatedResource.rows(RESOURCE, 2);
    }
}
