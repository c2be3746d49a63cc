package id.warta.article;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class MojibakeTest {

    private static final String TEXT = "“Ini bukan urusan kami,” kata Rutte – Sekjen NATO – pada ‘Senin’… • selesai";

    /**
     * What a reader that took UTF-8 for this charset made of the text; a byte the charset leaves undefined
     * becomes the C1 control of that number, as browsers decode Windows-1252.
     */
    private static String misDecoded(String text, String charset) {
        StringBuilder out = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            char c = new String(new byte[]{b}, Charset.forName(charset)).charAt(0);
            out.append(c == '\uFFFD' ? (char) (b & 0xFF) : c);
        }
        return out.toString();
    }

    @ParameterizedTest
    @ValueSource(strings = {"x-MacRoman", "windows-1252"})
    @DisplayName("quotes, dashes, ellipsis and bullets read back through Mac OS Roman or Windows-1252 are restored")
    void restoresPunctuation(String charset) {
        String broken = misDecoded(TEXT, charset);
        assertThat(broken).isNotEqualTo(TEXT);
        assertThat(Mojibake.repair(broken)).isEqualTo(TEXT);
        assertThat(TextCleaner.clean(broken)).isEqualTo(TEXT);
        assertThat(TextCleaner.cleanTitle(broken)).isEqualTo(TEXT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"x-MacRoman", "windows-1252"})
    @DisplayName("no-break spaces, Latin-1 signs and accented letters read back through either charset are restored")
    void restoresLatin1SignsAndLetters(String charset) {
        String text = "Bacharuddin Jusuf\u00A0Habibie, suhu 30°C, ½ kg, Márquez dan Pérez ©2019, Ñ À ÿ";
        String broken = misDecoded(text, charset);
        assertThat(broken).isNotEqualTo(text);
        assertThat(Mojibake.repair(broken)).isEqualTo(text);
        assertThat(TextCleaner.clean(broken)).isEqualTo(text.replace('\u00A0', ' '));
        assertThat(Mojibake.repair(misDecoded("lu\u00ADcu", charset))).as("a soft hyphen is dropped").isEqualTo("lucu");
    }

    @ParameterizedTest
    @ValueSource(strings = {"x-MacRoman", "windows-1252"})
    @DisplayName("in place, a sign takes the second of its two places; a letter or soft hyphen keeps its word whole")
    void inPlaceKeepsWordsWhole(String charset) {
        String broken = misDecoded("Jusuf\u00A0Habibie 30° Márquez lu\u00ADcu", charset);
        char[] chars = broken.toCharArray();
        Mojibake.repair(chars);
        assertThat(new String(chars)).isEqualTo("Jusuf \u00A0Habibie 30 ° Má\u034Frquez lu\u034F\u034Fcu").hasSameSizeAs(broken);
    }

    @Test
    @DisplayName("the in-place form keeps every offset: two spaces, then the mark next to what follows it")
    void inPlaceKeepsOffsets() {
        String broken = misDecoded("kata “Rutte” di", "x-MacRoman");
        char[] chars = broken.toCharArray();
        Mojibake.repair(chars);
        assertThat(new String(chars)).isEqualTo("kata   “Rutte  ” di").hasSameSizeAs(broken);
        assertThat(TextCleaner.mask(broken)).hasSameSizeAs(broken).contains("Rutte");
    }

    @Test
    @DisplayName("invisible marks (zero-width space, direction marks, line separator) are dropped, not restored")
    void dropsInvisibleMarks() {
        String broken = misDecoded("kata\u200Bdia\u200E dan\u2028lalu", "x-MacRoman");
        assertThat(Mojibake.repair(broken)).isEqualTo("katadia danlalu");
        char[] chars = broken.toCharArray();
        Mojibake.repair(chars);
        assertThat(new String(chars)).isEqualTo("kata   dia    dan   lalu");
    }

    @Test
    @DisplayName("text that only looks close is left alone")
    void leavesRealTextAlone() {
        for (String text : new String[]{"Harga €5 juta", "Ärger in Österreich", "â€ dan Ä saja", "€", "‚Ä", "",
                "SÃO PAULO", "Â dan Ã", "√2 ¬ x", "¬", "Ã"}) {
            assertThat(Mojibake.repair(text)).isSameAs(text).isEqualTo(text);
        }
        assertThat(Mojibake.repair("Harga €5 juta")).isEqualTo("Harga €5 juta");
    }
}
