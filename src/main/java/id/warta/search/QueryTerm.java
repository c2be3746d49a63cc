package id.warta.search;

/**
 * One word or "quoted phrase" of a user's query. {@code titleOnly} comes from a {@code title:} prefix,
 * {@code excluded} from a leading minus.
 */
public record QueryTerm(String text, boolean phrase, boolean titleOnly, boolean excluded) {

    public QueryTerm withExcluded(boolean value) {
        return new QueryTerm(text, phrase, titleOnly, value);
    }

    /** The same words, matched as written, as if quoted. */
    public QueryTerm asPhrase() {
        return new QueryTerm(text, true, titleOnly, excluded);
    }
}
