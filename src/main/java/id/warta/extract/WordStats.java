package id.warta.extract;

import java.util.Map;

/**
 * How words behave in a large body of Indonesian news, as coarse buckets the name finder uses as
 * features, so that it knows words it never saw in the (small) NER training sets: how often a word
 * is capitalised inside a sentence, and how often, when capitalised, it follows a person cue (a title,
 * an honorific, a speech verb), a place cue ("di", "Kota") or an organisation cue ("PT", "Partai").
 * Keyed by the lower-case word, so it also serves text written wholly in lower case.
 *
 * <p>Built by {@link WordStatsBuilder} ({@code warta entities lexicon}) from CLICK-ID news articles
 * (CC BY 4.0); the resource {@code word-stats.tsv.gz} has one line per word: word, then one digit
 * each for capitalisation, person, place and organisation context. Immutable and thread-safe.
 */
final class WordStats {

    static final String RESOURCE = "word-stats.tsv.gz";

    private final Map<String, String> buckets;

    WordStats(Map<String, String> buckets) {
        this.buckets = buckets;
    }

    /** The lexicon in the jar (empty if the jar has none). */
    static WordStats standard() {
        return Standard.INSTANCE;
    }

    /** Loaded on first use, once: the JVM initialises a holder class once, thread-safely. */
    private static final class Standard {
        static final WordStats INSTANCE = load();
    }

    /** Four digits (capitalisation, person, place, organisation buckets) or null for an unknown word. */
    String buckets(String lowerWord) {
        return buckets.get(lowerWord);
    }

    /**
     * How often news capitalises a lower-case word inside a sentence: 0 never, 1 under a fifth of the time, 2 under
     * 80%, 3 under 98%, 4 nearly always; -1 for a word the lexicon lacks.
     */
    int capitalisation(String lowerWord) {
        String digits = buckets.get(lowerWord);
        return digits == null ? -1 : digits.charAt(0) - '0';
    }

    /** Whether news seldom or never capitalises the word inside a sentence (buckets 0-1): a common word. */
    boolean seldomCapitalised(String lowerWord) {
        int capitalisation = capitalisation(lowerWord);
        return capitalisation >= 0 && capitalisation <= 1;
    }

    /** Whether news nearly always capitalises the word (buckets 3-4), or never used it: a word of a name. */
    boolean usuallyCapitalised(String lowerWord) {
        int capitalisation = capitalisation(lowerWord);
        return capitalisation < 0 || capitalisation >= 3;
    }

    int size() {
        return buckets.size();
    }

    private static WordStats load() {
        return new WordStats(GzipTsv.read(RESOURCE, String::intern));
    }
}
