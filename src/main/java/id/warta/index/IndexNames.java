package id.warta.index;

/**
 * The names around one logical index: the read alias (e.g. {@code articles}), the write alias
 * ({@code articles-write}) and the physical versions ({@code articles-v1}, {@code articles-v2}, ...).
 * Tests use their own base name so that each test has its own index.
 */
public record IndexNames(String base) {

    public static final IndexNames ARTICLES = new IndexNames("articles");

    public String readAlias() {
        return base;
    }

    public String writeAlias() {
        return base + "-write";
    }

    public String version(int n) {
        return base + "-v" + n;
    }

    /** The version number of a physical index name, or -1 if it is not one of ours. */
    public int versionOf(String index) {
        String prefix = base + "-v";
        if (!index.startsWith(prefix)) {
            return -1;
        }
        try {
            return Integer.parseInt(index.substring(prefix.length()));
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
