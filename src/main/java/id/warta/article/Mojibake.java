package id.warta.article;

import java.nio.charset.Charset;
import java.util.List;
import java.util.stream.Stream;

/**
 * Repairs text that went through the classic mis-decoding of UTF-8 as Mac OS Roman or Windows-1252: a
 * curly quote “ (UTF-8 E2 80 9C) read back as "‚Äú" or "â€œ", a no-break space (C2 A0) as "¬†" or "Â ",
 * an "é" (C3 A9) as "√©" or "Ã©". About a fifth of the CLICK-ID articles carry such quotes and dashes, and
 * 17,000 such no-break spaces stand between their words; left alone they show as garbage in snippets and
 * stick to words and names ("‚ÄúIni" was taken for a person, "Jusuf¬†Habibie" made a second Habibie).
 * Repaired are the three-character forms of U+2000–U+203F (quotes, dashes, ellipsis, bullets, special
 * spaces) and the two-character forms of U+00A0–U+00FF (the no-break space, signs such as ° and ½, and
 * the accented letters). Their lead characters ("‚Ä", "â€", "¬", "√", "Â", "Ã") are seldom followed so in
 * real text; the one collision known is a capital "Ã" right before a curly quote, dash, ellipsis or
 * guillemet, as upper-case Portuguese may write ("IRMÃ”"), which Windows-1252's form of "Ô" cannot be told
 * from. A "Â" before a plain space (a no-break space that a later step made a space) is left alone.
 * Invisible marks (zero-width and direction marks, line and paragraph separators, the soft hyphen) are
 * dropped rather than restored. Without the JDK's Mac OS Roman charset (a runtime linked without
 * jdk.charsets) only the Windows-1252 forms are repaired. Stateless and thread-safe.
 */
final class Mojibake {

    /**
     * How one charset shows UTF-8's lead bytes and, for each continuation byte 80..BF, the character after
     * them: E2 80 xx (U+2000–U+203F) as {@code first second thirds[xx]}, C2 xx (U+0080–U+00BF) and C3 xx
     * (U+00C0–U+00FF) as {@code signsLead thirds[xx]} and {@code lettersLead thirds[xx]}.
     */
    private record Decoding(char first, char second, String thirds, char signsLead, char lettersLead) {
    }

    private static final int LEAD = 0xE2;
    private static final int SIGNS_LEAD = 0xC2;
    private static final int LETTERS_LEAD = 0xC3;
    /** U+00A0, the first of the Latin-1 signs; below it are C1 controls, which are left alone. */
    private static final int NO_BREAK_SPACE = 0xA0;
    private static final int SOFT_HYPHEN = 0xAD;
    private static final int LETTERS = 0xC0;
    /** U+034F, a mark that takes no room and keeps a word whole: what fills a repaired letter's second place. */
    private static final char WORD_JOINER = '\u034F';
    private static final int CONTINUATION = 0x80;
    private static final int BLOCK = 0x2000;
    /** Not a mis-decoded mark. */
    private static final int NONE = -1;
    /** What an invisible mark is restored to: nothing (a space in place). */
    private static final int DROPPED = -2;

    private static final List<Decoding> DECODINGS = Stream.of("x-MacRoman", "windows-1252")
            .filter(Charset::isSupported).map(Mojibake::decoding).toList();
    /** The lowest character that begins some form ("¬", U+00AC): text below it (ASCII, most of a news article) is passed by. */
    private static final char LOWEST_LEAD = (char) DECODINGS.stream()
            .flatMapToInt(d -> java.util.stream.IntStream.of(d.first(), d.signsLead(), d.lettersLead())).min().orElse(Character.MAX_VALUE);

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
        return new Decoding(decode(charset, LEAD), decode(charset, CONTINUATION), thirds.toString(),
                decode(charset, SIGNS_LEAD), decode(charset, LETTERS_LEAD));
    }

    private static char decode(Charset charset, int b) {
        return new String(new byte[]{(byte) b}, charset).charAt(0);
    }

    /** The text with every mis-decoded character restored (the same instance when there is none). */
    static String repair(String text) {
        if (!mayHoldMojibake(text)) {
            return text;
        }
        StringBuilder out = null; // made at the first mark, so that clean text is not copied
        for (int i = 0; i < text.length(); ) {
            char c = text.charAt(i);
            int restored = NONE;
            int length = 0;
            if (c >= LOWEST_LEAD) {
                if (i + 2 < text.length()) {
                    restored = restored(c, text.charAt(i + 1), text.charAt(i + 2));
                    length = 3;
                }
                if (restored == NONE && i + 1 < text.length()) {
                    restored = restored(c, text.charAt(i + 1));
                    length = 2;
                }
            }
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
            i += length;
        }
        return out == null ? text : out.toString();
    }

    /** Whether some charset's lead characters occur at all: most text is ruled out by a few scans. */
    private static boolean mayHoldMojibake(String text) {
        for (Decoding d : DECODINGS) {
            if (text.indexOf(d.second()) >= 0 || text.indexOf(d.signsLead()) >= 0 || text.indexOf(d.lettersLead()) >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Restores in place, keeping every offset: the first two of three characters become spaces and the mark
     * takes the last, next to what follows it ("dia.  ”,Penulis" as in the cleaned "dia.”,Penulis"); of two, a
     * sign takes the second ("Jusuf \u00A0Habibie"), a letter the first, with U+034F after it so that its word
     * stays whole ("Má\u034Frquez"), and a soft hyphen leaves two U+034F.
     */
    static void repair(char[] chars) {
        for (int i = 0; i + 1 < chars.length; i++) {
            if (chars[i] < LOWEST_LEAD) {
                continue;
            }
            int restored = i + 2 < chars.length ? restored(chars[i], chars[i + 1], chars[i + 2]) : NONE;
            if (restored != NONE) {
                chars[i] = ' ';
                chars[i + 1] = ' ';
                chars[i + 2] = restored == DROPPED ? ' ' : (char) restored;
                i += 2;
                continue;
            }
            restored = restored(chars[i], chars[i + 1]);
            if (restored == NONE) {
                continue;
            }
            // a letter or a soft hyphen stands inside its word: a mark that takes no room fills the second place
            if (restored == DROPPED) {
                chars[i] = WORD_JOINER;
                chars[i + 1] = WORD_JOINER;
            } else if (restored >= LETTERS) {
                chars[i] = (char) restored;
                chars[i + 1] = WORD_JOINER;
            } else {
                chars[i] = ' ';
                chars[i + 1] = (char) restored;
            }
            i++;
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

    /**
     * The Latin-1 sign or letter (U+00A0–U+00FF) these two characters stand for, {@link #DROPPED} for the soft
     * hyphen, or {@link #NONE}.
     */
    private static int restored(char a, char b) {
        for (Decoding d : DECODINGS) {
            if (a == d.signsLead() || a == d.lettersLead()) {
                int k = d.thirds().indexOf(b);
                int mark = (a == d.signsLead() ? CONTINUATION : LETTERS) + k;
                if (k < 0 || mark < NO_BREAK_SPACE) {
                    return NONE;
                }
                return mark == SOFT_HYPHEN ? DROPPED : mark;
            }
        }
        return NONE;
    }
}
