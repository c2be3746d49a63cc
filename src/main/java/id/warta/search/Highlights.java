package id.warta.search;

import co.elastic.clients.elasticsearch.core.search.Highlight;
import co.elastic.clients.elasticsearch.core.search.HighlightField;
import co.elastic.clients.elasticsearch.core.search.HighlighterEncoder;
import co.elastic.clients.util.NamedValue;

import java.util.List;
import java.util.Map;

/**
 * Highlighting of titles and bodies. Words match the stemmed fields, phrases the {@code .exact}
 * sub-fields, so both are highlighted and the stemmed fragments win unless only the exact ones matched.
 * Fragments are HTML-escaped with matches in {@code <em>}.
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

    /** Stemmed fields always; the .exact sub-fields too when the query matches through them. */
    static Highlight request(boolean exact) {
        return exact ? STEMMED_AND_EXACT : STEMMED;
    }

    static String title(Map<String, List<String>> highlight) {
        List<String> fragments = pick(highlight, "title");
        return fragments.isEmpty() ? null : fragments.getFirst();
    }

    static List<String> body(Map<String, List<String>> highlight) {
        return pick(highlight, "body");
    }

    private static List<String> pick(Map<String, List<String>> highlight, String field) {
        List<String> stemmed = highlight.getOrDefault(field, List.of());
        List<String> exact = highlight.getOrDefault(field + ".exact", List.of());
        if (exact.isEmpty()) {
            return stemmed;
        }
        for (String fragment : stemmed) {
            if (fragment.contains("<em>")) {
                return stemmed;
            }
        }
        return exact;
    }
}
