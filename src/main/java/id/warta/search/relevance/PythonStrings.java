package id.warta.search.relevance;

import java.util.ArrayList;
import java.util.List;

/** Reads a list of strings written as a Python literal: {@code ['a', "it's", 'b\'c']}. */
final class PythonStrings {

    private PythonStrings() {
    }

    static List<String> parse(String literal) {
        String s = literal.strip();
        if (!s.startsWith("[") || !s.endsWith("]")) {
            throw new IllegalArgumentException("not a list of strings: " + shorten(s));
        }
        List<String> values = new ArrayList<>();
        int i = skipSpaces(s, 1);
        while (s.charAt(i) != ']') {
            char quote = s.charAt(i);
            if (quote != '\'' && quote != '"') {
                throw new IllegalArgumentException("expected a quoted string at character " + i + " of " + shorten(s));
            }
            StringBuilder value = new StringBuilder();
            i++;
            while (i < s.length() && s.charAt(i) != quote) {
                char c = s.charAt(i++);
                if (c == '\\' && i < s.length()) {
                    char escaped = s.charAt(i++);
                    value.append(switch (escaped) {
                        case 'n' -> '\n';
                        case 't' -> '\t';
                        default -> escaped;
                    });
                } else {
                    value.append(c);
                }
            }
            if (i >= s.length()) {
                throw new IllegalArgumentException("unterminated string in " + shorten(s));
            }
            values.add(value.toString());
            i = skipSpaces(s, i + 1);
            if (s.charAt(i) == ',') {
                i = skipSpaces(s, i + 1);
            } else if (s.charAt(i) != ']') {
                throw new IllegalArgumentException("expected ',' or ']' at character " + i + " of " + shorten(s));
            }
        }
        return values;
    }

    private static int skipSpaces(String s, int i) {
        while (i < s.length() - 1 && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    private static String shorten(String s) {
        return s.length() > 60 ? s.substring(0, 57) + "..." : s;
    }
}
