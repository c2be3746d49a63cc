package id.warta.search;

/**
 * A Lucene regular expression (for a terms aggregation's {@code include}) matching values of which the
 * whole value or any word starts with a user's prefix, ignoring case. Every character of the prefix is
 * a literal: letters become {@code [xX]} classes, a space or hyphen either of them, anything else is escaped, so
 * that no user input acts as regex syntax.
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
        literal.codePoints().forEach(c -> {
            int lower = Character.toLowerCase(c);
            int upper = Character.toUpperCase(c);
            if (c == ' ' || c == '-') {
                out.append("[ \\-]"); // names are written with either: "Kim Jong-un", "Kim Jong Un"
            } else if (Character.isLetter(c) && lower != upper) {
                out.append('[').appendCodePoint(lower).appendCodePoint(upper).append(']');
            } else {
                out.append('\\').appendCodePoint(c);
            }
        });
        return out.toString();
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
