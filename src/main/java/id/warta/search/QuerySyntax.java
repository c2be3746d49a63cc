package id.warta.search;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The simple query syntax users know from web search: words (all must match), "exact phrases",
 * {@code OR} between two terms, a leading {@code -} to exclude, {@code title:} to search titles only.
 * The Boolean words of other search tools mean what they say there: {@code AND} is what words do anyway
 * ("Korut AND Rusia" is "Korut Rusia", not a search for the word "and"), and {@code NOT} excludes the term
 * after it ("Korut NOT Rusia" is "Korut -Rusia"). Like {@code OR}, they count only in capitals.
 *
 * <p>Words are separated by any white space, the no-break and other Unicode spaces included, as text
 * pasted from a web page or a word processor has them. Phrases may be quoted with straight quotes or
 * with the typographic ones of Indonesian, English, German or French text: “…”, ”…”, „…“, ‟…”, ＂…＂,
 * «…» or »…«.
 *
 * <p>It never fails: an unbalanced quote runs to the end, a dangling OR or a lone minus is ignored,
 * punctuation around a word is not part of it ("Korut?" is "Korut"), and punctuation-only words are
 * dropped. An {@code OR} joins two terms that must match, never across an excluded one ("jokowi -prabowo
 * OR anies" still requires "jokowi"). Words and phrases past the first {@link #MAX_TERMS} that must match
 * are ignored, and so are exclusions past the first {@link #MAX_TERMS}; exclusions after many words are kept.
 */
public final class QuerySyntax {

    /** Any run of whitespace or Unicode space separators (no-break space, narrow no-break space, ...). */
    private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}]+");

    public static final int MAX_TERMS = 32;
    /** What stands before a word's first letter or digit, or after its last ("(", "?", ","). */
    private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$");
    private static final String TITLE_PREFIX = "title:";
    private static final String OR = "OR";
    private static final String AND = "AND";
    private static final String NOT = "NOT";

    private QuerySyntax() {
    }

    public static ParsedQuery parse(String query) {
        List<Object> tokens = tokens(query == null ? "" : query);
        List<List<QueryTerm>> required = new ArrayList<>();
        List<QueryTerm> excluded = new ArrayList<>();
        boolean afterRequired = false; // the term just before was a required one: an OR joins the next to its group
        boolean orPending = false;
        int requiredTerms = 0;
        for (Object token : tokens) {
            if (token == OR) {
                orPending = afterRequired;
                continue;
            }
            QueryTerm term = (QueryTerm) token;
            if (term.excluded()) {
                if (excluded.size() < MAX_TERMS) {
                    excluded.add(term);
                }
                afterRequired = false;
            } else if (requiredTerms++ >= MAX_TERMS) {
                afterRequired = false;
            } else if (orPending) {
                required.getLast().add(term);
                afterRequired = true;
            } else {
                required.add(new ArrayList<>(List.of(term)));
                afterRequired = true;
            }
            orPending = false;
        }
        return new ParsedQuery(required, excluded);
    }

    /** Terms and the {@link #OR} marker, in order. */
    private static List<Object> tokens(String query) {
        List<Object> tokens = new ArrayList<>();
        int i = 0;
        int n = query.length();
        boolean notPending = false; // the word before was NOT: this term is excluded ("NOT -x" is "-x" too)
        while (i < n) {
            char c = query.charAt(i);
            if (isSpace(c)) {
                i++;
                continue;
            }
            boolean excluded = notPending;
            boolean titleOnly = false;
            if (c == '-') {
                excluded = true;
                i++;
            }
            if (query.regionMatches(true, i, TITLE_PREFIX, 0, TITLE_PREFIX.length())) {
                titleOnly = true;
                i += TITLE_PREFIX.length();
            }
            if (i < n && isQuote(query.charAt(i))) {
                int end = closingQuote(query, i);
                int stop = end < 0 ? n : end;
                addTerm(tokens, query.substring(i + 1, stop), true, titleOnly, excluded);
                i = end < 0 ? n : end + 1;
                notPending = false;
                continue;
            }
            int start = i;
            while (i < n && !isSpace(query.charAt(i)) && !isQuote(query.charAt(i))) {
                i++;
            }
            String word = query.substring(start, i);
            boolean operator = !excluded && !titleOnly;
            if (operator && OR.equals(word)) {
                tokens.add(OR);
            } else if (operator && NOT.equals(word)) {
                notPending = true;
                continue;
            } else if (!(operator && AND.equals(word))) {
                addTerm(tokens, word, false, titleOnly, excluded);
            }
            notPending = false;
        }
        return tokens;
    }

    /** White space (tab, line breaks, ...) or a Unicode space separator (category Z: no-break space too). */
    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** A character that opens a phrase: straight, typographic, full-width or guillemet double quotes. */
    static boolean isQuote(char c) {
        return QUOTES.indexOf(c) >= 0;
    }

    private static final String QUOTES = "\"\u201C\u201D\u201E\u201F\uFF02\u00AB\u00BB";

    /**
     * Where the phrase opened at {@code open} ends: at the next quote of any style, -1 when there is none. Text
     * pasted from a word processor or typed on a phone mixes styles ("“harga beras" naik"), so a straight quote
     * closes a typographic one and the other way round.
     */
    private static int closingQuote(String query, int open) {
        for (int i = open + 1; i < query.length(); i++) {
            if (isQuote(query.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private static void addTerm(List<Object> tokens, String text, boolean phrase, boolean titleOnly, boolean excluded) {
        String cleaned = SPACES.matcher(text).replaceAll(" ").strip();
        if (!phrase) {
            // "Korut?", "(Korut)", "Trump,": the word is the same word, and names the same country
            cleaned = EDGE_PUNCTUATION.matcher(cleaned).replaceAll("");
        }
        if (cleaned.codePoints().noneMatch(Character::isLetterOrDigit)) {
            return;
        }
        // A quoted single word is an exact (unstemmed) match, like a quoted phrase.
        tokens.add(new QueryTerm(cleaned, phrase, titleOnly, excluded));
    }
}
