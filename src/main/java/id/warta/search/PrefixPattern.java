package id.warta.search;

import java.util.Locale;

/**
 * A Lucene regular expression (for a terms aggregation's {@code include}) matching values of which the
 * whole value or any word starts with a user's prefix, ignoring case. Every character of the prefix is
 * a literal: letters become {@code [xX]} classes, a space or hyphen either of them, anything else is escaped, so
 * that no user input acts as regex syntax; the old Indonesian spelling and the new match each other (oe and u, dj
 * and j: "Suharto" finds "Soeharto"), and a letter with an accent matches it without ("Pütin" finds "Putin").
 */
final class PrefixPattern {

    private PrefixPattern() {
    }

    static String wordStartingWith(String prefix) {
        return WORD_START + anyCase(prefix) + ".*";
    }

    /** Values of which the whole value or a whole word (between spaces or hyphens) is {@code word}, ignoring case. */
    static String wholeWord(String word) {
        return WORD_START + anyCase(word) + "([ \\-].*)?";
    }

    /**
     * Values holding the first and the last word of a name of several words, in that order, with any words between
     * them or none: "Yasonna Laoly" for "Yasonna H Laoly". Null for a name of one word.
     */
    static String firstAndLastWord(String name) {
        String[] words = name.strip().split("[ \\-]+");
        if (words.length < 2) {
            return null;
        }
        return WORD_START + anyCase(words[0]) + "[ \\-](.*[ \\-])?" + anyCase(words[words.length - 1]) + "([ \\-].*)?";
    }

    private static final String WORD_START = "(.*[ \\-])?";

    private static String anyCase(String literal) {
        StringBuilder out = new StringBuilder();
        int[] chars = literal.codePoints().toArray();
        for (int i = 0; i < chars.length; i++) {
            int c = chars[i];
            int next = i + 1 < chars.length ? Character.toLowerCase(chars[i + 1]) : -1;
            int lower = Character.toLowerCase(c);
            if (c == ' ' || c == '-') {
                out.append("[ \\-]"); // names are written with either: "Kim Jong-un", "Kim Jong Un"
            } else if (lower == 'o' && next == 'e' || lower == 'd' && next == 'j') {
                // the old spelling and the new: "Soeharto" or "Suharto", "Pandjaitan" or "Panjaitan"
                out.append('(').append(letter(c)).append(letter(chars[i + 1])).append('|').append(letter(lower == 'o' ? 'u' : 'j'))
                        .append(')');
                i++;
            } else if (lower == 'u' || lower == 'j') {
                out.append('(').append(letter(c)).append('|').append(lower == 'u' ? "[oO][eE]" : "[dD][jJ]").append(')');
            } else {
                out.append(letter(c));
            }
        }
        return out.toString();
    }

    /** One character: a letter in either case, anything else escaped. */
    private static String letter(int c) {
        int lower = Character.toLowerCase(c);
        int upper = Character.toUpperCase(c);
        if (Character.isLetter(c) && lower != upper) {
            String plain = java.text.Normalizer.normalize(Character.toString(c), java.text.Normalizer.Form.NFKD)
                    .replaceAll("\\p{M}", "");
            String also = plain.length() == 1 && !plain.equalsIgnoreCase(Character.toString(c))
                    ? plain.toLowerCase(Locale.ROOT) + plain.toUpperCase(Locale.ROOT) : ""; // "Pütin" finds "Putin"
            return "[" + Character.toString(lower) + Character.toString(upper) + also + "]";
        }
        return "\\" + Character.toString(c);
    }

    /** A value exactly as written, every character but letters and digits escaped. */
    static String exactly(String value) {
        StringBuilder out = new StringBuilder();
        value.codePoints().forEach(c -> {
            if (!Character.isLetterOrDigit(c)) {
                out.append('\\');
            }
            out.appendCodePoint(c);
        });
        return out.toString();
    }
}
