package id.warta.extract;

import java.util.HashMap;
import java.util.Map;

/**
 * Which lower-case words occur in the names of persons, places and organisations of Indonesian
 * DBpedia (and in the MDEE dataset's expansion of its person names), and how often: a feature of
 * the name finder, so that it knows a name part it never saw in the training sets ("rutte" is the
 * last word of a person's name), also in text written wholly in lower case.
 *
 * <p>The resource {@code name-gazetteer.tsv.gz} has one line per word: the word, then its marks
 * separated by spaces: {@code pf}, {@code pm}, {@code pl} (first, middle or last word of a person's
 * name), {@code l} (in a place name), {@code o} (in an organisation's name), each followed by a digit
 * for how many distinct names (1: one, 2: up to 9, 3: ten or more). Built by
 * {@link NameGazetteerBuilder} ({@code warta entities gazetteer}). Immutable and thread-safe.
 */
final class NameGazetteer {

    private static final String RESOURCE = "name-gazetteer.tsv.gz";

    private static final String[] NONE = new String[0];

    private final Map<String, String[]> marks;

    private NameGazetteer(Map<String, String[]> marks) {
        this.marks = marks;
    }

    /** The gazetteer in the jar (empty if the jar has none). */
    static NameGazetteer standard() {
        return Standard.INSTANCE;
    }

    /** Loaded on first use, once: the JVM initialises a holder class once, thread-safely. */
    private static final class Standard {
        static final NameGazetteer INSTANCE = load();
    }

    /** The marks of a lower-case word, empty if no name holds it. */
    String[] marks(String lowerWord) {
        return marks.getOrDefault(lowerWord, NONE);
    }

    /** Whether a word is part of some person's name, by its {@link #marks}. */
    static boolean inPersonName(String[] marks) {
        for (String mark : marks) {
            if (mark.charAt(0) == 'p') {
                return true;
            }
        }
        return false;
    }

    private static NameGazetteer load() {
        // a few hundred distinct lines of marks serve 56,000 words: one array each
        Map<String, String[]> byLine = new HashMap<>();
        return new NameGazetteer(GzipTsv.read(RESOURCE, line -> byLine.computeIfAbsent(line, l -> l.split(" "))));
    }
}
