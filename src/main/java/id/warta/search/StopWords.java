package id.warta.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The Indonesian stop words that {@code indonesian_news} drops ("yang", "di", "tidak", ...), so that the
 * query side knows when a query would keep no word at all. The list is Lucene's, the analyzer's own, copied
 * into {@code indonesian-stop-words.txt} because Lucene stays inside Elasticsearch.
 */
final class StopWords {

    private static final String RESOURCE = "indonesian-stop-words.txt";
    private static final Set<String> WORDS = load();

    private StopWords() {
    }

    /** The list, lower-case. */
    static Set<String> all() {
        return WORDS;
    }

    /** Whether the text has words and the analyzer drops every one of them. */
    static boolean onlyStopWords(String text) {
        List<String> words = words(text);
        return !words.isEmpty() && WORDS.containsAll(words);
    }

    /** The words of a text as the standard tokenizer splits them, near enough: runs of letters and digits. */
    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean inWord = i < text.length() && Character.isLetterOrDigit(text.charAt(i));
            if (inWord && start < 0) {
                start = i;
            } else if (!inWord && start >= 0) {
                words.add(text.substring(start, i).toLowerCase(Locale.ROOT));
                start = -1;
            }
        }
        return words;
    }

    private static Set<String> load() {
        try (InputStream in = StopWords.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the jar");
            }
            Set<String> words = new HashSet<>();
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                String word = line.strip();
                if (!word.isEmpty() && !word.startsWith("#")) {
                    words.add(word);
                }
            }
            return Set.copyOf(words);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
