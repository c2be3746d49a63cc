package id.warta.ingest;

import com.google.common.base.Optional;
import com.optimaize.langdetect.LanguageDetector;
import com.optimaize.langdetect.LanguageDetectorBuilder;
import com.optimaize.langdetect.i18n.LdLocale;
import com.optimaize.langdetect.ngram.NgramExtractors;
import com.optimaize.langdetect.profiles.LanguageProfile;
import com.optimaize.langdetect.profiles.LanguageProfileReader;
import com.optimaize.langdetect.text.TextObjectFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The language of an article: "id" (Indonesian), "en" (English) or "other". N-gram profiles of a dozen
 * languages that show up in Indonesian archives; Malay is left out on purpose (it would take Indonesian
 * texts). A text too short to tell gets the job's default. Thread-safe.
 *
 * <p>Speed: most archive articles are plainly Indonesian or English. Counting a few very frequent
 * function words in the first 120 words (of the title, then the body, read in place) settles those
 * cheaply; only the rest goes to the n-gram detector, over a short sample without its URL and script
 * filters.
 */
public final class LanguageDetection {

    private static final List<String> PROFILES = List.of("id", "en", "nl", "de", "fr", "es", "pt", "it", "tl", "ar",
            "ja", "ko", "zh-CN", "ru");
    private static final int SAMPLE_CHARS = 600;
    private static final int CUE_WORDS = 120;
    private static final List<String>[] INDONESIAN = byFirstLetter("yang", "dan", "di", "itu", "dengan",
            "untuk", "tidak", "ini", "dari", "dalam", "akan", "pada", "juga", "ke", "karena", "oleh", "bahwa", "adalah");
    private static final List<String>[] ENGLISH = byFirstLetter("the", "and", "of", "to", "in", "is", "that",
            "for", "it", "with", "was", "on", "as", "are", "be", "by", "this", "from");
    private static final LanguageDetection INSTANCE = new LanguageDetection();

    private final LanguageDetector detector;
    private final TextObjectFactory texts = new com.optimaize.langdetect.text.TextObjectFactoryBuilder()
            .maxTextLength(SAMPLE_CHARS).build();

    private LanguageDetection() {
        try {
            List<LanguageProfile> profiles = new LanguageProfileReader().read(PROFILES);
            detector = LanguageDetectorBuilder.create(NgramExtractors.standard()).withProfiles(profiles).build();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the language profiles", e);
        }
    }

    public static LanguageDetection instance() {
        return INSTANCE;
    }

    /** The language of an article from its title and the start of its body (the body is not copied). */
    public String detect(String title, String body, String fallback) {
        int[] counts = new int[3];
        countFunctionWords(title, counts);
        countFunctionWords(body, counts);
        String cue = byCounts(counts);
        if (cue != null) {
            return cue;
        }
        String start = title + "\n" + (body.length() > SAMPLE_CHARS ? body.substring(0, SAMPLE_CHARS) : body);
        return byNgrams(start, fallback);
    }

    /** The language of a text that is not split into title and body. */
    String detect(String text, String fallback) {
        String cue = byFunctionWords(text);
        return cue != null ? cue : byNgrams(text, fallback);
    }

    private String byNgrams(String text, String fallback) {
        String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
        Optional<LdLocale> language = detector.detect(texts.forText(sample));
        if (!language.isPresent()) {
            return fallback;
        }
        String code = language.get().getLanguage();
        return code.equals("id") || code.equals("en") ? code : "other";
    }

    /** "id" or "en" when function words of one language clearly dominate the first words, else null. */
    static String byFunctionWords(String text) {
        int[] counts = new int[3];
        countFunctionWords(text, counts);
        return byCounts(counts);
    }

    /** Adds the text's words to counts {words, Indonesian function words, English ones}, up to {@link #CUE_WORDS} words in all. */
    private static void countFunctionWords(String text, int[] counts) {
        int n = text.length();
        int i = 0;
        while (i < n && counts[0] < CUE_WORDS) {
            while (i < n && !Character.isLetter(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && Character.isLetter(text.charAt(i))) {
                i++;
            }
            if (i > start) {
                counts[0]++;
                counts[1] += isOneOf(text, start, i, INDONESIAN) ? 1 : 0;
                counts[2] += isOneOf(text, start, i, ENGLISH) ? 1 : 0;
            }
        }
    }

    private static String byCounts(int[] counts) {
        int words = counts[0];
        int indonesian = counts[1];
        int english = counts[2];
        if (words >= 20 && indonesian >= 4 && indonesian >= 4 * english) {
            return "id";
        }
        if (words >= 20 && english >= 4 && english >= 4 * indonesian) {
            return "en";
        }
        return null;
    }

    /** Whether text[start, end) is one of the (short, lower-case) words, ignoring case; no allocation. */
    private static boolean isOneOf(String text, int start, int end, List<String>[] words) {
        int letter = Character.toLowerCase(text.charAt(start)) - 'a';
        if (letter < 0 || letter >= words.length || words[letter] == null) {
            return false;
        }
        int length = end - start;
        for (String word : words[letter]) {
            if (word.length() == length && text.regionMatches(true, start, word, 0, length)) {
                return true;
            }
        }
        return false;
    }

    /** Words grouped by first letter (a to z), so that a lookup compares with a few words at most. */
    @SuppressWarnings("unchecked")
    private static List<String>[] byFirstLetter(String... words) {
        List<String>[] groups = new List[26];
        for (String word : words) {
            int letter = word.charAt(0) - 'a';
            if (groups[letter] == null) {
                groups[letter] = new java.util.ArrayList<>();
            }
            groups[letter].add(word);
        }
        return groups;
    }
}
