package id.warta.search;

import java.util.List;

/**
 * A user's query after {@link QuerySyntax}: every group must match (a group of several terms was
 * joined by OR and matches when any of them does), and no excluded term may match.
 */
public record ParsedQuery(List<List<QueryTerm>> required, List<QueryTerm> excluded) {

    public ParsedQuery {
        required = required.stream().map(List::copyOf).toList();
        excluded = List.copyOf(excluded);
    }

    /** An empty query matches every article. */
    public boolean isEmpty() {
        return required.isEmpty() && excluded.isEmpty();
    }
}
