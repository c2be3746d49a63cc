package id.warta.ingest;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LanguageDetectionTest {

    private final LanguageDetection detection = LanguageDetection.instance();

    @Test
    @DisplayName("Indonesian, English and other languages")
    void languages() {
        assertThat(detection.detect("Presiden Joko Widodo meresmikan jalan tol yang menghubungkan Jakarta dan Bandung pada hari "
                + "Senin. Menurut dia, jalan tol ini akan mempercepat distribusi barang dari pelabuhan ke kawasan industri.", "x"))
                .isEqualTo("id");
        assertThat(detection.detect("The president opened a new toll road on Monday, saying that it would speed up the "
                + "distribution of goods from the port to the industrial estates in the west of the island.", "x"))
                .isEqualTo("en");
        assertThat(detection.detect("Der Präsident eröffnete am Montag eine neue Mautstraße, die den Warentransport vom Hafen "
                + "zu den Industriegebieten im Westen der Insel beschleunigen soll.", "x"))
                .isEqualTo("other");
    }

    @Test
    @DisplayName("the n-gram detector decides when function words do not")
    void withoutFunctionWords() {
        assertThat(LanguageDetection.byFunctionWords("Timnas Indonesia menang telak atas Malaysia")).isNull();
        assertThat(detection.detect("Pemerintah menaikkan harga bahan bakar minyak bersubsidi mulai pekan depan", "x")).isEqualTo("id");
    }

    @Test
    @DisplayName("an article's title and body are judged as the text they make together, however the body starts")
    void titleAndBody() {
        String table = "2019 | 12,5 | 13,1 | 14,8 | 15,2 | 16,0 | ".repeat(60); // 2,400 characters without a word
        String prose = "Menurut dia, harga beras yang naik itu akan turun dalam dua pekan dan pemerintah juga akan "
                + "menambah pasokan dari gudang Bulog di Jawa dan Sumatra untuk pasar yang kekurangan.";
        for (String body : new String[] {prose, table + prose, "The minister said that the price of rice would fall "
                + "within two weeks and that the government would add supplies from its warehouses to the markets.", ""}) {
            assertThat(detection.detect("Harga beras", body, "x")).as(body)
                    .isEqualTo(detection.detect("Harga beras" + "\n" + body, "x"));
        }
        assertThat(detection.detect("Harga beras", table + prose, "x")).isEqualTo("id");
    }
}
