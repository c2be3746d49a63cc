package id.warta.search;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class StopWordsTest {

    @Test
    @DisplayName("the query side knows exactly the stop words the indonesian_news analyzer drops")
    void sameListAsTheAnalyzer() {
        Set<String> analyzers = id.warta.plugin.IndonesianNewsAnalyzerAccess.stopWords().stream()
                .map(word -> new String((char[]) word)).collect(Collectors.toSet());
        assertThat(StopWords.all()).hasSizeGreaterThan(300).isEqualTo(analyzers).doesNotContain("diri", "dini", "kecil");
    }

    @Test
    @DisplayName("a text is stop words only when it has words and every one is a stop word, in any case")
    void onlyStopWords() {
        assertThat(StopWords.onlyStopWords("yang")).isTrue();
        assertThat(StopWords.onlyStopWords("Tidak")).isTrue();
        assertThat(StopWords.onlyStopWords("di-mana")).as("split like the tokenizer splits").isTrue();
        assertThat(StopWords.onlyStopWords("presiden")).isFalse();
        assertThat(StopWords.onlyStopWords("yang-mulia")).isFalse();
        assertThat(StopWords.onlyStopWords("?!")).as("no word at all").isFalse();
    }
}
