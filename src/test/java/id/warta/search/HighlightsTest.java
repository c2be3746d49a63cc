package id.warta.search;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** What a hit shows of the two highlighted fields: words matched stemmed, phrases matched as written. */
class HighlightsTest {

    @Test
    @DisplayName("a title carries the marks of a phrase and of a word: \"harga beras\" naik marks Harga Beras and Naik")
    void titleMarksOfBothFields() {
        Map<String, List<String>> highlight = Map.of(
                "title", List.of("Agustus 2019, Harga Beras Semua Kualitas Terpantau <em>Naik</em>"),
                "title.exact", List.of("Agustus 2019, <em>Harga</em> <em>Beras</em> Semua Kualitas Terpantau Naik"));

        assertThat(Highlights.title(highlight))
                .isEqualTo("Agustus 2019, <em>Harga</em> <em>Beras</em> Semua Kualitas Terpantau <em>Naik</em>");
        assertThat(Highlights.title(Map.of("title", List.of("<em>Banjir</em> di Medan")))).isEqualTo("<em>Banjir</em> di Medan");
        assertThat(Highlights.title(Map.of())).isNull();
    }

    @Test
    @DisplayName("marks that touch or overlap become one; texts that differ keep the stemmed field's marks")
    void mergingEdges() {
        assertThat(Highlights.merged("<em>Korea</em> Selatan", "<em>Korea Selatan</em>")).isEqualTo("<em>Korea Selatan</em>");
        assertThat(Highlights.merged("a <em>b</em>", "x <em>y</em>")).isEqualTo("a <em>b</em>");
        assertThat(Highlights.merged("&amp; <em>b</em>", "<em>&amp;</em> b")).isEqualTo("<em>&amp;</em> <em>b</em>");
    }

    @Test
    @DisplayName("body snippets come from the field that marks more matches")
    void bodyFromTheFieldWithMoreMarks() {
        Map<String, List<String>> highlight = Map.of(
                "body", List.of("harga beras <em>naik</em> lagi"),
                "body.exact", List.of("<em>harga</em> <em>beras</em> naik lagi"));

        assertThat(Highlights.body(highlight)).containsExactly("<em>harga</em> <em>beras</em> naik lagi");
        assertThat(Highlights.body(Map.of("body", List.of("tanpa tanda")))).containsExactly("tanpa tanda");
    }
}
