package id.warta.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Rules that Indonesian news makes reliable, applied on top of the name finder for one sentence.
 * The adding rules add a person only where the model found no name at all.
 * <ul>
 *   <li>a person span loses a leading form of address ("Ny", "Bapak") and trailing day or month
 *       names ("Amanda Vanstone Selasa");</li>
 *   <li>a "person" made only of titles or other cue words ("Chief Executive Officer") is dropped, and
 *       two person spans side by side are one name;</li>
 *   <li>a "person" that is only a country name ("Ukraina mengatakan, ...") is dropped: it is the
 *       country speaking, and is counted as a country;</li>
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
    /** Forms of address that news does not count as part of the name (unlike "Gus", "Cak", "Bung"). */
    private static final Set<String> ADDRESS_FORMS = Set.of(
            "bapak", "ibu", "pak", "bu", "ny", "nyonya", "tn", "tuan", "sdr", "sdri", "saudara", "saudari");
    private static final Set<String> ENGLISH_ROLES = Set.of(
            "chief", "executive", "officer", "president", "director", "minister", "secretary", "general",
            "chairman", "manager", "head", "senior", "vice", "deputy");
    private static final Set<String> DATE_WORDS = Set.of(
            "senin", "selasa", "rabu", "kamis", "jumat", "jum'at", "sabtu", "minggu", "januari", "februari",
            "maret", "april", "mei", "juni", "juli", "agustus", "september", "oktober", "november", "desember");

    private PersonRules() {
    }

    static List<NameSpan> apply(String[] tokens, boolean[] country, List<NameSpan> found) {
        List<NameSpan> spans = new ArrayList<>(found.size() + 2);
        for (NameSpan span : found) {
            if (!span.isPerson()) {
                spans.add(span);
            } else if (!allCountry(country, span) && !allCues(tokens, span)) {
                NameSpan trimmed = trim(tokens, span);
                if (trimmed != null) {
                    spans.add(trimmed);
                }
            }
        }
        addNamesAfterCues(tokens, country, spans);
        spans.sort((a, b) -> Integer.compare(a.first(), b.first()));
        return mergeAdjacentPersons(spans);
    }

    /** The speech-verb, honorific and title-comma rules. */
    private static void addNamesAfterCues(String[] tokens, boolean[] country, List<NameSpan> spans) {
        for (int i = 0; i + 1 < tokens.length; i++) {
            String word = tokens[i];
            String lower = word.toLowerCase(Locale.ROOT);
            int start = i + 1;
            int minWords = 1;
            boolean needsEnd = false;
            boolean speechVerb = false;
            if (NameCues.isSpeechVerb(word) && Character.isLowerCase(word.charAt(0))) {
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
            NameSpan added = trim(tokens, new NameSpan(start, end, NerCorpus.PERSON));
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
     * Drops a leading form of address ("Ny Herawati Boediono") and trailing day or month names
     * ("Amanda Vanstone Selasa"); null if nothing is left.
     */
    private static NameSpan trim(String[] tokens, NameSpan span) {
        int first = span.first();
        int end = span.end();
        while (first < end && ADDRESS_FORMS.contains(tokens[first].toLowerCase(Locale.ROOT))) {
            first++;
        }
        while (end > first && DATE_WORDS.contains(tokens[end - 1].toLowerCase(Locale.ROOT))) {
            end--;
        }
        if (first == end) {
            return null;
        }
        return first == span.first() && end == span.end() ? span : new NameSpan(first, end, span.type());
    }

    /**
     * Whether every word is one news mostly capitalises, or one it never used: "Ibu Hamil" (a
     * pregnant woman) and "kata Dia" are no names.
     */
    private static boolean usuallyCapitalised(String[] tokens, int start, int end) {
        WordStats stats = WordStats.standard();
        for (int i = start; i < end; i++) {
            String buckets = stats.buckets(tokens[i].toLowerCase(Locale.ROOT));
            if (buckets != null && buckets.charAt(0) < '3') {
                return false;
            }
        }
        return true;
    }

    /** "Chief Executive Officer", "Presiden": a role alone is not a person. */
    private static boolean allCues(String[] tokens, NameSpan span) {
        for (int i = span.first(); i < span.end(); i++) {
            String lower = tokens[i].toLowerCase(Locale.ROOT);
            if (NameCues.cue(lower) == NameCues.Cue.NONE && !ENGLISH_ROLES.contains(lower)) {
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
