package id.warta.article;

import java.nio.charset.Charset;
import java.util.List;
import java.util.stream.Stream;

/**
 * Repairs punctuation that went through the classic mis-decoding of UTF-8 as Mac OS Roman or
 * Windows-1252: a curly quote “ (UTF-8 E2 80 9C) read back as "‚Äú" or "â€œ". About a fifth of the
 * CLICK-ID articles carry such quotes and dashes; left alone they show as garbage in snippets and stick
 * to words ("‚ÄúIni" was taken for a person). Only the three-character forms of U+2000–U+203F (quotes,
 * dashes, ellipsis, bullets, special spaces) are repaired: their first two characters never meet in real
 * text, so nothing else is touched. Invisible marks of that block (zero-width and direction marks, line
 * and paragraph separators) are dropped rather than restored. Without the JDK's Mac OS Roman charset
 * (a runtime linked without jdk.charsets) only the Windows-1252 form is repaired. Stateless and thread-safe.
 */
final class Mojibake {

    /** How one charset shows the bytes E2 80 xx: its two fixed characters and, for xx = 80..BF, the third. */
    private record Decoding(char first, char second, String thirds) {
    }

    private static final int LEAD = 0xE2;
    private static final int CONTINUATION = 0x80;
    private static final int BLOCK = 0x2000;
    /** Not a mis-decoded mark. */
    private static final int NONE = -1;
    /** What an invisible mark is restored to: nothing (a space in place). */
    private static final int DROPPED = -2;

    private static final List<Decoding> DECODINGS = Stream.of("x-MacRoman", "windows-1252")
            .filter(Charset::isSupported).map(Mojibake::decoding).toList();

    private Mojibake() {
    }

    private static Decoding decoding(String name) {
        Charset charset = Charset.forName(name);
        StringBuilder thirds = new StringBuilder(64);
        for (int b = 0x80; b <= 0xBF; b++) {
            char c = decode(charset, b);
            // a byte the charset leaves undefined (Windows-1252's 81, 8D, 8F, 90, 9D) reads as the C1 control
            // of the same number, as browsers decode it; Java's U+FFFD would say only that a byte was lost
            thirds.append(c == '\uFFFD' ? (char) b : c);
        }
        return new Decoding(decode(charset, LEAD), decode(charset, CONTINUATION), thirds.toString());
    }

    private static char decode(Charset charset, int b) {
        return new String(new byte[]{(byte) b}, charset).charAt(0);
    }

    /** The text with every mis-decoded punctuation mark restored (the same instance when there is none). */
    static String repair(String text) {
        if (!mayHoldMojibake(text)) {
            return text;
        }
        StringBuilder out = null; // made at the first mark, so that clean text is not copied
        for (int i = 0; i < text.length(); ) {
            int restored = i + 2 < text.length() ? restored(text.charAt(i), text.charAt(i + 1), text.charAt(i + 2)) : NONE;
            if (restored == NONE) {
                if (out != null) {
                    out.append(text.charAt(i));
                }
                i++;
                continue;
            }
            if (out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (restored != DROPPED) {
                out.append((char) restored);
            }
            i += 3;
        }
        return out == null ? text : out.toString();
    }

    /** Whether the second character of some charset's form occurs at all: most text is ruled out by one scan. */
    private static boolean mayHoldMojibake(String text) {
        for (Decoding d : DECODINGS) {
            if (text.indexOf(d.second()) >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Restores in place, keeping every offset: the first two of the three characters become spaces and
     * the mark takes the last, next to what follows it ("dia.  ”,Penulis" as in the cleaned "dia.”,Penulis").
     */
    static void repair(char[] chars) {
        for (int i = 0; i + 2 < chars.length; i++) {
            int restored = restored(chars[i], chars[i + 1], chars[i + 2]);
            if (restored != NONE) {
                chars[i] = ' ';
                chars[i + 1] = ' ';
                chars[i + 2] = restored == DROPPED ? ' ' : (char) restored;
                i += 2;
            }
        }
    }

    /**
     * The punctuation mark these three characters stand for, {@link #DROPPED} for an invisible one
     * (zero-width and direction marks, line and paragraph separators), or {@link #NONE}.
     */
    private static int restored(char a, char b, char c) {
        for (Decoding d : DECODINGS) {
            if (a == d.first() && b == d.second()) {
                int k = d.thirds().indexOf(c);
                if (k < 0) {
                    return NONE;
                }
                int mark = BLOCK + k;
                return mark >= 0x200B && mark <= 0x200F || mark >= 0x2028 && mark <= 0x202E ? DROPPED : mark;
            }
        }
        return NONE;
    }
}
