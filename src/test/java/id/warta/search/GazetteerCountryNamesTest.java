package id.warta.search;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class GazetteerCountryNamesTest {

    private final CountryNames names = new GazetteerCountryNames(id.warta.extract.CountryGazetteer.standard());

    @Test
    @DisplayName("Indonesian names, English names and news abbreviations map to ISO codes")
    void codes() {
        assertThat(names.codeFor("Korut")).contains("KP");
        assertThat(names.codeFor("korea  utara")).contains("KP");
        assertThat(names.codeFor("North Korea")).contains("KP");
        assertThat(names.codeFor("AS")).contains("US");
        assertThat(names.codeFor("as")).as("short abbreviations only in upper case").isEmpty();
        assertThat(names.codeFor("Tiongkok")).contains("CN");
        assertThat(names.codeFor("Jerman")).contains("DE");
        assertThat(names.codeFor("banjir")).isEmpty();
    }

    @Test
    @DisplayName("every name of a country, its Indonesian label, and ISO validation")
    void namesAndLabels() {
        assertThat(names.namesOf("KP")).first().isEqualTo("Korea Utara");
        assertThat(names.namesOf("KP")).contains("Korut", "North Korea");
        assertThat(names.namesOf("US")).contains("Amerika Serikat", "AS");
        assertThat(names.indonesianLabel("RU")).isEqualTo("Rusia");
        assertThat(names.isKnownCode("RU")).isTrue();
        assertThat(names.isKnownCode("XX")).isFalse();
        assertThat(names.codesStartingWith("kor")).contains("KP", "KR");
    }

    @Test
    @DisplayName("capitals and other stand-ins are not expanded: a search for a city stays a search for it")
    void standInsStay() {
        assertThat(names.codeFor("Pyongyang")).isEmpty();
        assertThat(names.codeFor("Kremlin")).isEmpty();
        assertThat(names.namesOf("KP")).doesNotContain("Pyongyang");
        assertThat(names.namesOf("RU")).doesNotContain("Moskow", "Kremlin");
    }

    @Test
    @DisplayName("regions are not expanded either: Gaza does not find the West Bank, Inggris does not find Skotlandia; extraction still counts them")
    void regionsStay() {
        assertThat(names.codeFor("Gaza")).isEmpty();
        assertThat(names.codeFor("Skotlandia")).isEmpty();
        assertThat(names.searchableNamesOf("PS")).contains("Palestina").doesNotContain("Gaza", "Jalur Gaza", "Tepi Barat");
        assertThat(names.searchableNamesOf("GB")).contains("Inggris").doesNotContain("Skotlandia", "Wales", "Irlandia Utara");
        assertThat(new id.warta.extract.EntityExtractor().extract("Serangan di Gaza", "Serangan udara menghantam Jalur Gaza, "
                + "sementara pemilu digelar di Skotlandia.").countries()).extracting(c -> c.code()).contains("PS", "GB");
    }
}
