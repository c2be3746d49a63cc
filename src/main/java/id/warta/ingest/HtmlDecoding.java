package id.warta.ingest;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes an HTML page's bytes the way a browser settles its encoding: a byte-order mark, else the
 * charset the HTTP response declared, else the page's own {@code <meta charset>}, else the rules of
 * {@link TextDecoding} (UTF-8, or Windows-1252 for old single-byte pages). A page declared UTF-8 must be
 * valid UTF-8 (or it is a problem with a reason); a page in a declared single-byte charset is read in it.
 */
final class HtmlDecoding {

    private static final Pattern META_CHARSET = Pattern.compile(
            "(?i)<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)");
    private static final int PRESCAN_BYTES = 4096;

    private HtmlDecoding() {
    }

    /**
     * @param bytes           the page
     * @param declaredCharset the charset of the HTTP Content-Type, or null
     */
    static TextDecoding.Decoded decode(byte[] bytes, String declaredCharset) {
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return TextDecoding.decode(java.util.Arrays.copyOfRange(bytes, 3, bytes.length));
        }
        if (bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF || (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE)) {
            return new TextDecoding.Decoded(new String(bytes, StandardCharsets.UTF_16), null);
        }
        Charset charset = charset(declaredCharset);
        if (charset == null) {
            Matcher meta = META_CHARSET.matcher(new String(bytes, 0, Math.min(bytes.length, PRESCAN_BYTES), StandardCharsets.ISO_8859_1));
            charset = meta.find() ? charset(meta.group(1)) : null;
        }
        if (charset == null || charset.equals(StandardCharsets.UTF_8)) {
            return TextDecoding.decode(bytes);
        }
        return new TextDecoding.Decoded(new String(bytes, charset), null);
    }

    /** A charset by name, with the HTML rule that Latin-1 and ASCII mean Windows-1252; null when unknown. */
    private static Charset charset(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String key = name.strip().toLowerCase(Locale.ROOT);
        if (key.equals("iso-8859-1") || key.equals("latin1") || key.equals("us-ascii") || key.equals("ascii")) {
            key = "windows-1252";
        }
        try {
            return Charset.forName(key);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
