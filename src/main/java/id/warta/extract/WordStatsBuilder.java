package id.warta.extract;

import id.warta.article.TextCleaner;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Builds the {@link WordStats} lexicon from the bodies of news articles (cleaned with
 * {@link TextCleaner}). Deterministic: words sorted, gzip without a timestamp.
 * Words seen fewer than {@link #MIN_COUNT} times are left out.
 */
public final class WordStatsBuilder {

    static final int MIN_COUNT = 3;

    private static final Tokenizer TOKENIZER = new Tokenizer(false);
    private static final Set<String> PLACE_CUES = Set.of("di", "ke", "dari", "kota", "kabupaten", "provinsi",
            "desa", "kecamatan", "pulau", "negara");

    /** Counts for one lower-case word. */
    private static final class Counts {
        int capitalised;
        int lowerCase;
        int person;
        int place;
        int organization;
    }

    private final Map<String, Counts> counts = new HashMap<>(1 << 18);

    private WordStatsBuilder() {
    }

    /** Counts the words of the article bodies and writes the lexicon; returns the number of words written. */
    public static int build(Iterable<String> bodies, Path out) {
        WordStatsBuilder builder = new WordStatsBuilder();
        for (String body : bodies) {
            builder.add(TextCleaner.clean(body));
        }
        return GzipTsv.write(builder.lines(), out);
    }

    private void add(String text) {
        List<Token> tokens = TOKENIZER.tokenize(text);
        for (int[] sentence : Sentences.split(text, tokens)) {
            for (int i = sentence[0] + 1; i < sentence[1]; i++) {
                String word = tokens.get(i).text();
                char first = word.charAt(0);
                if (!Character.isLetter(first)) {
                    continue;
                }
                String lower = word.toLowerCase(Locale.ROOT);
                Counts c = counts.computeIfAbsent(lower, k -> new Counts());
                if (!Character.isUpperCase(first)) {
                    c.lowerCase++;
                    continue;
                }
                c.capitalised++;
                String prev = tokens.get(i - 1).text();
                String prevLower = prev.toLowerCase(Locale.ROOT);
                String next = i + 1 < sentence[1] ? tokens.get(i + 1).text().toLowerCase(Locale.ROOT) : "";
                if (NameCues.TITLES.contains(prevLower) || NameCues.HONORIFICS.contains(prevLower)
                        || (NameCues.SPEECH.contains(prevLower) && Character.isLowerCase(prev.charAt(0)))
                        || NameCues.SPEECH.contains(next)) {
                    c.person++;
                }
                if (PLACE_CUES.contains(prevLower)) {
                    c.place++;
                }
                if (NameCues.ORGANIZATION_WORDS.contains(prevLower)) {
                    c.organization++;
                }
            }
        }
    }

    private TreeMap<String, String> lines() {
        TreeMap<String, String> lines = new TreeMap<>();
        counts.forEach((word, c) -> {
            if (c.capitalised + c.lowerCase >= MIN_COUNT && word.indexOf('\t') < 0) {
                lines.put(word, "" + capitalBucket(c) + share(c.person, c.capitalised) + share(c.place, c.capitalised)
                        + share(c.organization, c.capitalised));
            }
        });
        return lines;
    }

    /** 0: never capitalised inside a sentence … 4: always. */
    private static int capitalBucket(Counts c) {
        double ratio = (double) c.capitalised / (c.capitalised + c.lowerCase);
        return ratio == 0 ? 0 : ratio < 0.2 ? 1 : ratio < 0.8 ? 2 : ratio < 0.98 ? 3 : 4;
    }

    /** 0: never in that context … 3: often (a fifth or more of its capitalised uses). */
    private static int share(int hits, int capitalised) {
        if (hits == 0 || capitalised == 0) {
            return 0;
        }
        double ratio = (double) hits / capitalised;
        return ratio < 0.05 ? 1 : ratio < 0.2 ? 2 : 3;
    }
}
