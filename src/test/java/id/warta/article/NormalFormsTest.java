package id.warta.article;

import org.junit.jupiter.api.Test;

import java.text.Normalizer;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class NormalFormsTest {

    @Test
    void textAlreadyInTheFormIsReturnedAsItIs() {
        char[] news = "Presiden “Jokowi” – kata Rutte… 5 km² café".toCharArray();
        assertThat(NormalForms.nfc(news)).isSameAs(news);
        char[] ascii = "Menteri Sri Mulyani, Rp 5 triliun.".toCharArray();
        assertThat(NormalForms.nfkd(ascii)).isSameAs(ascii);
    }

    @Test
    void compositionsAndDecompositionsAreTheJdksOwn() {
        assertThat(new String(NormalForms.nfc("cafe\u0301".toCharArray()))).isEqualTo("caf\u00e9");
        assertThat(new String(NormalForms.nfc("\u1100\u1161".toCharArray()))).isEqualTo("\uac00"); // Hangul jamo compose
        assertThat(new String(NormalForms.nfc("a\u2000b".toCharArray()))).isEqualTo("a\u2002b");  // a singleton
        assertThat(new String(NormalForms.nfkd("caf\u00e9 km\u00b2 \u2026".toCharArray()))).isEqualTo("cafe\u0301 km2 ...");
    }

    @Test
    void randomTextOfTrickyCharactersAgreesWithTheJdk() {
        String pool = "aAeEoO \u00e9\u00c5\u00b2\u00a0\u0301\u0308\u0327\u0323\u2000\u2001\u2011\u2019\u201c\u2026\u2126\u212b"
                + "\u1100\u1161\u11a8\uac00\u0915\u093c\u0b47\u0b3e\u0dd9\u0dcf\u03b1\u0345\ufb01\u3099\u304b";
        Random random = new Random(7);
        for (int n = 0; n < 20_000; n++) {
            char[] text = new char[1 + random.nextInt(6)];
            for (int i = 0; i < text.length; i++) {
                text[i] = pool.charAt(random.nextInt(pool.length()));
            }
            String original = new String(text);
            assertThat(new String(NormalForms.nfc(text))).as(original).isEqualTo(Normalizer.normalize(original, Normalizer.Form.NFC));
            assertThat(new String(NormalForms.nfkd(text))).as(original).isEqualTo(Normalizer.normalize(original, Normalizer.Form.NFKD));
        }
    }
}
