package id.warta.search;

import java.util.ArrayList;
import java.util.List;

/**
 * A query's words as the search reads them for countries: runs of plain words that together name a country ("Korea
 * Utara") become one phrase term, which expands like the quoted phrase would, and runs that name something else holding
 * a country's name ("AS Roma", "Amerika Latin") a phrase searched as written, instead of the country and a word. Longest
 * name first. The search ({@link TextQuery}) and what the analysis views leave out read the query alike through this.
 */
public final class CountryNameRuns {

    /** The longest country name, in words, that unquoted consecutive words are joined to look up. */
    private static final int MAX_NAME_WORDS = 4;

    private CountryNameRuns() {
    }

    /** The query's groups of alternatives with such runs joined. */
    public static List<List<QueryTerm>> joined(List<List<QueryTerm>> groups, CountryNames countries) {
        List<List<QueryTerm>> out = new ArrayList<>();
        int i = 0;
        while (i < groups.size()) {
            int joined = 0;
            for (int length = Math.min(MAX_NAME_WORDS, groups.size() - i); length >= 2 && joined == 0; length--) {
                String candidate = plainWords(groups.subList(i, i + length));
                if (candidate != null && (countries.codeFor(candidate).isPresent() || countries.isOtherThanCountry(candidate))) {
                    out.add(List.of(new QueryTerm(candidate, true, false, false)));
                    joined = length;
                }
            }
            if (joined == 0) {
                out.add(groups.get(i));
                joined = 1;
            }
            i += joined;
        }
        return out;
    }

    /** The words joined by spaces when every group is a single plain word, else null. */
    private static String plainWords(List<List<QueryTerm>> groups) {
        StringBuilder words = new StringBuilder();
        for (List<QueryTerm> group : groups) {
            if (group.size() != 1 || group.getFirst().phrase() || group.getFirst().titleOnly()) {
                return null;
            }
            words.append(words.isEmpty() ? "" : " ").append(group.getFirst().text());
        }
        return words.toString();
    }
}
