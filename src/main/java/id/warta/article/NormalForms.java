package id.warta.article;

import java.text.Normalizer;

/**
 * Unicode normalisation that skips the work for text already in the form, which is nearly all news text.
 * A text whose characters are each in the form, none of them a combining mark or a Hangul jamo, is in the
 * form as a whole: nothing can compose with what precedes it or need reordering. That is known per character
 * below U+3000 (Latin, Greek, Cyrillic, Arabic, the Indic scripts, general punctuation); any other character
 * sends the text to {@link Normalizer}.
 */
public final class NormalForms {

    private static final int KNOWN = 0x3000;
    private static final boolean[] NFC = inForm(Normalizer.Form.NFC);
    private static final boolean[] NFKD = inForm(Normalizer.Form.NFKD);

    private NormalForms() {
    }

    /** The text in NFC: the same array when it already is. */
    public static char[] nfc(char[] text) {
        return isIn(text, NFC) ? text : Normalizer.normalize(new String(text), Normalizer.Form.NFC).toCharArray();
    }

    /** The text in NFKD: the same array when it already is. */
    public static char[] nfkd(char[] text) {
        return isIn(text, NFKD) ? text : Normalizer.normalize(new String(text), Normalizer.Form.NFKD).toCharArray();
    }

    private static boolean isIn(char[] text, boolean[] form) {
        for (char c : text) {
            if (c >= KNOWN || !form[c]) {
                return false;
            }
        }
        return true;
    }

    private static boolean[] inForm(Normalizer.Form form) {
        boolean[] in = new boolean[KNOWN];
        for (char c = 0; c < KNOWN; c++) {
            int type = Character.getType(c);
            boolean combining = type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                    || type == Character.ENCLOSING_MARK || c >= 0x1100 && c <= 0x11FF;
            in[c] = !combining && !Character.isSurrogate(c) && Normalizer.isNormalized(String.valueOf(c), form);
        }
        return in;
    }
}
