package id.warta.search;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The simple query syntax users know from web search: words (all must match), "exact phrases",
 * {@code OR} between two terms, a leading {@code -} to exclude, {@code title:} to search titles only.
 *
 * <p>It never fails: an unbalanced quote runs to the end, a dangling OR or a lone minus is ignored,
 * and punctuation-only words are dropped. Past {@link #MAX_TERMS} terms the rest is ignored.
 */
public final class QuerySyntax {

    private static final Pattern SPACES = Pattern.compile("\\s+");

    public static final int MAX_TERMS = 32;
    private static final String TITLE_PREFIX = "title:";
    private static final String OR = "OR";

    private QuerySyntax() {
    }

    public static ParsedQuery parse(String query) {
        List<Object> tokens = tokens(query == null ? "" : query);
        List<List<QueryTerm>> required = new ArrayList<>();
        List<QueryTerm> excluded = new ArrayList<>();
        boolean orPending = false;
        int terms = 0;
        for (Object token : tokens) {
            if (token == OR) {
                orPending = !required.isEmpty();
                continue;
            }
            if (terms++ >= MAX_TERMS) {
                break;
            }
            QueryTerm term = (QueryTerm) token;
            if (term.excluded()) {
                excluded.add(term);
                orPending = false;
            } else if (orPending) {
                required.getLast().add(term);
                orPending = false;
            } else {
                required.add(new ArrayList<>(List.of(term)));
            }
        }
        return new ParsedQuery(required, excluded);
    }

    /** Terms and the {@link #OR} marker, in order. */
    private static List<Object> tokens(String query) {
        List<Object> tokens = new ArrayList<>();
        int i = 0;
        int n = query.length();
        while (i < n) {
            char c = query.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            boolean excluded = false;
            boolean titleOnly = false;
            if (c == '-') {
                excluded = true;
                i++;
            }
            if (query.regionMatches(true, i, TITLE_PREFIX, 0, TITLE_PREFIX.length())) {
                titleOnly = true;
                i += TITLE_PREFIX.length();
            }
            if (i < n && query.charAt(i) == '"') {
                int end = query.indexOf('"', i + 1);
                int stop = end < 0 ? n : end;
                addTerm(tokens, query.substring(i + 1, stop), true, titleOnly, excluded);
                i = end < 0 ? n : end + 1;
                continue;
            }
            int start = i;
            while (i < n && !Character.isWhitespace(query.charAt(i)) && query.charAt(i) != '"') {
                i++;
            }
            String word = query.substring(start, i);
            if (OR.equals(word) && !excluded && !titleOnly) {
                tokens.add(OR);
            } else {
                addTerm(tokens, word, false, titleOnly, excluded);
            }
        }
        return tokens;
    }

    private static void addTerm(List<Object> tokens, String text, boolean phrase, boolean titleOnly, boolean excluded) {
        String cleaned = SPACES.matcher(text.strip()).replaceAll(" ");
        if (cleaned.codePoints().noneMatch(Character::isLetterOrDigit)) {
            return;
        }
        // A quoted single word is an exact (unstemmed) match, like a quoted phrase.
        tokens.add(new QueryTerm(cleaned, phrase, titleOnly, excluded));
    }
}
