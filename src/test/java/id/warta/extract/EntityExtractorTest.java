package id.warta.extract;

import id.warta.article.ArticleEntities;
import id.warta.article.CountryMention;
import id.warta.article.PersonMention;
import id.warta.article.Span;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class EntityExtractorTest {

    private static EntityExtractor extractor;
    private static String kontan;

    @BeforeAll
    static void load() throws IOException {
        extractor = new EntityExtractor();
        try (InputStream in = EntityExtractorTest.class.getResourceAsStream("kontan_nato_sample.txt")) {
            kontan = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static PersonMention person(ArticleEntities entities, String name) {
        return entities.persons().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow(
                () -> new AssertionError(name + " not among " + entities.personNames()));
    }

    private static Map<String, Integer> counts(ArticleEntities entities) {
        return entities.countries().stream().collect(Collectors.toMap(CountryMention::code, CountryMention::mentions));
    }

    @Test
    void kontanSampleHasItsCountriesAndPersonsButNotPutinFromTheLinkLines() {
        ArticleEntities entities = extractor.extract("", kontan);

        assertThat(entities.countryCodes()).contains("RU", "CN", "IR", "KP", "US", "UA", "FR");
        assertThat(entities.personNames()).contains("Mark Rutte", "Donald Trump", "Emmanuel Macron");
        assertThat(entities.personNames()).noneMatch(name -> name.contains("Putin"));
        assertThat(entities.personNames()).doesNotContain("Ukraina", "Rusia");
        assertThat(entities.persons()).flatExtracting(PersonMention::mentions).extracting(Span::text)
                .noneMatch(text -> text.contains("Putin"));
        // "Amerika Utara" is a continent, "Eropa" no country: US comes from "Amerika Serikat" and "AS" only
        assertThat(counts(entities).get("US")).isEqualTo(3);
        assertThat(counts(entities)).doesNotContainKey("KR");
        System.out.println("kontan sample: " + entities);
    }

    @Test
    void surnamesResolveToTheFullNameUsedInTheArticle() {
        ArticleEntities entities = extractor.extract("", kontan);

        PersonMention rutte = person(entities, "Mark Rutte");
        assertThat(rutte.mentions()).extracting(Span::text).contains("Mark Rutte", "Rutte");
        assertThat(rutte.mentions()).hasSizeGreaterThanOrEqualTo(5);
        assertThat(entities.personNames()).doesNotContain("Rutte", "Trump", "Macron");
        assertThat(person(entities, "Donald Trump").mentions()).hasSizeGreaterThanOrEqualTo(5);
    }

    @Test
    void offsetsPointAtTheTextInTheBodyAsGiven() {
        ArticleEntities entities = extractor.extract("", kontan);

        for (PersonMention person : entities.persons()) {
            for (Span span : person.mentions()) {
                assertThat(kontan.substring(span.start(), span.end())).isEqualTo(span.text());
            }
        }
        Span first = person(entities, "Mark Rutte").mentions().get(0);
        assertThat(kontan.indexOf("Mark Rutte")).isEqualTo(first.start());
    }

    @Test
    void offsetsSurviveMarkupAndPromoLines() {
        String body = "<p>Presiden Prancis, Emmanuel Macron, tiba di Berlin.</p>\nBaca Juga: Putin marah\n"
                + "&quot;Kami siap,&quot; kata Macron.";

        ArticleEntities entities = extractor.extract("", body);

        PersonMention macron = person(entities, "Emmanuel Macron");
        assertThat(macron.mentions()).extracting(Span::text).containsExactly("Emmanuel Macron", "Macron");
        for (Span span : macron.mentions()) {
            assertThat(body.substring(span.start(), span.end())).isEqualTo(span.text());
        }
        assertThat(entities.personNames()).noneMatch(name -> name.contains("Putin"));
    }

    @Test
    void quotesMisDecodedFromUtf8DoNotStickToNames() {
        // CLICK-ID writes a fifth of its quotes as UTF-8 read back as Mac OS Roman: “ became ‚Äú
        String body = readAsMacRoman("Presiden Prancis, Emmanuel Macron, tiba di Berlin. “Ini bukan urusan kami,” kata Macron.");
        assertThat(body).contains("‚ÄúIni");

        ArticleEntities entities = extractor.extract("", body);

        assertThat(entities.personNames()).containsExactly("Emmanuel Macron");
        for (Span span : person(entities, "Emmanuel Macron").mentions()) {
            assertThat(body.substring(span.start(), span.end())).isEqualTo(span.text());
        }
    }

    @Test
    void noBreakSpacesMisDecodedFromUtf8NameThePersonAsWritten() {
        // CLICK-ID holds 17,000 no-break spaces read back so: "Anies Baswedan" as "Anies¬†Baswedan"
        String body = readAsMacRoman("Gubernur DKI Jakarta Anies\u00A0Baswedan meninjau banjir. Kata Mark O’Neill, air surut.");
        assertThat(body).contains("Anies¬†Baswedan");

        ArticleEntities entities = extractor.extract("", body);

        assertThat(entities.personNames()).contains("Anies Baswedan", "Mark O’Neill");
        for (Span span : person(entities, "Anies Baswedan").mentions()) {
            assertThat(body.substring(span.start(), span.end())).isEqualTo(span.text()).isEqualTo("Anies¬†Baswedan");
        }
    }

    /** The text as a reader that took UTF-8 for Mac OS Roman shows it. */
    private static String readAsMacRoman(String text) {
        return new String(text.getBytes(java.nio.charset.StandardCharsets.UTF_8), java.nio.charset.Charset.forName("x-MacRoman"));
    }

    @Test
    void aHeadlineInTitleCaseDoesNotHideItsCountryInAnOrganisationRunOn() {
        String body = "Kapal itu terlihat di perairan utara pada Senin pagi, kata petugas.";
        assertThat(extractor.extract("Kapal China Masuk Natuna", body).countries()).extracting(CountryMention::code).contains("CN");
        assertThat(extractor.extract("Utusan Presiden China Senang Bisa Bertemu Presiden Jokowi", body).countries())
                .extracting(CountryMention::code).contains("CN");
        assertThat(extractor.extract("Bank Indonesia Naikkan Suku Bunga", body).countries())
                .as("a country inside an organisation's name still does not count").isEmpty();
    }

    @Test
    void aHeadlineInTitleCaseDoesNotRunANameOnIntoItsVerb() {
        String title = "Fadli Zon Nilai Tri Susanti Tak Bersalah";
        String body = "Wakil Ketua DPR Fadli Zon menilai Tri Susanti tidak bersalah. \"Dia hanya menyampaikan pendapat,\" "
                + "kata Fadli di Jakarta, Senin.";

        List<String> persons = extractor.extract(title, body).persons().stream().map(PersonMention::name).toList();

        assertThat(persons).contains("Fadli Zon", "Tri Susanti").noneMatch(name -> name.contains("Nilai") || name.contains("Tak"));

        // "jadi" and "undang" are capitalised at times ("Undang-Undang"), but in no person's name
        List<String> actress = extractor.extract("Lantaran Perannya di Film, Della Dartyan Jadi Lebih Relate dengan Zodiak Sagitarius",
                "Zodiak memang hanya sebagai tolak ukur untuk mengenal kepribadian seseorang. Perempuan yang lahir pada"
                        + " 15 Desember 1989 ini punya zodiak Sagitarius. Jika berada di lingkungan baru, ia mengaku lebih"
                        + " introvert. \"Aku kalau belum kenal introvert, kalau udah, ekstrovert,\" ucap Della Dartyan di"
                        + " kawasan Cilandak, Jakarta Selatan.").persons().stream()
                .map(PersonMention::name).toList();
        assertThat(actress).containsExactly("Della Dartyan");
    }

    @Test
    void streetsBuildingsAndDaysNamedLikePersonsAreNoPersons() {
        String body = "Kemacetan panjang terjadi di kawasan Tendean dan Jalan Ahmad Yani, kata Kapolres Budi Santoso. "
                + "Seorang korban dibawa ke rumah sakit Gatot Subroto pada Ahad malam.";

        assertThat(extractor.extract("", body).persons()).extracting(PersonMention::name).containsExactly("Budi Santoso");
    }

    @Test
    void rolesRanksAndProvincesBeforeANameAreNotPartOfIt() {
        String body = "Kabid Humas Polda Sulsel Kombes Pol Dicky Sondani mengatakan pelaku sudah ditahan. "
                + "\"Pemeriksaan intensif terus kami lakukan,\" kata Kasat Reskrim Polres Karawang AKP Bimantoro Kurniawan. "
                + "Juru Bicara KPK mengatakan pimpinan masih sah. Staf Ahli Kastaf Kepresidenan hadir.";

        List<String> persons = extractor.extract("", body).persons().stream().map(PersonMention::name).toList();

        assertThat(persons).contains("Dicky Sondani", "Bimantoro Kurniawan")
                .noneMatch(name -> name.startsWith("AKP") || name.startsWith("Pol") || name.contains("Juru")
                        || name.contains("Ahli") || name.contains("Bicara"));
    }

    @Test
    void ranksSpelledOutAndPoliceUnitsAreNoPartOfAName() {
        String body = "Kepala Satuan Reserse Kriminal Polres Metro Jakarta Timur, Ajun Komisaris Besar Heri Purnomo belum "
                + "bisa memastikan identitas pria tersebut. Ajun Inspektur Satu Wayan Putu ikut memeriksa lokasi. "
                + "\"Kami masih menyelidiki,\" ungkap Panit I Subdit Jatanras Ditreskrimum Polda Metro Jaya. "
                + "Kasus itu kini ditangani Reskrimsus. Pengembang juga membangun Arumaya Residence di Jakarta Selatan.";

        List<String> persons = extractor.extract("", body).persons().stream().map(PersonMention::name).toList();

        assertThat(persons).contains("Heri Purnomo", "Wayan Putu")
                .noneMatch(name -> name.contains("Ajun") || name.contains("Jatanras") || name.contains("Reskrimsus")
                        || name.contains("Residence"));
    }

    @Test
    void aPublicFigureNamedByANicknameIsStoredUnderTheCanonicalName() {
        String body = "Presiden Joko Widodo meresmikan jalan tol di Semarang. \"Kami bangga,\" kata Jokowi.";

        ArticleEntities entities = extractor.extract("", body);

        assertThat(entities.personNames()).containsExactly("Joko Widodo");
        assertThat(person(entities, "Joko Widodo").mentions()).extracting(Span::text).containsExactly("Joko Widodo", "Jokowi");

        ArticleEntities nicknameOnly = extractor.extract("", "Jokowi meresmikan jalan tol di Semarang, kata Jokowi.");
        assertThat(nicknameOnly.personNames()).containsExactly("Joko Widodo");
    }

    @Test
    @DisplayName("nicknames news uses for public figures are stored under their canonical names")
    void nicknamesNewsUsesAreStoredUnderCanonicalNames() {
        ArticleEntities entities = extractor.extract("", "Wakil Presiden terpilih KH Ma'ruf Amin menghadiri Rapat Pleno. "
                + "Dan hubungan Pak Harto dengan keluarga saya semakin dekat. Budi atau akrab disapa Buwas mendorong KPK. "
                + "Ketua Umum DPP PKB Abdul Muhaimin Iskandar (Cak Imin) mengucapkan belasungkawa. Kisah Bung Karno di Blitar.");

        assertThat(entities.personNames()).contains("Ma'ruf Amin", "Soeharto", "Budi Waseso", "Muhaimin Iskandar", "Soekarno")
                .doesNotContain("KH Ma'ruf Amin", "Harto", "Buwas", "Karno", "Abdul Muhaimin Iskandar");
    }

    @Test
    @DisplayName("an election ticket written with a hyphen and no spaces is two persons, each with the ticket as its mention")
    void anElectionTicketWrittenWithAHyphenIsTwoPersons() {
        ArticleEntities entities = extractor.extract("", "Imam menjadi menteri kedua pada era pemerintah Joko Widodo-Jusuf Kalla "
                + "yang terseret kasus korupsi. Komisi Pemilihan Umum (KPU) telah menetapkan Jokowi-Ma'ruf sebagai Capres dan "
                + "Cawapres terpilih. Pelantikan Joko Widodo-Ma'ruf Amin sebagai presiden dan wakil presiden digelar Oktober.");

        assertThat(entities.personNames()).contains("Joko Widodo", "Jusuf Kalla", "Ma'ruf Amin").noneMatch(name -> name.contains("-"));
        assertThat(person(entities, "Joko Widodo").mentions()).extracting(Span::text)
                .containsExactly("Joko Widodo-Jusuf Kalla", "Jokowi-Ma'ruf", "Joko Widodo-Ma'ruf Amin");
        assertThat(person(entities, "Jusuf Kalla").mentions()).extracting(Span::text).containsExactly("Joko Widodo-Jusuf Kalla");
        assertThat(person(entities, "Ma'ruf Amin").mentions()).extracting(Span::text)
                .containsExactly("Jokowi-Ma'ruf", "Joko Widodo-Ma'ruf Amin");
    }

    @Test
    @DisplayName("hyphenated names of one person and the airport Soekarno-Hatta stay whole")
    void hyphenatedNamesOfOnePersonStayWhole() {
        assertThat(EntityExtractor.withTicketsSplit(new Tokenizer(false).tokenize(
                "Pemimpin Korea Utara Kim Jong-un bertemu Yoon Eun-Hye dan Pierre-Emerick Aubameyang di Bandara Soekarno-Hatta")))
                .extracting(Token::text).contains("Jong-un", "Eun-Hye", "Pierre-Emerick", "Soekarno-Hatta");
        assertThat(extractor.extract("", "Pemimpin Korea Utara Kim Jong-un bertemu Trump.").personNames()).contains("Kim Jong-un");
    }

    @Test
    void aSurnameInTheTitleResolvesToTheFullNameInTheBody() {
        ArticleEntities entities = extractor.extract("Rutte Peringatkan Eropa",
                "Sekretaris Jenderal NATO, Mark Rutte, memperingatkan Eropa. Rutte meminta anggaran naik.");

        assertThat(entities.personNames()).containsExactly("Mark Rutte");
        assertThat(person(entities, "Mark Rutte").mentions()).extracting(Span::text).containsExactly("Mark Rutte", "Rutte");
    }

    @Test
    void aPersonNamedOnlyInTheTitleIsLeftOut() {
        ArticleEntities entities = extractor.extract("Lewat Seni Anak Akan Tampil Percaya Diri Hingga Dewasa",
                "Seni membantu anak berkembang, kata Lilie Kurniawan.");

        assertThat(entities.personNames()).containsExactly("Lilie Kurniawan");
    }

    @Test
    void countsEveryMentionUnderAnyAliasIncludingTheTitle() {
        ArticleEntities entities = extractor.extract("Rusia Kirim Pasukan",
                "Moskow mengumumkan langkah itu. Kremlin menyebut Rusia tidak akan mundur. Pemerintah AS menolak.");

        assertThat(counts(entities)).containsEntry("RU", 4).containsEntry("US", 1).hasSize(2);
        assertThat(entities.countries().get(0)).isEqualTo(new CountryMention("RU", "Rusia", 4));
    }

    @Test
    @DisplayName("a country the name finder takes for a person is a country (clickid-008115), and Kosovo is no person")
    void aCountryTakenForAPersonIsACountry() {
        ArticleEntities entities = extractor.extract("", "Pada laga tersebut, James mencetak gol tunggal kemenangan Wales atas "
                + "Belarusia pada menit ke-17. Sementara itu, Mariana Utara hanya bisa mengukir satu gol melalui Jim Kurt Maniago. "
                + "Hanya empat menit berselang, Kosovo kembali mencetak gol, kali ini lewat eksekusi penalti.");

        assertThat(entities.personNames()).doesNotContain("Belarusia", "Mariana Utara", "Kosovo");
        assertThat(entities.countryCodes()).contains("BY", "MP");
    }

    @Test
    void aPersonsNameIsNotACountry() {
        ArticleEntities entities = extractor.extract("",
                "Legenda basket Michael Jordan mengunjungi Jakarta. Jordan mengatakan ia senang.");

        assertThat(entities.countryCodes()).doesNotContain("JO");
    }

    @Test
    void countriesInsideOrganisationNamesDoNotCountButStateBodiesDo() {
        ArticleEntities entities = extractor.extract("",
                "Ia kuliah di Universitas Indonesia. Kementerian Luar Negeri Rusia membantah laporan itu.");

        assertThat(entities.countryCodes()).contains("RU");
    }

    @Test
    void aCountryInsideANameThatAnAcronymSpellsOutDoesNotCount() {
        assertThat(extractor.extract("", "perhelatan indonesia fashion week ( ifw ) 2018 digelar pekan depan .")
                .countryCodes()).isEmpty();
        assertThat(extractor.extract("", "Ia lulus dari Universitas Islam Indonesia (UII) tahun lalu.")
                .countryCodes()).isEmpty();
        // the country's own short name and a state body still count
        assertThat(extractor.extract("", "Pemerintah Amerika Serikat (AS) menolak usul itu.").countryCodes())
                .containsExactly("US");
        assertThat(extractor.extract("", "Konsulat Jenderal Republik Indonesia (KJRI) di Jeddah membuka posko.")
                .countryCodes()).contains("ID");
    }

    @Test
    void speechVerbsAndHonorificsMarkPersons() {
        ArticleEntities entities = extractor.extract("",
                "Harga beras naik lagi pekan ini, ujar Sutarmidji kepada wartawan. Pak Bambang setuju.");

        assertThat(entities.personNames()).contains("Sutarmidji");
        assertThat(entities.personNames()).anyMatch(name -> name.endsWith("Bambang"));
    }

    @Test
    void textWhollyInLowerCaseStillYieldsCountriesAndPersons() {
        ArticleEntities entities = extractor.extract("",
                "presiden amerika serikat bertemu presiden rusia di helsinki . menurut menteri keuangan "
                        + "sri mulyani indrawati , inflasi terkendali .");

        assertThat(entities.countryCodes()).contains("US", "RU");
        // a public figure the alias list knows takes its written form, so it counts with the cased articles
        assertThat(entities.personNames()).containsExactly("Sri Mulyani Indrawati");
    }

    @Test
    void emptyInputGivesNoEntities() {
        assertThat(extractor.extract(null, null)).isEqualTo(ArticleEntities.NONE);
        assertThat(extractor.extract("", "  \n ")).isEqualTo(ArticleEntities.NONE);
    }

    @Test
    void oneInstanceServesTwoThreads() throws Exception {
        ArticleEntities expected = extractor.extract("", kontan);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<ArticleEntities>> results = new java.util.ArrayList<>();
            for (int i = 0; i < 20; i++) {
                results.add(pool.submit(() -> extractor.extract("", kontan)));
            }
            for (Future<ArticleEntities> result : results) {
                assertThat(result.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void personNamesLeaveRolesOutAndKeepTheirInnerParts() {
        ArticleEntities entities = extractor.extract("", "Presiden Joko Widodo bertemu Presiden Abdel Fattah al-Sisi di Kairo."
                + " Buku karya Stephen R. Covey dibahas oleh Emily D Parker.");
        assertThat(entities.persons()).extracting(PersonMention::name)
                .contains("Joko Widodo", "Abdel Fattah al-Sisi", "Stephen R. Covey", "Emily D Parker")
                .doesNotContain("Presiden Joko Widodo");
    }
}
