package id.warta.extract;

import id.warta.article.ArticleEntities;
import id.warta.article.CountryMention;
import id.warta.article.OrganizationMention;
import id.warta.article.PersonMention;
import id.warta.article.Span;
import id.warta.article.TextCleaner;
import opennlp.tools.namefind.NameFinderME;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the countries, persons and organisations an article mentions. The one entry point of
 * {@code id.warta.extract}: {@link #extract(String, String)}.
 *
 * <p>The body is read as given: promo and link lines ("Baca Juga: ..."), HTML tags and entities are
 * blanked by {@link TextCleaner#mask} (same length), so every offset returned points into the body
 * as given. The text is not re-normalised (that would move offsets): give NFC text, as
 * {@link TextCleaner#clean} produces. Persons and organisations come from the name finder model
 * plus {@link PersonRules}, sentence by sentence, on tokens where an election ticket written without
 * spaces ("Jokowi-Ma'ruf") is cut at its hyphen ({@link #withTicketsSplit}); persons are then grouped
 * under canonical names by {@link PersonResolver}.
 * Countries come from {@link CountryGazetteer}, skipping words that belong to a person's name
 * ("Michael Jordan", "Turki Al-Faisal"); their counts include the title. Persons are those the body
 * names; the title only helps to resolve their names.
 *
 * <p><b>Thread-safe.</b> One instance can serve any number of threads: the model and gazetteer are
 * shared and immutable, and each thread gets its own OpenNLP finders (in {@link ThreadLocal}s; a
 * few KB per thread, the models themselves are shared). Text written wholly in lower case is read
 * with the lower-case model.
 */
public final class EntityExtractor {

    private static final Tokenizer NAME_TOKENIZER = new Tokenizer(false);
    private static final Tokenizer COUNTRY_TOKENIZER = new Tokenizer(true);

    private final CountryGazetteer gazetteer;
    private final boolean personRules;
    private final ThreadLocal<NameFinderME> casedFinders;
    private final ThreadLocal<NameFinderME> lowerCaseFinders;

    /** The extractor with the model and gazetteer in the jar. */
    public EntityExtractor() {
        this(NameModel.bundled(), true);
    }

    /**
     * @param model       the name finder model
     * @param personRules whether to apply {@link PersonRules} on top of the model (off only to
     *                    measure the model alone)
     */
    public EntityExtractor(NameModel model, boolean personRules) {
        this.gazetteer = CountryGazetteer.standard();
        this.personRules = personRules;
        this.casedFinders = ThreadLocal.withInitial(() -> model.newFinder(false));
        this.lowerCaseFinders = ThreadLocal.withInitial(() -> model.newFinder(true));
    }

    /** The entities of one article; {@code title} may be empty. Offsets are into {@code body}. */
    public ArticleEntities extract(String title, String body) {
        title = title == null ? "" : title;
        body = body == null ? "" : body;
        String text = TextCleaner.mask(body);
        List<Token> tokens = withTicketsSplit(NAME_TOKENIZER.tokenize(text));
        List<NameSpan> names = findNames(text, tokens);

        String titleText = TextCleaner.mask(title);
        List<Token> titleTokens = withTicketsSplit(NAME_TOKENIZER.tokenize(titleText));
        List<NameSpan> titleNames = findNames(titleText, titleTokens);

        boolean[] taken = new boolean[tokens.size()];
        List<PersonResolver.Found> found = new ArrayList<>();
        for (int n = 0; n < names.size(); n++) {
            NameSpan name = names.get(n);
            Arrays.fill(taken, name.first(), name.end(), true);
            NameSpan partner = n + 1 < names.size() ? names.get(n + 1) : null;
            if (name.isPerson() && partner != null && partner.isPerson() && joinedByTicketHyphen(tokens, name, partner)) {
                Arrays.fill(taken, name.end(), partner.end(), true);
                found.addAll(ticket(body, tokens, name, partner));
                n++;
            } else if (name.isPerson()) {
                found.add(found(body, tokens, name, false));
            }
        }
        // a headline's persons and organisations as trimmed: a span the model ran on into the headline's words
        // ("China Masuk", "China Bertemu Jokowi") must not hide the country it starts with
        List<NameSpan> titleSpans = new ArrayList<>();
        for (NameSpan name : titleNames) {
            NameSpan trimmed = name.isPerson() ? withoutHeadlineWords(titleTokens, name)
                    : NerCorpus.ORGANIZATION.equals(name.type()) ? organizationWithoutHeadlineWords(titleTokens, name) : name;
            if (trimmed == null) {
                continue;
            }
            titleSpans.add(trimmed);
            if (trimmed.isPerson()) {
                found.add(found(title, titleTokens, trimmed, true));
            }
        }
        List<PersonMention> persons = PersonResolver.resolve(body, tokens, found, taken);

        Map<String, Integer> countryCounts = new HashMap<>();
        countCountries(titleText, titleTokens, titleSpans, countryCounts);
        countCountries(text, tokens, names, countryCounts);
        return new ArticleEntities(countries(countryCounts), persons, organizations(body, tokens, names));
    }

    /**
     * The tokens with an election ticket written with a hyphen and no spaces cut at the hyphen: "Joko Widodo-Ma'ruf
     * Amin", "Jokowi-Ma'ruf", "Joko Widodo-Jusuf Kalla" are two persons, and the name finder, trained on sets that
     * write the hyphen apart, reads "Widodo - Ma'ruf" as {@link PersonRules} expects ({@link PersonRules#splitPairs});
     * each of the two then has the whole ticket as its mention ({@link #ticket}).
     * Only a token of two capitalised parts, one of which, with the words beside it, is a name {@link PersonAliases}
     * knows: "Kim Jong-un", "Yoon Eun-Hye" and "Pierre-Emerick Aubameyang" stay whole, and so does the airport
     * "Soekarno-Hatta".
     */
    static List<Token> withTicketsSplit(List<Token> tokens) {
        List<Token> out = null;
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            int hyphen = ticketHyphen(tokens, i);
            if (hyphen < 0) {
                if (out != null) {
                    out.add(token);
                }
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(tokens.subList(0, i));
            }
            String text = token.text();
            int at = token.start() + hyphen;
            out.add(new Token(token.start(), at, text.substring(0, hyphen)));
            out.add(new Token(at, at + 1, text.substring(hyphen, hyphen + 1)));
            out.add(new Token(at + 1, token.end(), text.substring(hyphen + 1)));
        }
        return out == null ? tokens : out;
    }

    /** Hyphenated names of places made of two persons' names: the airport "Soekarno-Hatta" (201 times in CLICK-ID). */
    private static final java.util.Set<String> NOT_TICKETS = java.util.Set.of("soekarno-hatta");

    /**
     * One side of a ticket: a capitalised word of three letters or more, or an acronym ("JK"); not the piece that a
     * mis-decoded apostrophe leaves ("Jokowi-Ma" of "Jokowi-Ma‚Äôruf").
     */
    private static boolean isTicketPart(String part) {
        return Character.isUpperCase(part.charAt(0))
                && (part.length() >= 3 || part.length() == 2 && Character.isUpperCase(part.charAt(1)));
    }

    /** The index of the one hyphen in token {@code i} that joins two persons' names, or -1. */
    private static int ticketHyphen(List<Token> tokens, int i) {
        String text = tokens.get(i).text();
        int hyphen = text.indexOf('-');
        if (hyphen <= 0 || hyphen != text.lastIndexOf('-') || hyphen == text.length() - 1) {
            return -1;
        }
        String left = text.substring(0, hyphen);
        String right = text.substring(hyphen + 1);
        if (!isTicketPart(left) || !isTicketPart(right) || NOT_TICKETS.contains(text.toLowerCase(java.util.Locale.ROOT))) {
            return -1;
        }
        for (int words = 0; words <= 2; words++) {
            if (isKnownName(tokens, i - words, i, left, true) || isKnownName(tokens, i + 1, i + 1 + words, right, false)) {
                return hyphen;
            }
        }
        return -1;
    }

    /**
     * Whether one part of a hyphenated token, after the tokens [from, to) ("Joko" + "Widodo") or, with
     * {@code partLast} false, before them ("Ma'ruf" + "Amin"), is a name {@link PersonAliases} knows.
     */
    private static boolean isKnownName(List<Token> tokens, int from, int to, String part, boolean partLast) {
        if (from < 0 || to > tokens.size()) {
            return false;
        }
        List<String> words = new ArrayList<>();
        for (int k = from; k < to; k++) {
            words.add(tokens.get(k).text());
        }
        words.add(partLast ? words.size() : 0, part);
        return PersonAliases.standard().knows(String.join(" ", words));
    }

    /**
     * An organisation span of a headline cut before its first word (after the first) that news mostly writes in lower
     * case: a headline in Title Case runs a name on into its verb ("China Masuk Natuna" is no organisation "China
     * Masuk").
     */
    private static NameSpan organizationWithoutHeadlineWords(List<Token> tokens, NameSpan name) {
        for (int i = name.first() + 1; i < name.end(); i++) {
            if (WordStats.standard().seldomCapitalised(tokens.get(i).text().toLowerCase(java.util.Locale.ROOT))) {
                return new NameSpan(name.first(), i, name.type());
            }
        }
        return name;
    }

    /**
     * A person span of a headline cut before its first word that news mostly writes in lower case: a
     * headline in Title Case runs the name on into its verb ("Fadli Zon Nilai Tri Susanti Tak Bersalah" →
     * "Fadli Zon"), or, after two words of a name, before a word news capitalises only at times and that is in
     * no person's name ("Kim Jong-un Undang Trump" → "Kim Jong-un"); null when the name's first word is a word
     * news writes in lower case ("Demi ...").
     */
    private static NameSpan withoutHeadlineWords(List<Token> tokens, NameSpan name) {
        int end = name.first();
        for (int i = name.first(); i < name.end(); i++) {
            String word = tokens.get(i).text().toLowerCase(java.util.Locale.ROOT);
            if (PersonRules.isParticle(word) && i > name.first()) {
                continue;
            }
            if (WordStats.standard().seldomCapitalised(word)) {
                break;
            }
            int capitalisation = WordStats.standard().capitalisation(word);
            // "Kim Jong-un Undang Trump": a word news capitalises only at times, and in no person's name, ends a
            // name of two words or more
            if (capitalisation == 2 && i - name.first() >= 2 && !NameGazetteer.inPersonName(NameGazetteer.standard().marks(word))) {
                break;
            }
            end = i + 1;
        }
        return end == name.first() ? null : end == name.end() ? name : new NameSpan(name.first(), end, name.type());
    }

    /** Whether two person spans are the sides of a ticket cut by {@link #withTicketsSplit}: a hyphen with no spaces. */
    private static boolean joinedByTicketHyphen(List<Token> tokens, NameSpan left, NameSpan right) {
        int hyphen = left.end();
        return right.first() == hyphen + 1 && tokens.get(hyphen).text().equals("-")
                && tokens.get(hyphen - 1).end() == tokens.get(hyphen).start()
                && tokens.get(hyphen).end() == tokens.get(right.first()).start();
    }

    /**
     * The two persons of a ticket, each named by its side and each with the ticket as written as its mention
     * ("Jokowi-JK" for Joko Widodo and for Jusuf Kalla): the mention is one word of the text, as the NER sets label it
     * ("Jokowi-Kalla", "Jokowi-JK" are one person span in idner-news-2k).
     */
    private static List<PersonResolver.Found> ticket(String body, List<Token> tokens, NameSpan left, NameSpan right) {
        int start = tokens.get(left.first()).start();
        int end = tokens.get(right.end() - 1).end();
        PersonResolver.Found first = found(body, tokens, left, false);
        PersonResolver.Found second = found(body, tokens, right, false);
        return List.of(new PersonResolver.Found(start, end, first.text(), false),
                new PersonResolver.Found(start, end, second.text(), false));
    }

    /** A person span at its offsets in {@code source}, named by its text cleaned as a title is (mis-decodings repaired). */
    private static PersonResolver.Found found(String source, List<Token> tokens, NameSpan name, boolean inTitle) {
        int start = tokens.get(name.first()).start();
        int end = tokens.get(name.end() - 1).end();
        return new PersonResolver.Found(start, end, TextCleaner.cleanTitle(source.substring(start, end)), inTitle);
    }

    /** Names in every sentence, as spans over {@code tokens}. */
    private List<NameSpan> findNames(String text, List<Token> tokens) {
        List<NameSpan> names = new ArrayList<>();
        if (tokens.isEmpty()) {
            return names;
        }
        boolean lowerCase = isLowerCase(text);
        NameFinderME finder = lowerCase ? lowerCaseFinders.get() : casedFinders.get();
        for (int[] sentence : Sentences.split(text, tokens)) {
            int from = sentence[0];
            String[] words = new String[sentence[1] - from];
            for (int i = 0; i < words.length; i++) {
                words[i] = tokens.get(from + i).text();
            }
            if (!lowerCase && !mayHoldName(words)) {
                continue;
            }
            for (NameSpan span : sentenceNames(finder, words, gazetteer, lowerCase, personRules)) {
                names.add(new NameSpan(span.first() + from, span.end() + from, span.type()));
            }
        }
        finder.clearAdaptiveData();
        return names;
    }

    /**
     * In cased text a name is capitalised: a sentence whose only capital starts a word that news
     * mostly writes in lower case ("Selama masa kampanye, ...") holds no name, and skipping it saves
     * the name finder's time.
     */
    private static boolean mayHoldName(String[] words) {
        for (int i = 1; i < words.length; i++) {
            if (Character.isUpperCase(words[i].charAt(0))) {
                return true;
            }
        }
        if (!Character.isUpperCase(words[0].charAt(0))) {
            return false;
        }
        return !WordStats.standard().seldomCapitalised(words[0].toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * The names the finder sees in one sentence, then, with {@code personRules}, as the person rules
     * correct them (they need to know which words name a country). Offsets are word indexes in the sentence.
     */
    static List<NameSpan> sentenceNames(NameFinderME finder, String[] words, CountryGazetteer gazetteer, boolean lowerCase,
                                        boolean personRules) {
        List<NameSpan> found = new ArrayList<>();
        for (opennlp.tools.util.Span span : finder.find(words)) {
            found.add(new NameSpan(span.getStart(), span.getEnd(), span.getType()));
        }
        return personRules ? PersonRules.apply(words, countryWords(words, gazetteer, lowerCase), found) : found;
    }

    private static boolean[] countryWords(String[] words, CountryGazetteer gazetteer, boolean lowerCase) {
        List<Token> asTokens = new ArrayList<>(words.length);
        for (int i = 0; i < words.length; i++) {
            asTokens.add(new Token(i, i + 1, words[i]));
        }
        boolean[] country = new boolean[words.length];
        for (CountryGazetteer.Match match : gazetteer.find(asTokens, lowerCase, null)) {
            Arrays.fill(country, match.first(), match.end(), true);
        }
        return country;
    }

    /**
     * Counts the country names in {@code text}, except words of a person's name and words of an
     * organisation's name ("Universitas Indonesia", "Arema Indonesia", "PT Amman Mineral"). An
     * organisation span that is only a country name ("Israel" acting as a state) or that starts
     * with a state body ("Kementerian Luar Negeri Rusia", "militer Israel") does count.
     */
    private void countCountries(String text, List<Token> nameTokens, List<NameSpan> names,
                                Map<String, Integer> counts) {
        if (text.isEmpty()) {
            return;
        }
        List<Token> tokens = COUNTRY_TOKENIZER.tokenize(text);
        boolean lowerCase = isLowerCase(text);
        boolean[] excluded = new boolean[tokens.size()];
        int k = 0;
        for (NameSpan name : names) {
            int start = nameTokens.get(name.first()).start();
            int end = nameTokens.get(name.end() - 1).end();
            while (k < tokens.size() && tokens.get(k).end() <= start) {
                k++;
            }
            int to = k;
            while (to < tokens.size() && tokens.get(to).start() < end) {
                to++;
            }
            if (name.isPerson() || (NerCorpus.ORGANIZATION.equals(name.type())
                    && !namesCountry(tokens.subList(k, to), lowerCase))) {
                Arrays.fill(excluded, k, to, true);
            }
        }
        for (CountryGazetteer.Match match : gazetteer.find(tokens, lowerCase, excluded)) {
            if (!inSpelledOutName(tokens, match)) {
                counts.merge(match.code(), 1, Integer::sum);
            }
        }
    }

    private static final java.util.Set<String> ACRONYM_SKIPPED = java.util.Set.of("dan", "and", "of", "&", "-");

    /**
     * Whether a country name is a word of a name that an acronym in parentheses right after spells
     * out: "Indonesia Young Fashion Designer Competition ( IYFDC )", "Klasifikasi Baku Lapangan Usaha
     * Indonesia ( KBLI )", "Universitas Islam Indonesia ( UII )": an event's, a rule's or an
     * organisation's name, like the organisation names the name finder finds. Not the country's own
     * name ("Amerika Serikat ( AS )") nor a state body ("Konsulat Jenderal Republik Indonesia ( KJRI )").
     */
    static boolean inSpelledOutName(List<Token> tokens, CountryGazetteer.Match match) {
        int k = match.end();
        while (k < tokens.size() && k - match.end() < 4 && !tokens.get(k).text().equals("(")
                && Character.isLetterOrDigit(tokens.get(k).text().charAt(0))) {
            k++;
        }
        if (k + 2 >= tokens.size() || !tokens.get(k).text().equals("(") || !tokens.get(k + 2).text().equals(")")) {
            return false;
        }
        String acronym = tokens.get(k + 1).text().toLowerCase(java.util.Locale.ROOT);
        if (acronym.length() < 2 || acronym.length() > 10) {
            return false;
        }
        for (int start = Math.max(0, k - 10); start <= match.first(); start++) {
            if (start == match.first() && k == match.end()) {
                return false; // "Amerika Serikat ( AS )": the country's own short name
            }
            StringBuilder initials = new StringBuilder();
            boolean words = true;
            for (int i = start; i < k && words; i++) {
                String word = tokens.get(i).text().toLowerCase(java.util.Locale.ROOT);
                if (ACRONYM_SKIPPED.contains(word)) {
                    continue;
                }
                words = Character.isLetterOrDigit(word.charAt(0));
                initials.append(word.charAt(0));
            }
            if (words && initials.toString().equals(acronym)) {
                return !NameCues.STATE_BODIES.contains(tokens.get(start).text().toLowerCase(java.util.Locale.ROOT));
            }
        }
        return false;
    }

    /** Whether an organisation's words are a country acting as a state, or a state body of one. */
    private boolean namesCountry(List<Token> organization, boolean lowerCase) {
        if (organization.isEmpty()) {
            return false;
        }
        if (NameCues.STATE_BODIES.contains(organization.get(0).text().toLowerCase(java.util.Locale.ROOT))) {
            return true;
        }
        List<CountryGazetteer.Match> matches = gazetteer.find(organization, lowerCase, null);
        return matches.size() == 1 && matches.get(0).first() == 0 && matches.get(0).end() == organization.size();
    }

    private List<CountryMention> countries(Map<String, Integer> counts) {
        List<CountryMention> countries = new ArrayList<>(counts.size());
        counts.forEach((code, n) -> countries.add(new CountryMention(code, gazetteer.displayName(code), n)));
        countries.sort((a, b) -> a.mentions() != b.mentions()
                ? Integer.compare(b.mentions(), a.mentions()) : a.code().compareTo(b.code()));
        return countries;
    }

    /** Organisations, named by their text cleaned as a title is, with their spans' text as {@code body} has it. */
    private static List<OrganizationMention> organizations(String body, List<Token> tokens, List<NameSpan> names) {
        Map<String, List<Span>> byName = new LinkedHashMap<>();
        for (NameSpan name : names) {
            if (!NerCorpus.ORGANIZATION.equals(name.type())) {
                continue;
            }
            int start = tokens.get(name.first()).start();
            int end = tokens.get(name.end() - 1).end();
            String text = body.substring(start, end);
            byName.computeIfAbsent(TextCleaner.cleanTitle(text), n -> new ArrayList<>()).add(new Span(start, end, text));
        }
        List<OrganizationMention> organizations = new ArrayList<>(byName.size());
        byName.forEach((name, spans) -> organizations.add(new OrganizationMention(name, spans)));
        return organizations;
    }

    /**
     * Whether a text is written wholly in lower case (some archives are): then names are matched in
     * lower case too. Fewer than one capital in 200 letters counts as lower case.
     */
    static boolean isLowerCase(CharSequence text) {
        int letters = 0;
        int upper = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (Character.isUpperCase(c)) {
                    upper++;
                }
            }
        }
        return letters > 0 && upper * 200 < letters;
    }
}
