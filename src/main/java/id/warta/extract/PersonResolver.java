package id.warta.extract;

import id.warta.article.PersonMention;
import id.warta.article.Span;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Groups an article's person mentions under one canonical name each. The canonical name is the
 * longest form the article uses ("Mark Rutte"); a shorter form whose words occur as a run in a
 * longer one ("Rutte", "Mark") resolves to it when that longer name leaves no doubt: a surname that a
 * relative shares ("Habibie" beside "Thareq Kemal Habibie") goes to the public figure that
 * {@link PersonAliases} knows, or stays as it is (see {@link #standsFor}). So does a one-word name that begins a word
 * of a longer one, as news shortens a name ("Alex" for Alexander Marwata), and a surname of a public figure whom the
 * article names by a shorter known form ("Indrawati" beside "Sri Mulyani"). Occurrences of
 * a resolved surname that the name finder missed ("Rutte secara khusus ...") are added, as long as
 * they are capitalised and not part of another name. A name that {@link PersonAliases} knows as another
 * name of a public figure ("Jokowi") is stored under that person's canonical name ("Joko Widodo").
 *
 * <p>Title mentions only help to resolve names: a person the body never names is left out, since
 * headlines written in Title Case give the name finder false names.
 *
 * <p>Names are normalised: whitespace collapsed, possessive "-nya" and surrounding punctuation
 * dropped. Stateless.
 */
final class PersonResolver {

    /** A person mention in the body (or the title, with {@code inTitle}). */
    record Found(int start, int end, String text, boolean inTitle) {
    }

    private PersonResolver() {
    }

    /**
     * @param body      the body as given (spans are offsets into it)
     * @param tokens    the body's tokens
     * @param found     person mentions in body order, then title mentions
     * @param taken     tokens that belong to some other name (organisation, location) or to a found person
     */
    static List<PersonMention> resolve(String body, List<Token> tokens, List<Found> found, boolean[] taken) {
        Map<String, String[]> forms = new LinkedHashMap<>();
        for (Found f : found) {
            String name = normalise(f.text());
            if (!name.isEmpty() && looksLikeAName(name)) {
                forms.putIfAbsent(name, name.split(" "));
            }
        }
        Map<String, String[]> longerForms = withFullNamesOfKnownFigures(forms);
        Map<String, String> canonical = new LinkedHashMap<>();
        for (Map.Entry<String, String[]> form : forms.entrySet()) {
            canonical.put(form.getKey(), longerForm(form.getKey(), form.getValue(), longerForms, forms));
        }
        Map<String, List<Span>> spans = new LinkedHashMap<>();
        for (Found f : found) {
            String name = canonical.get(normalise(f.text()));
            if (name == null) {
                continue;
            }
            List<Span> list = spans.computeIfAbsent(name, k -> new ArrayList<>());
            if (!f.inTitle()) {
                list.add(new Span(f.start(), f.end(), body.substring(f.start(), f.end())));
            }
        }
        spans.values().removeIf(List::isEmpty); // named only in the title: headlines in Title Case mislead
        addMissedSurnames(body, tokens, taken, spans);
        // only now the public figures' other names, so that missed surnames come from names the article wrote
        Map<String, List<Span>> byPerson = new LinkedHashMap<>();
        spans.forEach((name, list) -> byPerson.computeIfAbsent(PersonAliases.standard().canonical(name), k -> new ArrayList<>())
                .addAll(list));
        List<PersonMention> persons = new ArrayList<>(byPerson.size());
        byPerson.forEach((name, list) -> {
            list.sort((a, b) -> Integer.compare(a.start(), b.start()));
            persons.add(new PersonMention(name, list));
        });
        persons.sort((a, b) -> Integer.compare(firstStart(a), firstStart(b)));
        return persons;
    }

    /**
     * A name has at least one word of two or more letters, at least one of them a basic Latin letter:
     * mis-decoded punctuation ("Äù" for a curly quote read as Mac Roman) is not a person.
     */
    static boolean looksLikeAName(String name) {
        for (String word : name.split(" ")) {
            int letters = 0;
            boolean latin = false;
            for (int i = 0; i < word.length(); i++) {
                char c = word.charAt(i);
                letters += Character.isLetter(c) ? 1 : 0;
                latin |= c < 128 && Character.isLetter(c);
            }
            if (letters >= 2 && latin) {
                return true;
            }
        }
        return false;
    }

    private static int firstStart(PersonMention person) {
        return person.mentions().isEmpty() ? Integer.MAX_VALUE : person.mentions().get(0).start();
    }

    /**
     * The article's forms, and the full name of each known public figure that a form shortens: an article naming
     * "Sri Mulyani" and, once, "Indrawati" means Sri Mulyani Indrawati by both. Only full names that hold the form
     * as a run of words: a nickname ("AHY") says nothing of whom a loose surname ("Yudhoyono", maybe his father) is.
     */
    private static Map<String, String[]> withFullNamesOfKnownFigures(Map<String, String[]> forms) {
        Map<String, String[]> longerForms = new LinkedHashMap<>(forms);
        forms.forEach((form, words) -> {
            String fullName = PersonAliases.standard().canonical(form);
            String[] fullWords = fullName.split(" ");
            if (!fullName.equals(form) && fullWords.length > words.length && containsRun(fullWords, words)) {
                longerForms.putIfAbsent(fullName, fullWords);
            }
        });
        return longerForms;
    }

    /**
     * The longer form a short name stands for, else the name itself. The candidates are the longer forms holding
     * the short name as a contiguous run; the chosen one must leave no doubt ({@link #standsFor}): "Rutte" is
     * "Mark Rutte", but "Habibie" beside "Alwi Abdul Jalil Habibie" (his father) and "Thareq Kemal Habibie" (his
     * son) is "BJ Habibie", and "Joko Widodo" is not "Iriana Joko Widodo". The longest such form wins. A one-word
     * name that no longer form holds may be what news calls a person for short: a word that begins a word of a
     * longer name the article writes ("Alex" for Alexander Marwata, "Niki" for Nikita Mirzani, "Risma" for Tri
     * Rismaharini; see {@link #shortens}), under the same rule.
     */
    private static String longerForm(String name, String[] words, Map<String, String[]> forms, Map<String, String[]> written) {
        List<String> candidates = longerFormsWhere(forms, words.length, longer -> containsRun(longer, words));
        if (candidates.isEmpty() && words.length == 1) {
            candidates = longerFormsWhere(written, 1, longer -> shortens(name, longer));
        }
        String best = name;
        int bestLength = words.length;
        for (String candidate : candidates) {
            if (forms.get(candidate).length > bestLength && standsFor(name, words, candidate, candidates, forms)) {
                best = candidate;
                bestLength = forms.get(candidate).length;
            }
        }
        return best;
    }

    /**
     * Whether the short name {@code name} surely means {@code chosen}, one of the longer forms holding it: every other
     * candidate's words are in the chosen one too, in the same order (for "Anthony", the headline's "Anthony Ginting"
     * in "Anthony Sinisuka Ginting"), or it names the same public figure ("BJ Habibie", "B.J. Habibie"). A public
     * figure's name that {@link PersonAliases} knows wins its surname from names it does not know, since news names
     * relatives in full and the figure by surname ("Habibie" is "BJ Habibie", not "Thareq Kemal Habibie"); for the
     * same reason a name that holds a known one ("Iriana Joko Widodo") takes no short form that the known one also
     * fits, and a known name ("Joko Widodo") stands for no one else.
     */
    private static boolean standsFor(String name, String[] words, String chosen, List<String> candidates,
                                     Map<String, String[]> forms) {
        PersonAliases aliases = PersonAliases.standard();
        boolean known = aliases.knows(chosen);
        if (aliases.knows(name) && !samePerson(name, chosen)) {
            return false;
        }
        String[] chosenWords = forms.get(chosen);
        boolean surnameOfKnown = known && Arrays.equals(chosenWords, chosenWords.length - words.length, chosenWords.length,
                words, 0, words.length);
        for (String other : candidates) {
            if (other.equals(chosen) || samePerson(other, chosen)) {
                continue;
            }
            boolean otherKnown = aliases.knows(other);
            if (otherKnown && !known) {
                return false;
            }
            if (!containsInOrder(chosenWords, forms.get(other)) && !(surnameOfKnown && !otherKnown)) {
                return false;
            }
        }
        return true;
    }

    private static List<String> longerFormsWhere(Map<String, String[]> forms, int moreWordsThan,
                                                 Predicate<String[]> holds) {
        List<String> candidates = new ArrayList<>();
        forms.forEach((other, longer) -> {
            if (longer.length > moreWordsThan && holds.test(longer)) {
                candidates.add(other);
            }
        });
        return candidates;
    }

    /**
     * Indonesian given names that are whole names, not a longer name cut short: "Andi" beside Andika Perkasa, "Budi"
     * beside Budiman Sudjatmiko or "Nur" beside Nurul Ghufron is someone else.
     */
    private static final Set<String> GIVEN_NAMES = Set.of("abdul", "adi", "agus", "ahmad", "ali", "andi",
            "arif", "budi", "dewi", "dwi", "eka", "hadi", "indra", "muhammad", "nur", "putra", "putri", "rizki", "siti", "sri",
            "tri", "wahyu");

    /** A short name needs this many letters to stand for a longer word it begins ("Alex", "Dovi", "Ray"). */
    private static final int MIN_SHORT_NAME = 3;

    /**
     * Whether a capitalised word of at least {@value #MIN_SHORT_NAME} letters begins a word of a longer name that
     * goes on in lower-case letters for at least two more ("Alex" of "Alexander", "Rudy" of "Rudyatmo"; not
     * "Marcel" of "Marcell", a spelling, nor "Jean" of "Jean-Pierre").
     */
    private static boolean shortens(String name, String[] longer) {
        if (name.length() < MIN_SHORT_NAME || !Character.isUpperCase(name.charAt(0))
                || GIVEN_NAMES.contains(name.toLowerCase(Locale.ROOT))) {
            return false;
        }
        for (String word : longer) {
            if (word.length() >= name.length() + 2 && word.startsWith(name)
                    && Character.isLowerCase(word.charAt(name.length())) && Character.isLowerCase(word.charAt(name.length() + 1))) {
                return true;
            }
        }
        return false;
    }

    /** Whether every word of {@code words} occurs in {@code longer} in the same order: "Anthony Ginting" in "Anthony Sinisuka Ginting". */
    private static boolean containsInOrder(String[] longer, String[] words) {
        int k = 0;
        for (int i = 0; i < longer.length && k < words.length; i++) {
            if (sameWord(longer[i], words[k])) {
                k++;
            }
        }
        return k == words.length;
    }

    private static boolean samePerson(String a, String b) {
        PersonAliases aliases = PersonAliases.standard();
        return aliases.canonical(a).equalsIgnoreCase(aliases.canonical(b));
    }

    private static boolean containsRun(String[] longer, String[] words) {
        for (int i = 0; i + words.length <= longer.length; i++) {
            int k = 0;
            while (k < words.length && sameWord(longer[i + k], words[k])) {
                k++;
            }
            if (k == words.length) {
                return true;
            }
        }
        return false;
    }

    /** The Arabic articles written joined to a name ("al-Assad", "el-Sisi"), which news drops after the first mention. */
    private static final Set<String> JOINED_ARTICLES = Set.of("al", "el", "ad", "ar", "as", "ash", "at",
            "az", "ud", "ul");

    /** Whether a word of a longer name is this word, also without its joined article: "al-Assad" is "Assad". */
    private static boolean sameWord(String longerWord, String word) {
        return longerWord.equals(word)
                || longerWord.length() > word.length() && longerWord.endsWith(word) && withoutArticle(longerWord).equals(word);
    }

    /** "al-Assad" → "Assad"; any other word as it is. */
    private static String withoutArticle(String word) {
        int dash = word.indexOf('-');
        boolean joined = dash >= 2 && dash + 1 < word.length() && Character.isUpperCase(word.charAt(dash + 1))
                && JOINED_ARTICLES.contains(word.substring(0, dash).toLowerCase(Locale.ROOT));
        return joined ? word.substring(dash + 1) : word;
    }

    /** Adds capitalised occurrences of a multi-word person's last word that no name covers. */
    private static void addMissedSurnames(String body, List<Token> tokens, boolean[] taken,
                                          Map<String, List<Span>> spans) {
        Map<String, String> bySurname = new LinkedHashMap<>();
        for (String name : spans.keySet()) {
            String[] words = name.split(" ");
            if (words.length < 2) {
                continue;
            }
            String surname = withoutArticle(words[words.length - 1]); // "Assad" of "Bashar al-Assad"
            if (surname.length() >= 3 && Character.isUpperCase(surname.charAt(0))) {
                bySurname.merge(surname, name, (a, b) -> ""); // ambiguous surname: resolve none
            }
        }
        bySurname.values().removeIf(String::isEmpty);
        if (bySurname.isEmpty()) {
            return;
        }
        for (int i = 0; i < tokens.size(); i++) {
            if (taken[i]) {
                continue;
            }
            Token token = tokens.get(i);
            String name = bySurname.get(token.text());
            if (name != null) {
                spans.get(name).add(new Span(token.start(), token.end(), body.substring(token.start(), token.end())));
            }
        }
    }

    /** Runs of white space: the no-break and other Unicode spaces and the zero-width ones included, as the tokenizer splits. */
    private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}\u200B\uFEFF]+");

    /** "Rutte," → "Rutte"; "Trumpnya" stays (only a hyphenated "-nya" is dropped). */
    static String normalise(String text) {
        String name = SPACES.matcher(text).replaceAll(" ").strip();
        if (name.toLowerCase(Locale.ROOT).endsWith("-nya")) {
            name = name.substring(0, name.length() - 4);
        }
        int start = 0;
        int end = name.length();
        while (start < end && !Character.isLetterOrDigit(name.charAt(start))) {
            start++;
        }
        while (end > start && !Character.isLetterOrDigit(name.charAt(end - 1)) && name.charAt(end - 1) != '.') {
            end--;
        }
        return name.substring(start, end);
    }
}
