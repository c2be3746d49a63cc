package id.warta.ingest;

import id.warta.article.NormalForms;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Stable identities. An article's id comes from its canonical URL (scheme and host lower-cased,
 * tracking parameters, trailing slash and fragment removed, except a fragment that is a page's route as in
 * "#!/berita/123"), else from source, title and date; the
 * same article ingested again gets the same id. The content hash is over the normalised body, so a
 * syndicated copy under another URL is recognised as a duplicate.
 */
public final class ArticleIdentity {

    private static final Set<String> TRACKING = Set.of("fbclid", "gclid", "dclid", "msclkid", "yclid", "igshid",
            "ref", "ref_src", "source", "from", "cmpid", "mc_cid", "mc_eid", "_ga", "amp", "utm");

    private ArticleIdentity() {
    }

    /** The canonical form of a URL, or empty when it is not an absolute http(s) URL. */
    public static Optional<String> canonicalUrl(String url) {
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(url.trim());
            if (uri.getScheme() == null || uri.getHost() == null
                    || !Set.of("http", "https").contains(uri.getScheme().toLowerCase(Locale.ROOT))) {
                return Optional.empty();
            }
            String host = withoutMobilePrefix(uri.getHost().toLowerCase(Locale.ROOT))
                    + (uri.getPort() < 0 || uri.getPort() == 80 || uri.getPort() == 443 ? "" : ":" + uri.getPort());
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            if (path.length() > 1 && path.endsWith("/")) {
                path = path.substring(0, path.length() - 1);
            }
            String query = uri.getRawQuery() == null ? "" : Stream.of(uri.getRawQuery().split("&"))
                    .filter(p -> !p.isBlank() && !isTracking(p.split("=", 2)[0]))
                    .sorted().collect(Collectors.joining("&"));
            String fragment = uri.getRawFragment();
            String route = fragment != null && (fragment.startsWith("!") || fragment.startsWith("/")) ? "#" + fragment : "";
            return Optional.of("https://" + host + path + (query.isEmpty() ? "" : "?" + query) + route);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    private static boolean isTracking(String parameter) {
        String p = parameter.toLowerCase(Locale.ROOT);
        return p.startsWith("utm_") || TRACKING.contains(p);
    }

    /**
     * The article id: from the canonical URL when there is one, else from source, title and date, and for an
     * article with neither URL nor date also from its content hash (two undated articles of one source may
     * share a title, such as a daily weather report).
     */
    public static String id(Optional<String> canonicalUrl, String source, String title, Instant publishedAt, String contentHash) {
        String key = canonicalUrl.orElseGet(() -> "nourl|" + source + "|" + normalise(title) + "|" + publishedAt
                + (publishedAt == null ? "|" + contentHash : ""));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(sha256(key)).substring(0, 22);
    }

    /** "www.", "m." or "amp." taken off the front of a host name: the same article on its desktop, mobile or AMP site. */
    private static String withoutMobilePrefix(String host) {
        for (String prefix : List.of("www.", "m.", "amp.")) {
            if (host.startsWith(prefix)) {
                return host.substring(prefix.length());
            }
        }
        return host;
    }

    /** A hash of the body's words: insensitive to case, accents, punctuation and spacing. */
    public static String contentHash(String body) {
        return java.util.HexFormat.of().formatHex(sha256(normalise(body))).substring(0, 32);
    }

    /** Letters and digits, lower-cased and without accents, single spaces between words. One pass, no regex. */
    static String normalise(String text) {
        // array reads: String.charAt costs a bounds and coder check per character
        char[] chars = NormalForms.nfkd(text == null ? new char[0] : text.toCharArray());
        char[] out = new char[chars.length];
        int n = 0;
        boolean space = false;
        for (char c : chars) {
            if (c < 128 ? (c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c >= 'A' && c <= 'Z') : Character.isLetterOrDigit(c)) {
                if (space && n > 0) {
                    out[n++] = ' ';
                }
                out[n++] = c < 128 ? (char) (c | (c >= 'A' && c <= 'Z' ? 0x20 : 0)) : Character.toLowerCase(c);
                space = false;
            } else if (c < 128 || Character.getType(c) != Character.NON_SPACING_MARK) {
                space = true;
            }
        }
        return new String(out, 0, n);
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
