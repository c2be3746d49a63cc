package id.warta.search;

import co.elastic.clients.elasticsearch.core.search.Highlight;
import co.elastic.clients.elasticsearch.core.search.HighlightField;
import co.elastic.clients.elasticsearch.core.search.HighlighterEncoder;
import co.elastic.clients.util.NamedValue;

import java.util.List;
import java.util.Map;

/**
 * Highlighting of titles and bodies. Words match the stemmed fields, phrases the {@code .exact}
 * sub-fields, so both are highlighted: a title carries the marks of both, body snippets come from the field
 * that marks more matches. Fragments are HTML-escaped with matches in {@code <em>}.
 */
final class Highlights {

    private static final int SNIPPET_LENGTH = 160;
    private static final int SNIPPETS = 3;

    private Highlights() {
    }

    private static final HighlightField WHOLE_TITLE = HighlightField.of(f -> f.numberOfFragments(0).noMatchSize(1000));
    private static final HighlightField EXACT_TITLE = HighlightField.of(f -> f.numberOfFragments(0));
    private static final HighlightField BODY = HighlightField.of(f -> f.fragmentSize(SNIPPET_LENGTH)
            .numberOfFragments(SNIPPETS).noMatchSize(SNIPPET_LENGTH));
    private static final HighlightField EXACT_BODY = HighlightField.of(f -> f.fragmentSize(SNIPPET_LENGTH)
            .numberOfFragments(SNIPPETS));
    private static final Highlight STEMMED = Highlight.of(h -> h.encoder(HighlighterEncoder.Html).fields(List.of(
            NamedValue.of("title", WHOLE_TITLE), NamedValue.of("body", BODY))));
    private static final Highlight STEMMED_AND_EXACT = Highlight.of(h -> h.encoder(HighlighterEncoder.Html).fields(List.of(
            NamedValue.of("title", WHOLE_TITLE), NamedValue.of("title.exact", EXACT_TITLE),
            NamedValue.of("body", BODY), NamedValue.of("body.exact", EXACT_BODY))));

    private static final HighlightField PLAIN_EXACT_TITLE = HighlightField.of(f -> f.type("plain").numberOfFragments(0));
    private static final HighlightField PLAIN_EXACT_BODY = HighlightField.of(f -> f.type("plain").fragmentSize(SNIPPET_LENGTH)
            .numberOfFragments(SNIPPETS));

    /**
     * Stemmed fields always; the .exact sub-fields too when the query matches through them. {@code query}: what the
     * highlighter should match instead of the search's query ({@link TextQuery#forHighlighting()}), or null; the .exact
     * sub-fields then use the plain highlighter, which follows its span queries' positions.
     */
    static Highlight request(boolean exact, co.elastic.clients.elasticsearch._types.query_dsl.Query query) {
        if (query == null) {
            return exact ? STEMMED_AND_EXACT : STEMMED;
        }
        return Highlight.of(h -> h.encoder(HighlighterEncoder.Html).highlightQuery(query).fields(List.of(
                NamedValue.of("title", WHOLE_TITLE), NamedValue.of("title.exact", PLAIN_EXACT_TITLE),
                NamedValue.of("body", BODY), NamedValue.of("body.exact", PLAIN_EXACT_BODY))));
    }

    private static final String OPEN = "<em>";
    private static final String CLOSE = "</em>";

    /**
     * The whole title with every match marked: the words matched stemmed and the phrases matched as written
     * ("harga beras" naik marks Harga Beras as well as Naik), both fields' marks on the one text.
     */
    static String title(Map<String, List<String>> highlight) {
        List<String> stemmed = highlight.getOrDefault("title", List.of());
        List<String> exact = highlight.getOrDefault("title.exact", List.of());
        if (exact.isEmpty()) {
            return stemmed.isEmpty() ? null : stemmed.getFirst();
        }
        return stemmed.isEmpty() ? exact.getFirst() : merged(stemmed.getFirst(), exact.getFirst());
    }

    /** Body snippets: those of the field, stemmed or as written, that mark more matches. */
    static List<String> body(Map<String, List<String>> highlight) {
        List<String> stemmed = highlight.getOrDefault("body", List.of());
        List<String> exact = highlight.getOrDefault("body.exact", List.of());
        return marks(exact) > marks(stemmed) ? exact : stemmed;
    }

    private static int marks(List<String> fragments) {
        int count = 0;
        for (String fragment : fragments) {
            for (int at = fragment.indexOf(OPEN); at >= 0; at = fragment.indexOf(OPEN, at + OPEN.length())) {
                count++;
            }
        }
        return count;
    }

    /** One text with the marks of both highlights of it; the first as it is when the two are not the same text. */
    static String merged(String one, String other) {
        StringBuilder text = new StringBuilder();
        boolean[] marked = new boolean[one.length() + 1];
        int oneLength = unmark(one, text, marked);
        StringBuilder otherText = new StringBuilder();
        boolean[] otherMarked = new boolean[other.length() + 1];
        unmark(other, otherText, otherMarked);
        if (!text.toString().contentEquals(otherText)) {
            return one;
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < oneLength; i++) {
            boolean on = marked[i] || otherMarked[i];
            boolean before = i > 0 && (marked[i - 1] || otherMarked[i - 1]);
            if (on && !before) {
                out.append(OPEN);
            } else if (!on && before) {
                out.append(CLOSE);
            }
            out.append(text.charAt(i));
        }
        if (oneLength > 0 && (marked[oneLength - 1] || otherMarked[oneLength - 1])) {
            out.append(CLOSE);
        }
        return out.toString();
    }

    /** The highlight's text without its marks into {@code text}, and which characters were marked; the text's length. */
    private static int unmark(String highlighted, StringBuilder text, boolean[] marked) {
        boolean on = false;
        for (int i = 0; i < highlighted.length(); ) {
            if (highlighted.startsWith(OPEN, i)) {
                on = true;
                i += OPEN.length();
            } else if (highlighted.startsWith(CLOSE, i)) {
                on = false;
                i += CLOSE.length();
            } else {
                marked[text.length()] = on;
                text.append(highlighted.charAt(i++));
            }
        }
        return text.length();
    }
}
