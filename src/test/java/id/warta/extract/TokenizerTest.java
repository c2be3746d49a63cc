package id.warta.extract;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TokenizerTest {

    private static List<String> words(String text, boolean splitHyphens) {
        return new Tokenizer(splitHyphens).tokenize(text).stream().map(Token::text).toList();
    }

    @Test
    void splitsPunctuationLikeTheTrainingSets() {
        assertThat(words("\"Pada saat yang sama,\" kata Rutte.", false))
                .containsExactly("\"", "Pada", "saat", "yang", "sama", ",", "\"", "kata", "Rutte", ".");
    }

    @Test
    void keepsWordInternalMarks() {
        assertThat(words("Ma'ruf Amin, Rp1.000,5 juta, Kompas.com, J.K. Rowling, negara-negara", false))
                .containsExactly("Ma'ruf", "Amin", ",", "Rp1.000,5", "juta", ",", "Kompas.com", ",", "J.K.", "Rowling",
                        ",", "negara-negara");
    }

    @Test
    void splitsHyphensForTheGazetteer() {
        assertThat(words("AS-China", true)).containsExactly("AS", "-", "China");
        assertThat(words("AS-China", false)).containsExactly("AS-China");
    }

    @Test
    void offsetsPointIntoTheText() {
        String text = "  Mark\tRutte  ";
        List<Token> tokens = new Tokenizer(false).tokenize(text);
        assertThat(tokens).extracting(t -> text.substring(t.start(), t.end())).containsExactly("Mark", "Rutte");
    }
}
