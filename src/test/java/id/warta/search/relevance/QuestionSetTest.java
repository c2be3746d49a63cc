package id.warta.search.relevance;

import id.warta.WartaException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QuestionSetTest {

    static final Path SAMPLE = Path.of("src/test/resources/relevance/questions.csv");

    @Test
    @DisplayName("reads FacQA's CSV: token lists written as Python lists become the question's and the passage's text")
    void readsQuestionsAndPassages() {
        QuestionSet set = QuestionSet.read(SAMPLE);
        assertThat(set.name()).isEqualTo("questions.csv");
        assertThat(set.questions()).hasSize(6);
        assertThat(set.questions().getFirst().text()).isEqualTo("Di mana banjir merendam ratusan rumah?");
        assertThat(set.questions().getFirst().passage())
                .isEqualTo("Banjir merendam ratusan rumah di Kampung Melayu, Jakarta Timur, pada Senin pagi.");
    }

    @Test
    @DisplayName("Python string literals: both quotes, escapes, commas and brackets inside strings")
    void pythonLists() {
        assertThat(PythonStrings.parse("['Apa', \"it's\", 'a\\'b', ',', '[', ']']"))
                .containsExactly("Apa", "it's", "a'b", ",", "[", "]");
        assertThat(PythonStrings.parse("[]")).isEmpty();
        assertThat(QuestionSet.text(List.of("(", "kata", ")", "ia", ".", "Lalu"))).isEqualTo("(kata) ia. Lalu");
        assertThatThrownBy(() -> PythonStrings.parse("['a' 'b']")).hasMessageContaining("expected ','");
        assertThatThrownBy(() -> PythonStrings.parse("['a]")).hasMessageContaining("unterminated");
        assertThatThrownBy(() -> PythonStrings.parse("'a'")).hasMessageContaining("not a list");
    }

    @Test
    @DisplayName("a missing file, one that is not a question set, or a broken row, is refused naming the file and the line")
    void badInput(@TempDir Path dir) throws Exception {
        Path other = Files.writeString(dir.resolve("other.csv"), "id,title\n1,x\n");
        assertThatThrownBy(() -> QuestionSet.read(other)).isInstanceOf(WartaException.class)
                .hasMessageContaining("other.csv").hasMessageContaining("question,passage,seq_label");
        Path broken = Files.writeString(dir.resolve("broken.csv"), "question,passage,seq_label\n"
                + "\"['Apa', 'itu']\",\"['Itu', 'batu']\",\"['O', 'O']\"\n\"['Apa'\",\"['x']\",\"['O']\"\n");
        assertThatThrownBy(() -> QuestionSet.read(broken)).isInstanceOf(WartaException.class)
                .hasMessageContaining("broken.csv line 3");
        assertThatThrownBy(() -> QuestionSet.read(dir.resolve("missing.csv"))).isInstanceOf(WartaException.class)
                .hasMessageContaining("no such file").hasMessageContaining("missing.csv");
    }
}
