package id.warta.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes a record's bytes. UTF-8 first. Bytes that are not UTF-8 but contain no UTF-8 multi-byte
 * sequence at all are an old single-byte file: read as Windows-1252 (which covers Latin-1). Bytes that
 * mix valid UTF-8 with invalid sequences are broken UTF-8; control characters other than those text
 * holds (tab, line breaks, a spreadsheet's vertical tab, a DOS file's closing Ctrl-Z) mean binary data.
 * Both of those are problems with a reason, never silently mangled text.
 */
final class TextDecoding {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    record Decoded(String text, String problem) {
    }

    private TextDecoding() {
    }

    static Decoded decode(byte[] bytes) {
        int control = 0;
        boolean nul = false;
        for (byte b : bytes) {
            nul |= b == 0;
            if (b >= 0 && b < 0x20 && !isTextControl(b)) {
                control++;
            }
        }
        if (nul || control * 100 > bytes.length) {
            return new Decoded(null, "binary data: " + control + " control bytes in " + bytes.length + ", not text");
        }
        int end = bytes.length;
        while (end > 0 && bytes[end - 1] == DOS_END_OF_FILE) {
            end--;
        }
        if (end < bytes.length) {
            bytes = java.util.Arrays.copyOf(bytes, end);
        }
        // The JDK's own decoding replaces every invalid sequence with U+FFFD: text without one was valid UTF-8.
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.indexOf('\uFFFD') < 0) {
            return new Decoded(text, null);
        }
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return new Decoded(utf8.decode(ByteBuffer.wrap(bytes)).toString(), null);
        } catch (CharacterCodingException e) {
            int bad = firstInvalidUtf8(bytes);
            if (hasUtf8MultiByteSequence(bytes)) {
                return new Decoded(null, "invalid UTF-8: byte 0x" + String.format("%02X", bytes[bad]) + " at offset " + bad);
            }
            CharBuffer chars = WINDOWS_1252.decode(ByteBuffer.wrap(bytes));
            return new Decoded(chars.toString(), null);
        }
    }

    /** Ctrl-Z, with which old DOS and Windows programs end a text file. */
    private static final byte DOS_END_OF_FILE = 0x1A;

    /**
     * Control bytes that text holds: tab, line and page breaks, the vertical tab with which spreadsheets (FileMaker,
     * Excel on the Mac) break lines inside a cell, and Ctrl-Z ending a DOS file (taken off the end).
     */
    private static boolean isTextControl(byte b) {
        return b == '\t' || b == '\n' || b == '\r' || b == '\f' || b == 0x0B || b == DOS_END_OF_FILE;
    }

    private static boolean hasUtf8MultiByteSequence(byte[] b) {
        for (int i = 0; i + 1 < b.length; i++) {
            int lead = b[i] & 0xFF;
            int len = lead >= 0xF0 && lead < 0xF5 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC2 ? 2 : 0;
            if (len > 0 && lead < 0xF5 && i + len <= b.length && continuations(b, i + 1, len - 1)) {
                return true;
            }
        }
        return false;
    }

    private static boolean continuations(byte[] b, int from, int count) {
        for (int i = from; i < from + count; i++) {
            if ((b[i] & 0xC0) != 0x80) {
                return false;
            }
        }
        return true;
    }

    private static int firstInvalidUtf8(byte[] b) {
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(b);
        CharBuffer out = CharBuffer.allocate(b.length + 1);
        utf8.decode(in, out, true);
        return Math.min(in.position(), b.length - 1);
    }
}
