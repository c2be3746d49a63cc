package id.warta.extract;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CountryGazetteerTest {

    private final CountryGazetteer gazetteer = CountryGazetteer.standard();

    private List<String> codes(String text) {
        List<Token> tokens = new Tokenizer(true).tokenize(text);
        boolean lowerCase = text.equals(text.toLowerCase(java.util.Locale.ROOT));
        return gazetteer.find(tokens, lowerCase, null).stream()
                .map(CountryGazetteer.Match::code).toList();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            pemerintah AS mengumumkan        | US
            Amerika mengirim bantuan         | US
            kunjungan ke Negeri Paman Sam    | US
            hubungan dengan China            | CN
            hubungan dengan Cina             | CN
            hubungan dengan Tiongkok         | CN
            Korut menembakkan rudal          | KP
            Korsel waspada                   | KR
            warga Inggris                    | GB
            Britania Raya keluar             | GB
            Presiden RI hadir                | ID
            Prancis dan                      | FR
            Perancis dan                     | FR
            Rusia menyerang                  | RU
            bantuan ke Ukraina               | UA
            Turki menolak                    | TR
            Yordania menolak                 | JO
            """)
    void aliasesNewsUses(String text, String code) {
        assertThat(codes(text)).containsExactly(code);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            gawang Kepulauan Mariana dibobol        | MP
            kemenangan atas Mariana Utara           | MP
            kemenangan atas Belarusia pada menit    | BY
            timnas Hongaria menang                  | HU
            Kirgistan menahan imbang                | KG
            Kazakstan menahan imbang                | KZ
            Slowakia menahan imbang                 | SK
            """)
    @DisplayName("spellings that Indonesian news uses beside CLDR's are known")
    void spellingsNewsUsesBesideCldrs(String text, String code) {
        assertThat(codes(text)).containsExactly(code);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            hubungan Indonesa dan negeri jiran.                              | MY
            asap sudah sampai ke negeri Jiran.                               | MY
            33 perusahaan yang telah angkat kaki dari negeri Tirai Bambu     | CN
            merontokkan penjualan Apple Inc. di negeri tirai bambu.          | CN
            Dilansir dari situs motor1.com, perusahaan asal negeri sakura    | JP
            """)
    @DisplayName("a nickname's leading \"negeri\" matches in lower case, as news writes it inside a sentence")
    void aNicknamesLeadingNegeriMatchesInLowerCase(String text, String code) {
        assertThat(codes(text)).containsExactly(code);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Oknum polisi Polda Kaltim Brigpol AS (28) telah ditetapkan sebagai tersangka",
            "Bahkan, Brigpol AS disebut-sebut memiliki ratusan murid",
            "Kedua, tersangka berinisial AS (53) ditangkap di Karang Tengah",
            "korban berinisial RI (12 tahun) dibawa ke rumah sakit"})
    @DisplayName("a country's abbreviation written as a suspect's initials is a person (clickid-025335, clickid-002640)")
    void anAbbreviationWrittenAsASuspectsInitialsIsNoCountry(String text) {
        assertThat(codes(text)).isEmpty();
    }

    @Test
    @DisplayName("the same abbreviations still count after titles and before brackets that hold no age")
    void abbreviationsStillCountAfterTitlesAndBeforeOtherBrackets() {
        assertThat(codes("Presiden AS (Amerika Serikat) Donald Trump")).containsExactly("US", "US");
        assertThat(codes("Jenderal AS menolak")).containsExactly("US");
        assertThat(codes("ekspor ke AS (2019) naik")).containsExactly("US");
    }

    @Test
    @DisplayName("a lower-case \"negeri\" is no country alone, nor before words that make no nickname")
    void aLowerCaseNegeriAloneIsNoCountry() {
        assertThat(codes("sekolah negeri dan swasta")).isEmpty();
        assertThat(codes("pegawai negeri sipil di negeri ini")).isEmpty();
        assertThat(codes("Di Negeri Sembilan, Malaysia")).containsExactly("MY");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            kata Moskow                      | RU
            sumber di Kremlin                | RU
            Washington menolak               | US
            juru bicara Gedung Putih         | US
            Beijing membalas                 | CN
            Pyongyang menembakkan            | KP
            Teheran mengancam                | IR
            pasukan menuju Kyiv              | UA
            pasukan menuju Kiev              | UA
            """)
    void capitalsAndSeatsOfGovernmentStandInForTheirCountry(String text, String code) {
        assertThat(codes(text)).containsExactly(code);
    }

    @Test
    void theLongestNameWins() {
        assertThat(codes("Korea Utara menembakkan rudal")).containsExactly("KP");
        assertThat(codes("Korea Selatan dan Korea Utara")).containsExactly("KR", "KP");
        assertThat(codes("Papua Nugini")).containsExactly("PG");
        assertThat(codes("Guinea Khatulistiwa")).containsExactly("GQ");
        assertThat(codes("Niger dan Nigeria")).containsExactly("NE", "NG");
        assertThat(codes("Amerika Serikat")).containsExactly("US");
    }

    @org.junit.jupiter.api.Test
    void longerNamesOfOthersHoldTheNameAnywhere() {
        assertThat(CountryGazetteer.standard().longerNamesOfOthers("America", "US"))
                .contains("Captain America", "Copa America", "South America").doesNotContain("United States of America");
        assertThat(CountryGazetteer.standard().longerNamesOfOthers("Korea", "KR")).contains("Korea Utara");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "kawasan Amerika Utara", "negara Amerika Latin", "Amerika Selatan", "provinsi Papua",
            "Papua Barat", "Michael Jordan", "Chad Michael Murray", "Cuba lihat ini",
            "as roda", "As roda", "kursus bahasa Inggris", "harga 60 dolar AS per barel",
            "jersey baru", "Jersey baru", "harian Washington Post", "benua Eropa", "Uni Eropa",
            "lagu berbahasa Inggris", "berbahasa Indonesia, Inggris, dan Belanda", "MotoGP San Marino 2019",
            "Sempat Ulang Ijab Kabul, Ammar Zoni Resmi Nikahi", "seusai ijab kabul pernikahan",
            "aktor Denzel Washington", "Universitas George Washington", "film Captain America", "final Copa America",
            "tur South America", "gugatan warga atas lahan Bidara Cina untuk proyek",
            "Sodetan Kali Ciliwung di Bidara Cina. Pengadilan kemudian memenangkan warga Bidara Cina"})
    void noFalseHits(String text) {
        assertThat(codes(text)).isEmpty();
    }

    @Test
    void aLanguageListEndsWhereTheListEnds() {
        assertThat(codes("fasih berbahasa Inggris dan Prancis, lalu pindah ke Belanda")).containsExactly("NL");
        assertThat(codes("Indonesia dan Belanda sepakat")).containsExactly("ID", "NL");
    }

    @Test
    void abbreviationsMatchOnlyInUpperCase() {
        assertThat(codes("kebijakan AS")).containsExactly("US");
        assertThat(codes("kebijakan as")).isEmpty();
        assertThat(codes("Presiden ri")).isEmpty();
    }

    @Test
    void hyphenatedPairsCountBothCountries() {
        assertThat(codes("perang dagang AS-China")).containsExactly("US", "CN");
    }

    @Test
    void casingGuards() {
        assertThat(codes("KONFLIK RUSIA DAN UKRAINA")).containsExactly("RU", "UA");
        assertThat(codes("Korea utara")).containsExactly("KP");
        assertThat(codes("Presiden Rusia dan pasar turki")).containsExactly("RU");
        assertThat(codes("pemerintah rusia dan amerika serikat")).containsExactly("RU", "US");
    }

    @Test
    void jdkNamesInIndonesianAndEnglishAreKnown() {
        assertThat(codes("Selandia Baru")).containsExactly("NZ");
        assertThat(codes("New Zealand")).containsExactly("NZ");
        assertThat(codes("Uni Emirat Arab")).containsExactly("AE");
        assertThat(codes("Germany")).containsExactly("DE");
    }

    @Test
    void displayNamesAreIndonesian() {
        assertThat(gazetteer.displayName("US")).isEqualTo("Amerika Serikat");
        assertThat(gazetteer.displayName("GB")).isEqualTo("Inggris");
        assertThat(gazetteer.displayName("CN")).isEqualTo("China");
        assertThat(gazetteer.displayName("DE")).isEqualTo("Jerman");
        assertThat(gazetteer.codes()).hasSizeGreaterThan(240);
    }

    @Test
    void codesInASpan() {
        assertThat(gazetteer.codesIn("Kursk Rusia")).containsExactly("RU");
        assertThat(gazetteer.codesIn("amerika serikat")).containsExactly("US");
        assertThat(gazetteer.codesIn("Jakarta")).isEmpty();
    }
}
