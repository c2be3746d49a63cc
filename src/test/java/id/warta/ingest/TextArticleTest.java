package id.warta.ingest;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextArticleTest {

    @ParameterizedTest
    @DisplayName("the dateline names the outlet")
    @CsvSource(delimiter = '|', value = {
            "KONTAN.CO.ID - Organisasi Perjanjian Atlantik Utara | kontan.co.id",
            "JAKARTA, KOMPAS.com - Presiden Joko Widodo | kompas.com",
            "Liputan6.com, Jakarta - Harga minyak | liputan6.com",
            "TEMPO.CO, Jakarta - Menteri | tempo.co",
            "REPUBLIKA.CO.ID, JAKARTA -- Pemerintah | republika.co.id",
            "JAKARTA, KOMPAS.com -- Presiden | kompas.com",
            "TRIBUN-BALI.COM, DENPASAR - Wisatawan | tribun-bali.com",
            "SURABAYA, KOMPAS.com \u2014 Hujan | kompas.com"})
    void dateline(String body, String source) {
        assertThat(TextArticle.datelineSource(body)).contains(source);
    }

    @Test
    @DisplayName("title on the first line, body after; no dateline, no source")
    void titleAndBody() {
        TextArticle article = TextArticle.parse("\n Judul Berita \n\nParagraf satu.\n\nParagraf dua.\n");
        assertThat(article.title()).isEqualTo("Judul Berita");
        assertThat(article.body()).isEqualTo("Paragraf satu.\n\nParagraf dua.");
        assertThat(article.source()).isEmpty();
    }
}
