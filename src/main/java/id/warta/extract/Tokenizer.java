package id.warta.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into tokens the way the NER training sets are tokenised: runs of letters and digits
 * (keeping an apostrophe between letters as in "Ma'ruf", dots and commas between digits as in
 * "1.000,5", dots in web names such as "Kompas.com" and initials such as "J.K."), hyphenated words
 * as one token ("negara-negara", "Jokowi-JK") unless {@code splitHyphens}, and every other
 * non-space character as a token of its own. Stateless and thread-safe.
 */
final class Tokenizer {

    private final boolean splitHyphens;

    /** @param splitHyphens whether "AS-China" gives three tokens (for the country gazetteer) */
    Tokenizer(boolean splitHyphens) {
        this.splitHyphens = splitHyphens;
    }

    List<Token> tokenize(String text) {
        List<Token> tokens = new ArrayList<>(Math.max(16, text.length() / 6));
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (isSpace(c)) {
                i++;
                continue;
            }
            int start = i;
            if (isWordChar(c)) {
                i = wordEnd(text, i);
            } else {
                i++;
            }
            tokens.add(new Token(start, i, text.substring(start, i)));
        }
        return tokens;
    }

    private int wordEnd(String text, int from) {
        int n = text.length();
        int i = from;
        while (i < n) {
            char c = text.charAt(i);
            if (isWordChar(c)) {
                i++;
                continue;
            }
            if (i + 1 < n && isJoiner(text, i, c)) {
                i++;
                continue;
            }
            break;
        }
        return i;
    }

    /** Whether the non-word character at {@code i} joins the word characters on both sides. */
    private boolean isJoiner(String text, int i, char c) {
        char prev = text.charAt(i - 1);
        char next = text.charAt(i + 1);
        if (!isWordChar(next)) {
            // An initial's closing dot after a run of initials: "J.K." keeps its last dot.
            return c == '.' && Character.isUpperCase(prev) && i >= 2 && text.charAt(i - 2) == '.';
        }
        return switch (c) {
            case '\'', '’' -> Character.isLetter(prev) && Character.isLetter(next);
            case '-', '‐' -> !splitHyphens;
            case ',' -> Character.isDigit(prev) && Character.isDigit(next);
            case '.' -> (Character.isDigit(prev) && Character.isDigit(next))
                    || (Character.isUpperCase(prev) && Character.isUpperCase(next) && isInitial(text, i))
                    || (Character.isLetter(prev) && isWebSuffix(text, i + 1));
            default -> false;
        };
    }

    /** "J.K": a single capital before the dot. */
    private static boolean isInitial(String text, int dot) {
        return dot < 2 || !Character.isLetterOrDigit(text.charAt(dot - 2)) || text.charAt(dot - 2) == '.';
    }

    private static boolean isWebSuffix(String text, int from) {
        for (String suffix : new String[] {"com", "co.id", "id", "net", "org", "go.id", "tv"}) {
            if (text.regionMatches(true, from, suffix, 0, suffix.length())) {
                int end = from + suffix.length();
                if (end == text.length() || !Character.isLetterOrDigit(text.charAt(end))) {
                    return true;
                }
            }
        }
        return false;
    }

    static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\uFEFF';
    }
}
