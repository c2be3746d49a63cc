package id.warta.ingest;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class TextDecodingTest {

    @Test
    @DisplayName("UTF-8 is read as it is")
    void utf8() {
        assertThat(TextDecoding.decode("Menteri “Sri Mulyani” – Rp 5 triliun".getBytes(StandardCharsets.UTF_8)).text())
                .isEqualTo("Menteri “Sri Mulyani” – Rp 5 triliun");
    }

    @Test
    @DisplayName("a replacement character that the text itself contains is not taken for broken UTF-8")
    void replacementCharacterInValidUtf8() {
        TextDecoding.Decoded decoded = TextDecoding.decode("Harga \uFFFD naik".getBytes(StandardCharsets.UTF_8));
        assertThat(decoded.problem()).isNull();
        assertThat(decoded.text()).isEqualTo("Harga \uFFFD naik");
    }

    @Test
    @DisplayName("a Windows-1252 file (no UTF-8 sequences at all) is read as Windows-1252")
    void windows1252() {
        byte[] bytes = "Kata \u201cdemokrasi\u201d \u2013 caf\u00e9".getBytes(Charset.forName("windows-1252"));
        TextDecoding.Decoded decoded = TextDecoding.decode(bytes);
        assertThat(decoded.problem()).isNull();
        assertThat(decoded.text()).isEqualTo("Kata \u201cdemokrasi\u201d \u2013 caf\u00e9");
    }

    @Test
    @DisplayName("UTF-8 broken in the middle is a problem that names the byte")
    void brokenUtf8() {
        byte[] good = "Menteri “Sri” ".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = java.util.Arrays.copyOf(good, good.length + 2);
        bytes[good.length] = (byte) 0xC3;
        bytes[good.length + 1] = (byte) 0x28;
        assertThat(TextDecoding.decode(bytes).problem()).isEqualTo("invalid UTF-8: byte 0xC3 at offset " + good.length);
    }

    @Test
    @DisplayName("binary garbage is a problem, not text")
    void binary() {
        byte[] bytes = new byte[400];
        new java.util.Random(7).nextBytes(bytes);
        assertThat(TextDecoding.decode(bytes).problem()).startsWith("binary data");
    }

    @Test
    @DisplayName("a spreadsheet's in-cell line break (vertical tab) and a DOS file's closing Ctrl-Z are text, not binary data")
    void textControlBytes() {
        TextDecoding.Decoded cell = TextDecoding.decode("Satu,s,Baris satu\u000Bbaris dua".getBytes(StandardCharsets.UTF_8));
        assertThat(cell.problem()).isNull();
        assertThat(cell.text()).isEqualTo("Satu,s,Baris satu\u000Bbaris dua");
        TextDecoding.Decoded dos = TextDecoding.decode("Banjir di Medan\r\n\r\nHujan deras.\r\n\u001A".getBytes(StandardCharsets.UTF_8));
        assertThat(dos.problem()).isNull();
        assertThat(dos.text()).isEqualTo("Banjir di Medan\r\n\r\nHujan deras.\r\n");
        assertThat(TextDecoding.decode("Judul\u0001\u0002 isi".getBytes(StandardCharsets.UTF_8)).problem()).startsWith("binary data");
    }
}
