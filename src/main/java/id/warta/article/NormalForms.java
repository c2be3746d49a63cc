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
    private static final byte UNJUDGED = 0;
    private static final byte IN_FORM = 1;
    private static final byte NOT_IN_FORM = 2;
    /** Per character below {@link #KNOWN}: judged on first sight (a race only judges a character twice, alike). */
    private static final byte[] NFC = new byte[KNOWN];
    private static final byte[] NFKD = new byte[KNOWN];

    private NormalForms() {
    }

    /** The text in NFC: the same array when it already is. */
    public static char[] nfc(char[] text) {
        return isIn(text, NFC, Normalizer.Form.NFC) ? text
                : Normalizer.normalize(new String(text), Normalizer.Form.NFC).toCharArray();
    }

    /** The text in NFKD: the same array when it already is. */
    public static char[] nfkd(char[] text) {
        return isIn(text, NFKD, Normalizer.Form.NFKD) ? text
                : Normalizer.normalize(new String(text), Normalizer.Form.NFKD).toCharArray();
    }

    private static boolean isIn(char[] text, byte[] judged, Normalizer.Form form) {
        for (char c : text) {
            if (c >= KNOWN) {
                return false;
            }
            byte judgement = judged[c];
            if (judgement == UNJUDGED) {
                judgement = judge(c, form);
                judged[c] = judgement;
            }
            if (judgement == NOT_IN_FORM) {
                return false;
            }
        }
        return true;
    }

    private static byte judge(char c, Normalizer.Form form) {
        int type = Character.getType(c);
        boolean combining = type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK || c >= 0x1100 && c <= 0x11FF;
        boolean in = !combining && Normalizer.isNormalized(String.valueOf(c), form);
        return in ? IN_FORM : NOT_IN_FORM;
    }
}
