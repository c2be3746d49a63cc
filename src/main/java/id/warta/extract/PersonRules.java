package id.warta.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Rules that Indonesian news makes reliable, applied on top of the name finder for one sentence.
 * The adding rules add a person only where the model found no name at all.
 * <ul>
 *   <li>a person span takes in the capitalised word before it when the two are another name of a public figure
 *       ("Bung Karno", "Pak Harto", {@link PersonAliases});</li>
 *   <li>a person span loses a leading form of address ("Ny", "Bapak", "KH"), role ("Presiden Joko Widodo") or
 *       speech verb in lower case ("lanjut Rutte"), a leading academic title
 *       and anything before it ("UGM Dr. Jamhari", "Prof Sarbini") and trailing day or month
 *       names ("Amanda Vanstone Selasa");</li>
 *   <li>parts of one name are joined across a particle ("von", "bin"), an initial's dot or a
 *       hyphen ({@link #joinNameParts});</li>
 *   <li>a "person" made only of titles or other cue words ("Chief Executive Officer") is dropped, and
 *       two person spans side by side are one name;</li>
 *   <li>a "person" that is only a country name ("Ukraina mengatakan, ...") is dropped: it is the
 *       country speaking, and is counted as a country;</li>
 *   <li>a "person" holding the head word of a place, organisation, building, event or work ("Dusun
 *       Sendung", "Persero", "Manchester City") is dropped, but after an English organisation head
 *       the name that follows is kept ("Cyrus Network Hasan Nasbi" → "Hasan Nasbi"); trailing
 *       degrees go ("Fathul Anam SAg");</li>
 *   <li>two names joined by a hyphen are two persons ("Ahmad Heryawan - Deddy Mizwar", "Prabowo -
 *       Hatta"), unlike one name with a hyphen inside ("Catherine Zeta - Jones");</li>
 *   <li>speech verb before a name: "kata Rutte", "ujar Sri Mulyani";</li>
 *   <li>honorific before a name: "Pak Jokowi", "Ibu Risma" (the honorific is not part of the name);</li>
 *   <li>a title then a comma then a full name then a comma or speech verb: "Sekretaris Jenderal NATO,
 *       Mark Rutte, mengatakan", "Presiden Prancis, Emmanuel Macron, mengatakan".</li>
 * </ul>
 * The name is the run of capitalised words that follows (at most four), never a country name or a
 * cue word; after an honorific or a title only words that news mostly capitalises
 * ({@link WordStats}), since "Ibu Hamil" is a pregnant woman. Measured on the dev sets, a bare
 * "title + capitalised words" rule does more harm than good ("Ketua Umum", "Menteri Perumahan
 * Rakyat" are capitalised roles), so it is not used.
 */
final class PersonRules {

    private static final int MAX_NAME_WORDS = 4;
    private static final Set<String> NAME_HONORIFICS = Set.of("bapak", "ibu", "pak", "bu");
    /**
     * Forms of address that news does not count as part of the name (unlike "Gus", "Cak", "Bung"), with the dot
     * of their abbreviation if any ("KH. Ma'ruf Amin", "K.H. Hasyim Asy'ari"); kept only where the two make another
     * name of a public figure ("Pak Harto", {@link #withKnownWordBefore}).
     */
    private static final Set<String> ADDRESS_FORMS = Set.of(
            "bapak", "ibu", "pak", "bu", "ny", "nyonya", "tn", "tuan", "sdr", "sdri", "saudara", "saudari",
            "haji", "hajjah", "hj", "kiai", "kyai", "kh", "k.h.", "k.h", "mbah", "ustaz", "ustadz");
    /** Titles that the training sets count as part of a name ("Sultan Hamengku Buwono X", "Pangeran Diponegoro"). */
    private static final Set<String> NAME_TITLES = Set.of(
            "raja", "ratu", "pangeran", "putri", "sultan", "sunan", "paus", "habib", "syekh");

    /** "Presiden", "Wakil", "Gubernur": a role before the name, not part of it. */
    private static boolean isRoleTitle(String token) {
        String lower = token.toLowerCase(Locale.ROOT);
        return (NameCues.TITLES.contains(lower) || ROLE_WORDS.contains(lower)) && !NAME_TITLES.contains(lower);
    }

    /**
     * Roles, offices and the police and military ranks (a closed list) that stand before a name, beyond the
     * name finder's own cue words ({@link NameCues#TITLES}, which are model features and so stay as trained):
     * the rules take them off the front of a name and drop a span made only of them ("Juru Bicara", "Plt").
     */
    private static final Set<String> ROLE_WORDS = Set.of(
            "juru", "bicara", "koordinator", "plt", "plh", "sekda", "deputi", "dirjen", "kanit", "kasubag", "kasubbag",
            "humas", "paur", "kaur", "kanwil", "kasi", "kasie", "kabiro", "kadis", "karo", "kapuspen", "wakapolri",
            "wakapolda", "wakapolres", "wakapolsek", "staf", "asisten",
            "akp", "letkol", "letda", "lettu", "mayor", "serma", "serka", "sertu", "serda", "praka", "pratu", "prada",
            "kopda", "koptu", "kopka", "bripda", "brigpol", "brigadir", "bharada", "bharatu", "bharaka", "laksma",
            "laksda", "laksdya", "laksamana", "marsma", "marsda", "marsdya", "marsekal", "ajun", "inspektur", "panit",
            // ministers as news shortens them, beyond those in NameCues.TITLES ("Menhub Budi Karya Sumadi")
            "menhub", "menperin", "menpar", "menparekraf", "menristek", "menristekdikti", "menkominfo", "mensos",
            "mendag", "menaker", "menpan", "menpanrb", "menag", "mentan", "menkop", "menpupr", "menlhk", "menpppa",
            "wamen", "wamenag", "wamenlu", "wamenkeu");

    /** Words that complete a rank or role ("Laksamana Muda", "Kombes Pol", "Mayor Inf"). */
    private static final Set<String> RANK_QUALIFIERS = Set.of("muda", "madya", "utama", "pertama", "pol", "polisi",
            "inf", "cpl", "tni", "purn", "purnawirawan");
    /** Police ranks written out in words, which a grade may end ("Ajun Komisaris Besar", "Inspektur Polisi Satu"). */
    private static final Set<String> SPELLED_RANKS = Set.of("ajun", "komisaris", "inspektur", "brigadir");
    /** The grades that end a rank written out; only after one ("Penyanyi Dua Lipa" keeps "Dua"). */
    private static final Set<String> RANK_GRADES = Set.of("besar", "satu", "dua");

    /** Whether news mostly capitalises the word, or never used it: a word of a name rather than of an office. */
    private static boolean usuallyCapitalised(String token) {
        return WordStats.standard().usuallyCapitalised(token.toLowerCase(Locale.ROOT));
    }

    /**
     * Indonesian provinces, by name or as news shortens them, as they stand before an official's name ("Gubernur
     * Sumut Edy Rahmayadi"); alone, never a person.
     */
    private static final Set<String> PROVINCES = Set.of(
            "sumut", "sumbar", "sumsel", "kalbar", "kalteng", "kalsel", "kaltim", "kaltara", "sulut", "sulteng",
            "sulsel", "sultra", "sulbar", "jabar", "jateng", "jatim", "diy", "ntb", "ntt", "babel", "kepri", "malut",
            "dki", "aceh", "riau", "jambi", "bengkulu", "lampung", "banten", "bali", "gorontalo", "papua", "maluku");

    /**
     * States that Warta counts under no code: Kosovo has no ISO 3166 code in the JDK (its user-assigned "XK" would be
     * stored but refused by a search's country filter, which accepts only the JDK's codes), so the country gazetteer
     * leaves it out, and the rule that drops a "person" made of a country name cannot see it. Alone, never a person
     * ("Inggris menang 5-3 atas Kosovo").
     */
    private static final Set<String> STATES_WITHOUT_CODE = Set.of("kosovo");

    /** Titles news writes before a name but not as part of it (the training sets agree: 25 of 28). */
    private static final Set<String> ACADEMIC_TITLES = Set.of("dr", "prof", "drs", "ir");
    private static final Set<String> ENGLISH_ROLES = Set.of(
            "chief", "executive", "officer", "president", "director", "minister", "secretary", "general",
            "chairman", "manager", "head", "senior", "vice", "deputy");
    /**
     * Three-letter country codes as results tables write a competitor's nationality: ISO 3166 alpha-3, and the codes
     * of sport (IOC, FIFA, MotoGP's "SPA") that differ from it.
     */
    private static final Set<String> NATIONALITY_CODES = nationalityCodes();

    private static Set<String> nationalityCodes() {
        Set<String> codes = new HashSet<>(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3));
        codes.addAll(List.of("ALG", "ANG", "BUL", "CHI", "CRO", "DEN", "ENG", "GER", "GRE", "INA", "IRI", "KSA", "LAT",
                "MAS", "NED", "PAR", "PHI", "POR", "RSA", "SCO", "SIN", "SLO", "SPA", "SUI", "TPE", "UAE", "URU", "VIE", "WAL"));
        return Set.copyOf(codes);
    }

    private static final Set<String> DATE_WORDS = Set.of(
            "senin", "selasa", "rabu", "kamis", "jumat", "jum'at", "sabtu", "minggu", "ahad", "januari", "februari",
            "maret", "april", "mei", "juni", "juli", "agustus", "september", "oktober", "november", "desember");

    private PersonRules() {
    }

    static List<NameSpan> apply(String[] tokens, boolean[] country, List<NameSpan> found) {
        List<NameSpan> spans = new ArrayList<>(found.size() + 2);
        for (NameSpan span : atSeparators(tokens, found)) {
            if (!span.isPerson()) {
                spans.add(span);
                continue;
            }
            span = withKnownWordBefore(tokens, afterTrailingHead(tokens, span));
            if (!allCountry(country, span) && !allCues(tokens, span) && !hasPlaceOrOrganizationHead(tokens, span)
                    && !afterPlaceHead(tokens, country, span)) {
                NameSpan trimmed = trim(tokens, span);
                if (trimmed != null) {
                    spans.add(trimmed);
                }
            }
        }
        addNamesAfterCues(tokens, country, spans);
        spans.sort((a, b) -> Integer.compare(a.first(), b.first()));
        List<NameSpan> joined = withoutOverlaps(splitPairs(tokens, joinNameParts(tokens, country, mergeAdjacentPersons(spans))));
        joined.removeIf(span -> span.isPerson() && isNoNameAlone(tokens, span));
        return joined;
    }

    /**
     * Person spans cut at a bracket, semicolon, colon or bar inside them: "Min Tae Ra ( Kim Ye Won" is a role
     * and the actress who plays it, "Frenkie De Jong ; Luis Suarez" two players of a line-up, "Mahfud MD: Habibie"
     * a headline's speaker and whom he speaks of.
     */
    private static List<NameSpan> atSeparators(String[] tokens, List<NameSpan> found) {
        List<NameSpan> out = new ArrayList<>(found.size() + 1);
        for (NameSpan span : found) {
            if (!span.isPerson()) {
                out.add(span);
                continue;
            }
            int start = span.first();
            for (int i = span.first(); i < span.end(); i++) {
                if (SEPARATORS.contains(tokens[i])) {
                    if (i > start) {
                        out.add(new NameSpan(start, i, span.type()));
                    }
                    start = i + 1;
                }
            }
            if (start == span.first()) {
                out.add(span);
            } else if (start < span.end()) {
                out.add(new NameSpan(start, span.end(), span.type()));
            }
        }
        return out;
    }

    private static final Set<String> SEPARATORS = Set.of("(", ")", "[", "]", ";", ":", "|");

    /**
     * Words that open sentences and never name a person: "Alhasil" took 47 person values of CLICK-ID, because a
     * comma there joins paragraphs and the word statistics take it for a word capitalised inside a sentence.
     * None is a person in the NER sets.
     */
    private static final Set<String> CONNECTIVES = Set.of("alhasil", "walhasil", "akibatnya", "kendati", "meskipun", "namun",
            "sementara", "padahal", "sedangkan", "adapun", "sehingga", "lantas", "kemudian", "selanjutnya", "sayangnya",
            "untungnya", "intinya", "singkatnya", "apalagi", "makanya", "ternyata", "rupanya", "konon", "menurutnya",
            // the ordinals that open the points of a list ("Keenam, menerbitkan SK Gubernur")
            "pertama", "kedua", "ketiga", "keempat", "kelima", "keenam", "ketujuh", "kedelapan", "kesembilan",
            "kesepuluh");

    /** Pronouns news capitalises ("Secara tegas Ia bertanya"): never a person's name on their own. */
    private static final Set<String> PRONOUNS = Set.of("ia", "dia", "beliau", "kami", "kita", "mereka", "anda", "aku",
            "saya", "engkau", "kamu", "dirinya");

    /**
     * A one-word person that is a pronoun, a connective ("Alhasil"), a province ("Sumut", "Bali"), a state Warta
     * stores no code for ("Kosovo"), a common word
     * opening its sentence ({@link #isCommonWordOpeningSentence}), or an acronym in capitals ("AC", "WHO", "IDI",
     * "KLB") that is no known other name of a person ("SBY" and "JK" are) and not a person's initials as police
     * news gives them ("berinisial RIA", "ZU (20)"). In the three cased training sets, 36 of the 43 one-word
     * persons in capitals are SBY or JK.
     */
    private static boolean isNoNameAlone(String[] tokens, NameSpan span) {
        if (span.end() - span.first() != 1) {
            return false;
        }
        int at = span.first();
        String word = tokens[at];
        String lower = word.toLowerCase(Locale.ROOT);
        if (PRONOUNS.contains(lower) || CONNECTIVES.contains(lower) || PROVINCES.contains(lower)
                || STATES_WITHOUT_CODE.contains(lower) || isCommonWordOpeningSentence(tokens, at)) {
            return true;
        }
        boolean initials = at > 0 && INITIALS_CUES.contains(tokens[at - 1].toLowerCase(Locale.ROOT))
                || at + 2 < tokens.length && tokens[at + 1].equals("(") && Character.isDigit(tokens[at + 2].charAt(0));
        return ACRONYM.matcher(word).matches() && !initials && !PersonAliases.standard().knows(word);
    }

    /**
     * "Demi mendalami perannya, ...", "Keenam tersangka ...": a word that news seldom capitalises inside a
     * sentence, capitalised only because it opens the sentence, before a lower-case word that is no speech verb
     * ("Bunga mengatakan" names a person). A sentence also opens after a comma that ends a paragraph, as archives
     * that flatten a page into one line write it: "saluran air juga kotor. ,Demi menghentikan" (CLICK-ID).
     */
    private static boolean isCommonWordOpeningSentence(String[] tokens, int at) {
        boolean afterParagraph = at >= 2 && tokens[at - 1].equals(",") && (tokens[at - 2].equals(".") || tokens[at - 2].equals(","));
        for (int i = 0; i < at && !afterParagraph; i++) {
            if (Character.isLetterOrDigit(tokens[i].charAt(0))) {
                return false;
            }
        }
        if (at + 1 >= tokens.length || !Character.isLowerCase(tokens[at + 1].charAt(0))) {
            return false;
        }
        return !NameCues.isSpeechVerb(tokens[at + 1]) && WordStats.standard().seldomCapitalised(tokens[at].toLowerCase(Locale.ROOT));
    }

    private static final Set<String> INITIALS_CUES = Set.of("inisial", "berinisial", "tersangka", "terdakwa", "terpidana",
            "pelaku", "korban", "saksi", "oknum");

    private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}{2,6}");

    /**
     * Drops a place or organisation span that shares a word with a person span: joining name parts can take in
     * a word the model had read as something else ("Abu Ali" + "al-Basri", which it took for a place), and those
     * words then name the person. Names never overlap in what this returns (OpenNLP's training refuses overlaps).
     */
    private static List<NameSpan> withoutOverlaps(List<NameSpan> spans) {
        List<NameSpan> out = new ArrayList<>(spans.size());
        for (NameSpan span : spans) {
            if (span.isPerson() || spans.stream().noneMatch(p -> p.isPerson() && p.overlaps(span.first(), span.end()))) {
                out.add(span);
            }
        }
        return out;
    }

    /**
     * Splits a pair of names joined by a hyphen into two persons: "Ahmad Heryawan - Deddy Mizwar",
     * "Prabowo - Hatta" (a ticket or a duo, as news writes them). One name with a hyphen inside
     * keeps one part of a single word ("Catherine Zeta - Jones", "Jo - Wilfried Tsonga", "Song
     * Hye - kyo"), so only a hyphen with two or more words on both sides, or one capitalised word
     * on both sides, splits; never after a particle ("Abd al - Khaliq").
     */
    static List<NameSpan> splitPairs(String[] tokens, List<NameSpan> spans) {
        List<NameSpan> out = new ArrayList<>(spans.size());
        for (NameSpan span : spans) {
            int split = -1;
            if (span.isPerson()) {
                for (int k = span.first() + 1; k < span.end() - 1; k++) {
                    int left = k - span.first();
                    int right = span.end() - k - 1;
                    if (isHyphen(tokens[k]) && ((left >= 2 && right >= 2) || (left == 1 && right == 1))
                            && isPairPart(tokens[k - 1]) && isPairPart(tokens[k + 1])) {
                        split = k;
                        break;
                    }
                }
            }
            if (split < 0) {
                out.add(span);
            } else {
                out.add(new NameSpan(span.first(), split, span.type()));
                out.add(new NameSpan(split + 1, span.end(), span.type()));
            }
        }
        return out;
    }

    /**
     * A word on one side of a pair's hyphen: a capitalised name word of four letters or more or an
     * acronym ("JK", "SBY"); not a syllable of a Korean given name ("Yoon Eun - Hye", "Hye - kyo").
     */
    private static boolean isPairPart(String token) {
        if (PARTICLES.contains(token.toLowerCase(Locale.ROOT)) || token.length() < 2) {
            return false;
        }
        return (isNameWord(token) && token.length() >= 4) || token.chars().allMatch(Character::isUpperCase);
    }

    /**
     * A person span right after a capitalised word that, with the name, is another name of a public figure
     * ({@link PersonAliases}) takes that word in: of "Bung Karno", "Pak Harto", "Kang Emil" and "BJ Habibie" the name
     * finder often keeps only "Karno", "Harto", "Emil" and "Habibie", names of other people too ("Rano Karno",
     * "Catur Budi Harto", "Emil Dardak", "Thareq Kemal Habibie").
     */
    private static NameSpan withKnownWordBefore(String[] tokens, NameSpan span) {
        int before = span.first() - 1;
        if (before < 0 || !Character.isUpperCase(tokens[before].charAt(0)) || !isKnownName(tokens, before, span.end())) {
            return span;
        }
        return new NameSpan(before, span.end(), span.type());
    }

    /** Whether tokens [first, end) are a name {@link PersonAliases} knows ("Pak Harto", "Jokowi"). */
    private static boolean isKnownName(String[] tokens, int first, int end) {
        return end - first <= MAX_NAME_WORDS && PersonAliases.standard().knows(String.join(" ", java.util.Arrays.asList(tokens).subList(first, end)));
    }

    /**
     * English names of companies, bands and places end in their head word ("Cyrus Network",
     * "Shamrock Holdings"): a person span with such a head before two or more name words keeps the
     * words after it ("CEO Cyrus Network Hasan Nasbi" → "Hasan Nasbi").
     */
    private static NameSpan afterTrailingHead(String[] tokens, NameSpan span) {
        for (int h = span.end() - 3; h > span.first(); h--) {
            if (TRAILING_HEADS.contains(tokens[h].toLowerCase(Locale.ROOT))) {
                for (int k = h + 1; k < span.end(); k++) {
                    if (!isNameWord(tokens[k])) {
                        return span;
                    }
                }
                return new NameSpan(h + 1, span.end(), span.type());
            }
        }
        return span;
    }

    /**
     * Joins the parts of one name that the model found apart or cut short, across the few tokens
     * that sit inside names:
     * <ul>
     *   <li>a lower-case particle: "Georg Ludwig" von "Trapp", "Vicente" del "Bosque", "Muhammad"
     *       bin "Salman" (two person spans, or a person span and the capitalised words after it);</li>
     *   <li>an initial, with or without its dot: "Stephen R" . "Covey", "Emily" D "Parker", "Dikdik" M
     *       "Arief Mansur";</li>
     *   <li>a nickname in quotes: "Timothy Joseph" "Big Russ" "Russert"; a particle joined by a
     *       hyphen: "Abdel Fattah" al-Sisi;</li>
     *   <li>a hyphen between a name and one more capitalised word that no name covers: "Catherine
     *       Zeta" - "Jones", "Jo" - "Wilfried Tsonga". Two names on both sides ("Jokowi - Ahok",
     *       a pair) stay apart.</li>
     * </ul>
     */
    static List<NameSpan> joinNameParts(String[] tokens, boolean[] country, List<NameSpan> spans) {
        List<NameSpan> out = new ArrayList<>(spans.size());
        for (int s = 0; s < spans.size(); s++) {
            NameSpan span = spans.get(s);
            if (!span.isPerson()) {
                out.add(span);
                continue;
            }
            int first = span.first();
            int end = span.end();
            NameSpan previous = out.isEmpty() ? null : out.get(out.size() - 1);
            // "Dikdik" M "Arief Mansur": a first name and an initial before the name (not with a dot:
            // "Serie A . Milito" is a sentence end)
            int initial = first - 1;
            if (initial >= 1 && isInitial(tokens[initial]) && isNameWord(tokens[initial - 1]) && !country[initial - 1]
                    && (previous == null || previous.end() <= initial - 1)
                    && (initial < 2 || !Character.isUpperCase(tokens[initial - 2].charAt(0)))) {
                first = initial - 1;
            }
            // "Jo" - "Wilfried Tsonga": one capitalised word and a hyphen before the name
            if (first >= 2 && isHyphen(tokens[first - 1]) && isNameWord(tokens[first - 2]) && !country[first - 2]
                    && (previous == null || previous.end() <= first - 2)
                    && (first < 3 || !Character.isUpperCase(tokens[first - 3].charAt(0)))) {
                first -= 2;
            }
            while (true) {
                NameSpan next = s + 1 < spans.size() ? spans.get(s + 1) : null;
                int gap = innerGap(tokens, end);
                int joinedEnd = -1;
                if (gap == end && end < tokens.length && PARTICLE_PREFIX.matcher(tokens[end]).matches()) {
                    joinedEnd = end + 1; // "Abdel Fattah" "al-Sisi"
                } else if (gap > end) {
                    if (next != null && next.isPerson() && next.first() == gap) {
                        joinedEnd = next.end();
                        s++;
                    } else {
                        int k = gap;
                        while (k < tokens.length && k - gap < 2 && isNameWord(tokens[k]) && !country[k]
                                && (next == null || next.first() > k)) {
                            k++;
                        }
                        joinedEnd = k > gap ? k : -1;
                    }
                } else if (end + 1 < tokens.length && tokens[end].equals(".") && isInitial(tokens[end - 1])) {
                    if (next != null && next.isPerson() && next.first() == end + 1) {
                        joinedEnd = next.end();
                        s++;
                    } else if (isNameWord(tokens[end + 1]) && !country[end + 1]
                            && (next == null || next.first() > end + 1)) {
                        joinedEnd = end + 2;
                    }
                } else if (end + 1 < tokens.length && isHyphen(tokens[end]) && isNameWord(tokens[end + 1])
                        && !country[end + 1] && (next == null || next.first() > end + 1)
                        && (end + 2 >= tokens.length || !Character.isUpperCase(tokens[end + 2].charAt(0)))) {
                    joinedEnd = end + 2;
                }
                if (joinedEnd < 0) {
                    break;
                }
                end = joinedEnd;
            }
            out.add(first == span.first() && end == span.end() ? span : new NameSpan(first, end, span.type()));
        }
        return out;
    }

    /**
     * The end of the tokens after {@code end} that sit inside a name: one or two particles ("von",
     * "van der", "br"), an initial ("D", "M ."), or a nickname in quotes ("Big Russ" in quotes);
     * {@code end} itself if none.
     */
    private static int innerGap(String[] tokens, int end) {
        int gap = end;
        while (gap < tokens.length && gap - end < 2 && PARTICLES.contains(tokens[gap])) {
            gap++;
        }
        if (gap > end) {
            return gap;
        }
        if (end < tokens.length && isInitial(tokens[end])) {
            return end + 1 < tokens.length && tokens[end + 1].equals(".") ? end + 2 : end + 1;
        }
        if (end < tokens.length && isQuote(tokens[end])) {
            int k = end + 1;
            while (k < tokens.length && k - end <= 2 && isNameWord(tokens[k])) {
                k++;
            }
            if (k > end + 1 && k < tokens.length && isQuote(tokens[k])) {
                return k + 1;
            }
        }
        return end;
    }

    private static boolean isQuote(String token) {
        return token.equals("\"") || token.equals("“") || token.equals("”");
    }

    /** "al-Sisi", "bin-Talal": a particle joined to the next part of the name by a hyphen. */
    private static final Pattern PARTICLE_PREFIX =
            Pattern.compile("(?:al|el|ad|as|ar|an|at|bin|ibn|abu|van|von|de|da)-\\p{Lu}\\p{L}+.*");

    /** Lower-case words inside names of many languages ("von", "van der", "de la", "bin", "al"). */
    private static final Set<String> PARTICLES = Set.of(
            "von", "van", "der", "den", "de", "del", "della", "dos", "das", "da", "du", "la", "le", "bin",
            "binti", "ibn", "al", "el", "ter", "ten", "br", "boru");

    /** Whether the lower-case word joins the parts of a name ("von", "bin", "del"). */
    static boolean isParticle(String lowerWord) {
        return PARTICLES.contains(lowerWord);
    }

    private static boolean isHyphen(String token) {
        return token.equals("-") || token.equals("‐");
    }

    /** Academic degrees written after a name ("Maju Daryono Pakpahan SH", "Fathul Anam SAg"); not "MD" ("Mahfud MD"). */
    private static final Set<String> DEGREES = Set.of(
            "sh", "mh", "se", "mm", "msi", "sag", "ba", "skm", "spd", "ssos", "sip", "skom", "phd", "mba", "msc",
            "mpd", "mkes", "shi", "ssi", "mhum", "sikom", "ak", "llm", "mph", "pd");

    /** "SH", "M.Si", "S.Pd": a degree, written with a capital. */
    private static boolean isDegree(String token) {
        return !token.isEmpty() && Character.isUpperCase(token.charAt(0))
                && DEGREES.contains(token.replace(".", "").toLowerCase(Locale.ROOT));
    }

    /**
     * "R", "B": a single capital letter; "S.W.", "H.W": two or more, each with a dot but maybe the last ("A." alone
     * ends sentences: "Serie A. Milito"), and no degree ("S.H.").
     */
    private static boolean isInitial(String token) {
        return token.length() == 1 ? Character.isUpperCase(token.charAt(0))
                : INITIALS.matcher(token).matches() && !isDegree(token);
    }

    private static final Pattern INITIALS = Pattern.compile("(?:\\p{Lu}\\.)+\\p{Lu}\\.?");

    /** The speech-verb, honorific and title-comma rules. */
    private static void addNamesAfterCues(String[] tokens, boolean[] country, List<NameSpan> spans) {
        for (int i = 0; i + 1 < tokens.length; i++) {
            String word = tokens[i];
            String lower = word.toLowerCase(Locale.ROOT);
            int start = i + 1;
            int minWords = 1;
            boolean needsEnd = false;
            boolean speechVerb = false;
            if (isSpeechVerbInLowerCase(word)) {
                speechVerb = true; // "kata Rutte"
            } else if (NAME_HONORIFICS.contains(lower) && Character.isUpperCase(word.charAt(0))) {
                // "Pak Jokowi"
            } else if (word.equals(",") && titleBefore(tokens, i)) {
                minWords = 2;
                needsEnd = true;
            } else {
                continue;
            }
            int end = start;
            while (end < tokens.length && end - start < MAX_NAME_WORDS && isNameWord(tokens[end]) && !country[end]) {
                end++;
            }
            if (end - start < minWords || covered(spans, start, end)
                    || (!speechVerb && !usuallyCapitalised(tokens, start, end))) {
                continue;
            }
            if (needsEnd && !(end < tokens.length && (tokens[end].equals(",") || NameCues.isSpeechVerb(tokens[end])))) {
                continue;
            }
            NameSpan added = trim(tokens, withKnownWordBefore(tokens, new NameSpan(start, end, NerCorpus.PERSON)));
            if (added != null && !allCues(tokens, added)) {
                spans.add(added);
            }
        }
    }

    /** "Prasetio" + "Edi Marsudi" found side by side are one name. */
    private static List<NameSpan> mergeAdjacentPersons(List<NameSpan> spans) {
        List<NameSpan> merged = new ArrayList<>(spans.size());
        for (NameSpan span : spans) {
            NameSpan last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && last.isPerson() && span.isPerson() && last.end() == span.first()) {
                merged.set(merged.size() - 1, new NameSpan(last.first(), span.end(), NerCorpus.PERSON));
            } else {
                merged.add(span);
            }
        }
        return merged;
    }

    /**
     * Drops a leading form of address ("Ny Herawati Boediono") or speech verb in lower case ("lanjut
     * Rutte"), a results table's nationality code and what follows it ("Andrea Dovizioso ITA Ducati") and trailing
     * day or month names ("Amanda Vanstone Selasa"); null if nothing is left.
     */
    private static NameSpan trim(String[] tokens, NameSpan span) {
        int first = span.first();
        int end = span.end();
        boolean role = false;
        boolean spelledRank = false; // "Ajun Komisaris", "Inspektur Polisi": a rank that a grade may end
        while (first < end && !isKnownName(tokens, first, end)) {
            String lower = tokens[first].toLowerCase(Locale.ROOT);
            boolean qualifier = role && RANK_QUALIFIERS.contains(lower);
            boolean grade = spelledRank && RANK_GRADES.contains(lower);
            if (!(ADDRESS_FORMS.contains(lower) || isRoleTitle(tokens[first]) || isSpeechVerbInLowerCase(tokens[first])
                    || first + 1 < end && PROVINCES.contains(lower) || qualifier || grade)) {
                break;
            }
            spelledRank = SPELLED_RANKS.contains(lower) || spelledRank && qualifier;
            role |= isRoleTitle(tokens[first]) || PROVINCES.contains(lower);
            first++;
            if (ADDRESS_FORMS.contains(lower) && first < end && tokens[first].equals(".")) {
                first++; // "KH. Ma'ruf Amin"
            }
        }
        if (role && first < end && !usuallyCapitalised(tokens[first])) {
            return null; // "Staf Ahli", "Deputi Bidang Perencanaan", "Kalteng Putra": an office or a club, not a name
        }
        // "UGM Dr. Jamhari", "Prof Sarbini Sumawinata": an academic title and what precedes it
        for (int k = Math.min(end - 2, first + 3); k >= first; k--) {
            String title = tokens[k].toLowerCase(Locale.ROOT);
            if (ACADEMIC_TITLES.contains(title.endsWith(".") ? title.substring(0, title.length() - 1) : title)) {
                int after = k + 1 < end && tokens[k + 1].equals(".") ? k + 2 : k + 1;
                if (after < end && isNameWord(tokens[after])) {
                    first = after;
                }
                break;
            }
        }
        for (int k = first + 1; k < end; k++) {
            if (NATIONALITY_CODES.contains(tokens[k])) {
                end = k; // a results table: "Andrea Dovizioso ITA Ducati", "Jack Miller AUS Pramac Ducati"
                break;
            }
        }
        while (end > first && (DATE_WORDS.contains(tokens[end - 1].toLowerCase(Locale.ROOT)) || isDegree(tokens[end - 1]))) {
            end--;
        }
        if (first == end) {
            return null;
        }
        return first == span.first() && end == span.end() ? span : new NameSpan(first, end, span.type());
    }

    private static boolean isSpeechVerbInLowerCase(String token) {
        return Character.isLowerCase(token.charAt(0)) && NameCues.isSpeechVerb(token);
    }

    /**
     * Whether every word is one news mostly capitalises, or one it never used: "Ibu Hamil" (a
     * pregnant woman) and "kata Dia" are no names.
     */
    private static boolean usuallyCapitalised(String[] tokens, int start, int end) {
        for (int i = start; i < end; i++) {
            if (!usuallyCapitalised(tokens[i])) {
                return false;
            }
        }
        return true;
    }

    /**
     * Words that make a name a place's or an organisation's ("Nepean River", "Marshall College",
     * "Partai Golkar", "Sungai Musi"). Of about 8,000 person names in the four NER sets' train
     * splits, 17 hold one of them.
     */
    private static final Set<String> PLACE_OR_ORGANIZATION_HEADS = Set.of(
            "river", "college", "club", "station", "orchestra", "university", "hotel", "street", "airport", "fc",
            "records", "foundation", "institute", "corporation", "company", "stadium", "school", "church",
            "museum", "bridge", "lake", "mountain", "island", "county", "studios", "entertainment", "pictures",
            "productions", "academy", "pt", "cv", "tbk", "partai", "universitas", "bank", "kementerian", "badan",
            "komisi", "dewan", "polda", "polres", "pengadilan", "klub", "timnas", "asosiasi", "lembaga", "institut",
            "sekolah", "rs", "rsud", "dinas", "fraksi", "kantor", "yayasan", "majelis", "mahkamah", "perusahaan",
            "kota", "kabupaten", "provinsi", "kecamatan", "kelurahan", "jalan", "jl", "pulau", "sungai", "danau",
            "selat", "teluk", "bandara", "pelabuhan", "stasiun", "masjid", "gereja", "stadion", "network", "group",
            "holdings", "inc", "ltd", "corp", "air", "airlines", "airways", "motor", "motors", "show", "festival",
            "awards", "award", "cup", "league", "liga", "piala", "united", "city", "media", "tv", "radio", "news",
            "times", "post", "bros", "studio", "music", "channel", "band", "racing", "persero", "perum", "koperasi",
            "distrik", "dusun", "desa", "kampung", "kawasan", "wilayah", "prefektur", "kepulauan", "kastil", "kerajaan",
            "kesultanan", "candi", "benteng", "istana", "taman", "pasar", "gedung", "menara", "monumen", "tugu",
            "lapangan", "jembatan", "terminal", "pantai", "bukit", "lembah", "gua", "hutan", "restoran", "apartemen",
            "mal", "plaza", "turnamen", "kejuaraan", "album", "film", "lagu", "novel", "majalah", "harian", "koran",
            "tabloid", "residence", "uin", "iain", "subdit", "satreskrim", "reskrimum", "reskrimsus", "ditreskrimum",
            "ditreskrimsus", "jatanras", "polsek", "polresta", "polrestabes", "reskrim", "brimob", "pansus", "nasdem");

    /** The heads that end English names of organisations and places ("Cyrus Network", "Real Madrid FC"). */
    private static final Set<String> TRAILING_HEADS = Set.of(
            "river", "college", "club", "station", "orchestra", "university", "hotel", "street", "airport", "fc",
            "records", "foundation", "institute", "corporation", "company", "stadium", "school", "church",
            "museum", "bridge", "lake", "mountain", "island", "county", "studios", "entertainment", "pictures",
            "productions", "academy", "network", "group", "holdings", "inc", "ltd", "corp", "airlines", "airways",
            "motors", "festival", "awards", "league", "united", "city", "media", "tv", "radio", "news", "times",
            "post", "bros", "studio", "music", "channel", "band", "racing", "tbk");

    private static boolean hasPlaceOrOrganizationHead(String[] tokens, NameSpan span) {
        for (int i = span.first(); i < span.end(); i++) {
            if (PLACE_OR_ORGANIZATION_HEADS.contains(tokens[i].toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Words that stand right before the name of a place or a building, never before a person's: "kawasan
     * Tendean", "RSPAD Gatot Soebroto", "Stadion Manahan", "Gelora Bung Karno". Heads that also make a title ("Kepala
     * Desa", "Wali Kota", "Rektor Universitas") are left out: the name after them may be the person's.
     */
    private static final Set<String> PLACE_HEADS_BEFORE = Set.of(
            "kawasan", "bilangan", "jalan", "jl", "gang", "rs", "rsud", "rsup", "rspad", "rsia", "gedung", "stadion",
            "bandara", "pelabuhan", "masjid", "gereja", "klenteng", "vihara", "pura", "jembatan", "terminal", "pantai",
            "bukit", "gunung", "sungai", "danau", "pulau", "tol", "perumahan", "kompleks", "komplek", "apartemen",
            "hotel", "restoran", "mal", "plaza", "museum", "monumen", "tugu", "taman", "simpang", "bundaran", "gelora");

    /**
     * Whether the span follows a place head ("kawasan Tendean", "rumah sakit Gatot Subroto"), also when that head is
     * the acronym in brackets that news puts between a name spelled out and the rest of it: "Rumah Sakit Pusat
     * Angkatan Darat (RSPAD) Gatot Soebroto". The word before such a bracket ends the name spelled out and is no head
     * of what follows: "Kepala Badan Pengatur Jalan Tol (BPJT) Danang Parikesit" is a person.
     */
    private static boolean afterPlaceHead(String[] tokens, boolean[] country, NameSpan span) {
        int before = span.first() - 1;
        if (before >= 2 && tokens[before].equals(")") && tokens[before - 2].equals("(")) {
            before--; // the acronym; the word before the bracket ends the name spelled out ("Jalan Tol (BPJT)")
        }
        return before >= 0 && (isPlaceHead(tokens, before) || placeNameRunBefore(tokens, country, before));
    }

    /**
     * The words that lead to a place, before the run of {@link #placeNameRunBefore}: after a role ("Menteri Pekerjaan
     * Umum dan Perumahan Rakyat Basuki Hadimuljono", "juru bicara Gedung Putih Judd Deere") the run is no place.
     */
    private static final Set<String> PLACE_PREPOSITIONS = Set.of(
            "di", "ke", "dari", "menuju", "depan", "belakang", "samping", "sekitar", "sekitaran", "seputar", "dekat",
            "arah", "hingga", "sampai", "ruas");

    /** The most capitalised common words a place's name puts between its head and the person it is named after. */
    private static final int MAX_PLACE_NAME_WORDS = 5;

    /**
     * Whether the words up to {@code last} are a place's head then words that news mostly writes in lower case, the
     * word before them one that leads to a place: "di Rumah Sakit Pusat Angkatan Darat Gatot Subroto", "di Jalan
     * Jenderal Ahmad Yani". A name among those words makes the run no place's name ("di Gedung DPR Fahri Hamzah"),
     * nor does a run that a role begins ("Direktur Angkutan Jalan Kementerian Perhubungan Ahmad Yani") or that names a
     * country ("di Gedung Putih Donald Trump mengatakan": the White House stands for the United States).
     */
    private static boolean placeNameRunBefore(String[] tokens, boolean[] country, int last) {
        for (int at = last; at >= 0 && at >= last - MAX_PLACE_NAME_WORDS; at--) {
            if (!Character.isUpperCase(tokens[at].charAt(0)) || country[at]) {
                return false;
            }
            if (at == 0 || !Character.isUpperCase(tokens[at - 1].charAt(0))) { // the run's first word
                return at > 0 && PLACE_PREPOSITIONS.contains(tokens[at - 1]) && (isPlaceHead(tokens, at)
                        || at < last && tokens[at].equalsIgnoreCase("rumah") && tokens[at + 1].equalsIgnoreCase("sakit"));
            }
            String lower = tokens[at].toLowerCase(Locale.ROOT);
            boolean commonWord = !WordStats.standard().usuallyCapitalised(lower) || isRoleTitle(tokens[at])
                    || isPlaceHead(tokens, at);
            if (!commonWord) {
                return false;
            }
        }
        return false;
    }

    private static boolean isPlaceHead(String[] tokens, int at) {
        String word = tokens[at].toLowerCase(Locale.ROOT);
        return PLACE_HEADS_BEFORE.contains(word)
                || word.equals("sakit") && at > 0 && tokens[at - 1].equalsIgnoreCase("rumah");
    }

    /** "Chief Executive Officer", "Presiden": a role alone is not a person. */
    private static boolean allCues(String[] tokens, NameSpan span) {
        for (int i = span.first(); i < span.end(); i++) {
            String lower = tokens[i].toLowerCase(Locale.ROOT);
            if (NameCues.cue(lower) == NameCues.Cue.NONE && !ENGLISH_ROLES.contains(lower) && !ROLE_WORDS.contains(lower)) {
                return false;
            }
        }
        return true;
    }


    /** "Ukraina mengatakan, ...": a country speaking is not a person. */
    private static boolean allCountry(boolean[] country, NameSpan span) {
        for (int i = span.first(); i < span.end(); i++) {
            if (!country[i]) {
                return false;
            }
        }
        return true;
    }

    /** A capitalised title among the few words before the comma at {@code comma}. */
    private static boolean titleBefore(String[] tokens, int comma) {
        for (int k = comma - 1; k >= 0 && k >= comma - 5; k--) {
            if (tokens[k].equals(",") || tokens[k].equals(".")) {
                return false;
            }
            if (NameCues.isTitle(tokens[k]) && Character.isUpperCase(tokens[k].charAt(0))) {
                return true;
            }
        }
        return false;
    }

    private static boolean covered(List<NameSpan> spans, int from, int to) {
        for (NameSpan span : spans) {
            if (span.overlaps(from, to)) {
                return true;
            }
        }
        return false;
    }

    /** A capitalised word that is no title, speech verb or organisation/place cue ("Rutte", "Sri", "O'Neil"). */
    static boolean isNameWord(String token) {
        if (token.length() < 2 || !Character.isUpperCase(token.charAt(0))) {
            return false;
        }
        boolean lower = false;
        for (int k = 1; k < token.length(); k++) {
            char c = token.charAt(k);
            if (!(Character.isLetter(c) || c == '\'' || c == '’' || c == '-' || c == '.')) {
                return false;
            }
            lower |= Character.isLowerCase(c);
        }
        NameCues.Cue cue = NameCues.cue(token.toLowerCase(Locale.ROOT));
        return lower && (cue == NameCues.Cue.NONE || cue == NameCues.Cue.HONORIFIC);
    }
}
