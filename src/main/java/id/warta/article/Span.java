package id.warta.article;

/**
 * A stretch of an article's body: {@code body.substring(start, end)} equals {@code text}.
 * Offsets are UTF-16 character offsets (Java {@code String} indices) into the body as given.
 */
public record Span(int start, int end, String text) {
    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }
}
