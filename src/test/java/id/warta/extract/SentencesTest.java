package id.warta.extract;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SentencesTest {

    private static List<String> sentences(String text) {
        List<Token> tokens = new Tokenizer(false).tokenize(text);
        return Sentences.split(text, tokens).stream()
                .map(s -> text.substring(tokens.get(s[0]).start(), tokens.get(s[1] - 1).end()))
                .toList();
    }

    @Test
    void splitsAtSentenceEndsAndLineBreaks() {
        assertThat(sentences("Rutte datang. Macron pergi!\nTrump diam"))
                .containsExactly("Rutte datang.", "Macron pergi!", "Trump diam");
    }

    @Test
    void doesNotSplitAfterAbbreviationsOrBeforeASpeechVerb() {
        assertThat(sentences("Dr. Terawan dan H. Agus hadir.")).containsExactly("Dr. Terawan dan H. Agus hadir.");
        assertThat(sentences("\"Kami siap.\" kata Rutte.")).containsExactly("\"Kami siap.\" kata Rutte.");
    }

    @Test
    void doesNotSplitAfterTheInitialOfAName() {
        // text written a token a word, as NER sets and some feeds do
        assertThat(sentences("Stephen R . Covey adalah penulis .")).containsExactly("Stephen R . Covey adalah penulis .");
        assertThat(sentences("Ia masuk kelas A . Dia lulus .")).containsExactly("Ia masuk kelas A .", "Dia lulus .");
    }
}
