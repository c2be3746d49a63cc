package id.warta.search;

import id.warta.extract.TabSeparatedResource;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

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
        return TabSeparatedResource.rows(StopWords.class, RESOURCE, 1).stream().map(row -> row[0].strip())
                .collect(Collectors.toUnmodifiableSet());
    }
}
