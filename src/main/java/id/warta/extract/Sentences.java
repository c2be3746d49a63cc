package id.warta.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits a text's tokens into sentences for the name finder: at a line break, and after ".", "!"
 * or "?" when the next word starts a sentence (a capital, a digit, or a quote followed by one),
 * except after an abbreviation or initial ("Dr.", "H.", "J.", also "Stephen R . Covey" written a
 * token a word). Very long sentences are cut.
 */
final class Sentences {

    /** Sentences beyond this many tokens are cut (the name finder's cost grows with length). */
    static final int MAX_TOKENS = 120;

    private static final Set<String> ABBREVIATIONS = Set.of(
            "dr", "drs", "prof", "h", "hj", "ir", "st", "no", "jl", "kh", "mr", "mrs", "ms", "sdr", "bpk",
            "tn", "ny", "nn", "vs", "dll", "dsb", "tsb", "yth", "kec", "kab", "kel", "ds", "sp", "se", "sh",
            "mh", "mm", "msi", "mt", "mpd", "spd", "skm", "ssi", "amd", "ph", "phd", "jr", "sr", "co", "inc",
            "ltd", "corp", "gen", "col", "lt", "sgt", "rp", "tbk", "pt", "cv", "a", "b", "c", "d", "e", "f",
            "g", "i", "j", "k", "l", "m", "n", "o", "p", "q", "r", "s", "t", "u", "v", "w", "x", "y", "z");

    private Sentences() {
    }

    /** Sentence boundaries as token index pairs {@code [start, end)}. */
    static List<int[]> split(String text, List<Token> tokens) {
        List<int[]> sentences = new ArrayList<>();
        int start = 0;
        int n = tokens.size();
        for (int i = 0; i < n; i++) {
            boolean last = i + 1 == n;
            if (last || endsAfter(text, tokens, i) || i + 1 - start >= MAX_TOKENS) {
                sentences.add(new int[] {start, i + 1});
                start = i + 1;
            }
        }
        return sentences;
    }

    private static boolean endsAfter(String text, List<Token> tokens, int i) {
        Token token = tokens.get(i);
        Token next = tokens.get(i + 1);
        if (lineBreakBetween(text, token.end(), next.start())) {
            return true;
        }
        String t = token.text();
        if (!(t.equals(".") || t.equals("!") || t.equals("?") || t.equals("…"))) {
            return false;
        }
        if (t.equals(".") && i > 0 && ABBREVIATIONS.contains(tokens.get(i - 1).text().toLowerCase(Locale.ROOT))
                && tokens.get(i - 1).end() == token.start()) {
            return false;
        }
        if (t.equals(".") && i > 1 && isInitialInName(tokens.get(i - 2).text(), tokens.get(i - 1).text())) {
            return false; // "Stephen R . Covey", as token-per-word text writes "Stephen R. Covey"
        }
        String following = next.text();
        if (isQuote(following) && i + 2 < tokens.size()) {
            following = tokens.get(i + 2).text();
            if (!Character.isUpperCase(following.charAt(0))) {
                return false;
            }
        }
        char c = following.charAt(0);
        return Character.isUpperCase(c) || Character.isDigit(c) || isQuote(following) || c == '(';
    }

    /** A single capital letter after a capitalised word: the initial of a name. */
    private static boolean isInitialInName(String before, String letter) {
        return letter.length() == 1 && Character.isUpperCase(letter.charAt(0)) && before.length() > 1
                && Character.isUpperCase(before.charAt(0)) && Character.isLowerCase(before.charAt(before.length() - 1));
    }

    private static boolean isQuote(String token) {
        return token.equals("\"") || token.equals("“") || token.equals("”") || token.equals("'");
    }

    private static boolean lineBreakBetween(String text, int from, int to) {
        for (int k = from; k < to; k++) {
            if (text.charAt(k) == '\n' || text.charAt(k) == '\r') {
                return true;
            }
        }
        return false;
    }
}
