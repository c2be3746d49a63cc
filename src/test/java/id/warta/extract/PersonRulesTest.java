package id.warta.extract;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PersonRulesTest {

    private static List<String> persons(String sentence, NameSpan... found) {
        String[] tokens = sentence.split(" ");
        boolean[] country = new boolean[tokens.length];
        // the country names the extractor's gazetteer would mark in these sentences
        for (String name : List.of("Ukraina", "Rusia", "Prancis", "Gedung Putih")) {
            String[] words = name.split(" ");
            for (int i = 0; i + words.length <= tokens.length; i++) {
                if (java.util.Arrays.equals(tokens, i, i + words.length, words, 0, words.length)) {
                    java.util.Arrays.fill(country, i, i + words.length, true);
                }
            }
        }
        return PersonRules.apply(tokens, country, List.of(found)).stream()
                .filter(NameSpan::isPerson)
                .map(s -> String.join(" ", java.util.Arrays.copyOfRange(tokens, s.first(), s.end())))
                .toList();
    }

    private static NameSpan person(int first, int end) {
        return new NameSpan(first, end, NerCorpus.PERSON);
    }

    @Test
    void aCommonWordOpeningTheSentenceIsNoPerson() {
        assertThat(persons("Demi mendalami perannya , Randy rela", person(0, 1), person(4, 5))).containsExactly("Randy");
        assertThat(persons(", Demi tampil maksimal", person(1, 2))).as("after a stray comma too").isEmpty();
        // a name opening the sentence stays, and so does the word as a name elsewhere or before a capital
        assertThat(persons("Randy mengaku lelah", person(0, 1))).containsExactly("Randy");
        assertThat(persons("kata Demi kepada wartawan", person(1, 2))).containsExactly("Demi");
        assertThat(persons("Demi Lovato bernyanyi", person(0, 2))).containsExactly("Demi Lovato");
        assertThat(persons("Keenam tersangka ditahan", person(0, 1))).isEmpty();
        assertThat(persons("Alhasil , mereka kalah", person(0, 1))).as("a connective, whatever follows").isEmpty();
        assertThat(persons("Bunga mengatakan tidak tahu", person(0, 1))).as("before a speech verb").containsExactly("Bunga");
    }

    @Test
    void aProvinceAloneIsNoPerson() {
        assertThat(persons("Gubernur Sumut menolak", person(1, 2))).isEmpty();
        assertThat(persons("liburan ke Bali bersama", person(2, 3))).isEmpty();
    }

    @Test
    @DisplayName("a results table's nationality code and team come off a rider's name: 'Andrea Dovizioso ITA Ducati'")
    void aNationalityCodeAndWhatFollowsComeOffTheName() {
        assertThat(persons("3 Andrea Dovizioso ITA Ducati 25,3", person(1, 5))).containsExactly("Andrea Dovizioso");
        assertThat(persons("5 Jack Miller AUS Pramac Ducati", person(1, 6))).containsExactly("Jack Miller");
        assertThat(persons("8 Alex Rins SPA Suzuki Ecstar", person(1, 6))).containsExactly("Alex Rins");
        assertThat(persons("kata Mahfud MD kepada wartawan", person(1, 3))).as("two capitals are part of the name")
                .containsExactly("Mahfud MD");
        assertThat(persons("vokalis Jerinx SID menyanyi", person(1, 3))).as("a band is no nationality")
                .containsExactly("Jerinx SID");
    }

    @Test
    void ministersShortTitlesAndRanksWrittenOutComeOffTheName() {
        assertThat(persons("kata Menhub Budi Karya Sumadi", person(1, 5))).containsExactly("Budi Karya Sumadi");
        assertThat(persons("ujar Menag Lukman Hakim Saifuddin", person(1, 5))).containsExactly("Lukman Hakim Saifuddin");
        assertThat(persons("Menperin menyebut", person(0, 1))).isEmpty();
        assertThat(persons("kata Ajun Komisaris Besar Heri Purnomo", person(1, 6))).containsExactly("Heri Purnomo");
        assertThat(persons("oleh Ajun Inspektur Satu Wayan Putu", person(1, 6))).containsExactly("Wayan Putu");
        // a grade ends only a rank written out: after another role "Dua" is not taken off a name ("Lipa")
        assertThat(persons("lagu Penyanyi Dua Lipa", person(1, 4))).doesNotContain("Lipa");
    }

    @Test
    void unitsCommitteesPartiesAndBuildingsAreNoPersons() {
        assertThat(persons("dibawa ke Mako Brimob Srondol", person(2, 5))).as("a police unit").isEmpty();
        assertThat(persons("ungkap Panit I Subdit Jatanras kemarin", person(1, 5))).as("a police unit").isEmpty();
        assertThat(persons("rapat Pansus DPR", person(1, 2))).as("a special committee").isEmpty();
        assertThat(persons("kader Partai NasDem hadir", person(2, 3))).as("a party").isEmpty();
        assertThat(persons("tuan rumah UIN Maliki Malang", person(2, 4))).as("a university").isEmpty();
        assertThat(persons("membangun Arumaya Residence di", person(1, 3))).as("a building").isEmpty();
    }

    @Test
    @DisplayName("a name after a place head and its acronym in brackets is the place's (clickid-006811)")
    void aNameAfterAPlaceHeadAndItsAcronymInBracketsIsNoPerson() {
        assertThat(persons("di Rumah Sakit Pusat Angkatan Darat ( RSPAD ) Gatot Soebroto , Jakarta Pusat", person(8, 10)))
                .isEmpty();
        assertThat(persons("dirawat di Rumah Sakit ( RS ) Gatot Subroto kemarin", person(6, 8))).isEmpty();
        assertThat(persons("Kepala Badan Pengatur Jalan Tol ( BPJT ) Danang Parikesit mengatakan", person(8, 10)))
                .as("after an organisation's acronym the name is a person's").containsExactly("Danang Parikesit");
    }

    @Test
    @DisplayName("a name that ends a place's name spelled out is the place's: hospitals and streets named after persons")
    void aNameEndingAPlaceNameSpelledOutIsNoPerson() {
        assertThat(persons("dirawat di Rumah Sakit Pusat Angkatan Darat Gatot Subroto sejak", person(7, 9))).isEmpty();
        assertThat(persons("mobil itu diparkir di Jalan Jenderal Ahmad Yani kemarin", person(6, 8))).isEmpty();
        assertThat(persons("kata Direktur Angkutan Jalan Kementerian Perhubungan Ahmad Yani kemarin", person(6, 8)))
                .as("a run that a role begins names the person").containsExactly("Ahmad Yani");
        assertThat(persons("ditemui di Gedung DPR Fahri Hamzah mengatakan", person(4, 6)))
                .as("an organisation's name between the head and the name").containsExactly("Fahri Hamzah");
        assertThat(persons("kata juru bicara Gedung Putih Judd Deere kemarin", person(5, 7)))
                .as("a role before the place: its spokesman").containsExactly("Judd Deere");
        assertThat(persons("berbicara di Gedung Putih Donald Trump mengatakan", person(4, 6)))
                .as("a place that stands for a country").containsExactly("Donald Trump");
        assertThat(persons("Menteri Pekerjaan Umum dan Perumahan Rakyat Basuki Hadimuljono hadir", person(6, 8)))
                .as("a ministry's name, not a housing estate's").containsExactly("Basuki Hadimuljono");
    }

    @Test
    @DisplayName("a common word opening a paragraph that an archive joined with a comma, or an ordinal opening a list's point, is no person (CLICK-ID)")
    void commonWordsOpeningFlattenedParagraphsAreNoPersons() {
        assertThat(persons("saluran air juga kotor . , Demi menghentikan bau", person(6, 7))).isEmpty();
        assertThat(persons("secara gratis . , Keenam , menerbitkan SK", person(4, 5))).isEmpty();
        assertThat(persons("secara gratis . , Bunga mengatakan hal itu", person(4, 5)))
                .as("before a speech verb it is a name").containsExactly("Bunga");
        assertThat(persons("pergi bersama Demi ke pesta", person(2, 3))).as("inside a sentence").containsExactly("Demi");
    }

    @Test
    void pronounsAndAcronymsAreNoPersonsAlone() {
        assertThat(persons("Secara tegas Ia bertanya", person(2, 3))).isEmpty();
        assertThat(persons("mengurangi paparan AC membantu", person(2, 3))).isEmpty();
        assertThat(persons("menurut WHO , kasus naik", person(1, 2))).isEmpty();
        // other names of a person in capitals stay; so do capitals inside a longer name
        assertThat(persons("kata SBY kepada wartawan", person(1, 2))).containsExactly("SBY");
        assertThat(persons("kata JOKO WIDODO kepada wartawan", person(1, 3))).containsExactly("JOKO WIDODO");
        // a person's initials, as police news gives them
        assertThat(persons("korban , ZU ( 20 ) , dianiaya", person(2, 3))).containsExactly("ZU");
        assertThat(persons("polisi menetapkan tersangka berinisial RIA sebagai", person(4, 5))).containsExactly("RIA");
        assertThat(persons("hakim memvonis terdakwa ABS hari ini", person(3, 4))).containsExactly("ABS");
    }

    @Test
    void bracketsSemicolonsAndColonsEndANameTheModelRanOn() {
        assertThat(persons("dalam drama itu Min Tae Ra ( Kim Ye Won ) bertemu", person(3, 10)))
                .containsExactly("Min Tae Ra", "Kim Ye Won");
        assertThat(persons("menurunkan Frenkie De Jong ; Luis Suarez di depan", person(1, 7)))
                .containsExactly("Frenkie De Jong", "Luis Suarez");
        assertThat(persons("Diego Simeone : Cristiano Ronaldo Pemain Hebat", person(0, 5)))
                .containsExactly("Diego Simeone", "Cristiano Ronaldo");
        assertThat(persons("foto ROSSENO AJI | MUHAMMAD RIZKI", person(1, 6))).containsExactly("ROSSENO AJI", "MUHAMMAD RIZKI");
    }

    @Test
    void severalInitialsInOneWordJoinTheName() {
        assertThat(persons("pakar agraria Maria S.W. Soemardjono .", person(2, 3), person(4, 5)))
                .containsExactly("Maria S.W. Soemardjono");
        assertThat(persons("mantan presiden George H.W. Bush datang", person(2, 3)))
                .containsExactly("George H.W. Bush");
        // a degree is no initials: the name ends before it
        assertThat(persons("pengacara Andi Wijaya S.H. Kemudian Budi datang", person(1, 3)))
                .containsExactly("Andi Wijaya");
        // one letter and a dot in one word ends a sentence as often as it abbreviates a name
        assertThat(persons("juara Serie A. Milito mencetak gol", person(3, 4))).containsExactly("Milito");
    }

    @Test
    void speechVerbBeforeAName() {
        assertThat(persons("\" Kami siap , \" kata Rutte kepada wartawan")).containsExactly("Rutte");
        assertThat(persons("Harga naik , ujar Sri Mulyani Indrawati .")).containsExactly("Sri Mulyani Indrawati");
    }

    @Test
    void honorificBeforeAName() {
        assertThat(persons("Pak Bambang setuju")).containsExactly("Bambang");
        // "ibu hamil" is a pregnant woman: news writes "hamil" in lower case
        assertThat(persons("Manfaat Pilates untuk Ibu Hamil")).isEmpty();
    }

    @Test
    void religiousAndFamiliarFormsOfAddressComeOffTheName() {
        assertThat(persons("anak dari Haji Ahmad , ulama", person(2, 4))).containsExactly("Ahmad");
        assertThat(persons("pesantren Kyai Hasyim Asyari di", person(1, 4))).containsExactly("Hasyim Asyari");
        assertThat(persons("rumah Mbah Maridjan di lereng", person(1, 3))).containsExactly("Maridjan");
        assertThat(persons("ceramah Ustadz Abdul Somad itu", person(1, 4))).containsExactly("Abdul Somad");
        // titles that are part of the name stay
        assertThat(persons("keraton Sultan Hamengku Buwono X hari", person(1, 5))).containsExactly("Sultan Hamengku Buwono X");
    }

    @Test
    @DisplayName("\"KH\", \"KH.\" and \"K.H.\" come off the name as \"Kiai\" and \"Haji\" do")
    void khComesOffTheName() {
        assertThat(persons("Wakil presiden terpilih KH Ma'ruf Amin sempat menggelar", person(3, 6))).containsExactly("Ma'ruf Amin");
        assertThat(persons("Wakil presiden terpilih KH . Ma'ruf Amin sempat", person(3, 7))).containsExactly("Ma'ruf Amin");
        assertThat(persons("pendiri NU K.H. Hasyim Asy'ari wafat", person(2, 5))).containsExactly("Hasyim Asy'ari");
    }

    @Test
    @DisplayName("a word before a name that makes with it a public figure's other name is taken in")
    void aWordThatMakesAPublicFiguresOtherNameIsTakenIn() {
        assertThat(persons("Kisah Bung Karno dan Makam Imam Bukhari", person(2, 3))).containsExactly("Bung Karno");
        assertThat(persons("Dan hubungan Pak Harto dengan keluarga saya", person(3, 4))).containsExactly("Pak Harto");
        assertThat(persons("Gubernur Jawa Barat Kang Emil meresmikan", person(4, 5))).containsExactly("Kang Emil");
        assertThat(persons("kata Pak Budi kepada wartawan", person(2, 3))).as("no public figure's name").containsExactly("Budi");
        assertThat(persons("di Stadion Utama Gelora Bung Karno ( SUGBK )", person(5, 6))).as("a stadium").isEmpty();
    }

    @Test
    void titleCommaFullNameComma() {
        assertThat(persons("Sekretaris Jenderal NATO , Mark Rutte , mengatakan")).containsExactly("Mark Rutte");
        // a single capitalised word after a title and a comma is too weak a sign
        assertThat(persons("Presiden Prancis , Macron , mengatakan")).isEmpty();
    }

    @Test
    void theModelsNamesAreTrimmedAndCleaned() {
        assertThat(persons("Amanda Vanstone Selasa dicoret", person(0, 3))).containsExactly("Amanda Vanstone");
        assertThat(persons("Ny Herawati Boediono hadir", person(0, 3))).containsExactly("Herawati Boediono");
        assertThat(persons("Ukraina mengatakan ,", person(0, 1))).isEmpty();
        assertThat(persons("Presiden mengatakan ,", person(0, 1))).isEmpty();
        assertThat(persons("\" kata Chief Executive Officer ( CEO )")).isEmpty();
        assertThat(persons("Prasetio Edi Marsudi hadir", person(0, 1), person(1, 3))).containsExactly("Prasetio Edi Marsudi");
        // a speech verb the model took in: "Rutte" alone, so that it resolves to "Mark Rutte"
        assertThat(persons("\" , lanjut Rutte .", person(2, 4))).containsExactly("Rutte");
        assertThat(persons("\" , kata prabowo subianto .", person(2, 5))).containsExactly("prabowo subianto");
    }

    @Test
    void aNamePartTheModelTookForAPlaceBelongsToThePersonAlone() {
        String[] tokens = "\" kata Abu Ali al-Basri , kepala direktorat".split(" ");
        List<NameSpan> spans = PersonRules.apply(tokens, new boolean[tokens.length],
                List.of(person(2, 4), new NameSpan(4, 5, NerCorpus.LOCATION)));
        assertThat(spans).containsExactly(person(2, 5));
    }

    @Test
    void rulesNeverOverrideTheModel() {
        NameSpan organization = new NameSpan(1, 3, NerCorpus.ORGANIZATION);
        assertThat(persons("kata Bank Mandiri", organization)).isEmpty();
        assertThat(persons("kata Rusia .")).isEmpty();
    }

    @Test
    void partsOfOneNameAreJoined() {
        // a particle between two parts, or between a name and the capitalised words after it
        assertThat(persons("anak Georg Ludwig von Trapp , seorang", person(1, 3), person(4, 5)))
                .containsExactly("Georg Ludwig von Trapp");
        assertThat(persons("pelatih Vicente del Bosque mengatakan", person(1, 2))).containsExactly("Vicente del Bosque");
        // an initial's dot and a hyphen written as tokens of their own
        assertThat(persons("karya Arifin C . Noer , sutradara", person(1, 3))).containsExactly("Arifin C . Noer");
        assertThat(persons("oleh Catherine Zeta - Jones .", person(1, 3))).containsExactly("Catherine Zeta - Jones");
        assertThat(persons("Berdych , Jo - Wilfried Tsonga dan", person(4, 6))).containsExactly("Jo - Wilfried Tsonga");
        // two names on both sides of a hyphen are a pair, not one name
        assertThat(persons("pasangan Irianto Syaifuddin - Tatang Hakim menang", person(1, 3), person(4, 6)))
                .containsExactly("Irianto Syaifuddin", "Tatang Hakim");
        // an initial without a dot, a Batak "br", a nickname in quotes, a particle joined by a hyphen
        assertThat(persons("kata Emily D Parker dari", person(1, 2), person(3, 4))).containsExactly("Emily D Parker");
        assertThat(persons("pasangan Dikdik M Arief Mansur menang", person(3, 5))).containsExactly("Dikdik M Arief Mansur");
        assertThat(persons("anak Angelia br Sitepu dan", person(1, 2))).containsExactly("Angelia br Sitepu");
        assertThat(persons("ayah bernama Timothy Joseph \" Big Russ \" Russert .", person(2, 4), person(8, 9)))
                .containsExactly("Timothy Joseph \" Big Russ \" Russert");
        assertThat(persons("dengan Presiden Abdel Fattah al-Sisi , juga", person(2, 4))).containsExactly("Abdel Fattah al-Sisi");
        // "Serie A . Milito": a sentence end, not an initial
        assertThat(persons("terakhir Serie A . Milito menyatakan", person(4, 5))).containsExactly("Milito");
        // "di" is Indonesian's "in", not a particle
        assertThat(persons("Joko Widodo di Solo", person(0, 2))).containsExactly("Joko Widodo");
    }

    @Test
    void placesAndOrganisationsAreNoPersons() {
        assertThat(persons("membentuk Nepean River , dan", person(1, 3))).isEmpty();
        assertThat(persons("kader Partai Golkar hadir", person(1, 3))).isEmpty();
        assertThat(persons("kader partai golkar hadir", person(1, 3))).isEmpty();
    }

    @Test
    void academicTitlesAreNotPartOfTheName() {
        assertThat(persons("Dekan Fakultas Pertanian UGM Dr. Jamhari .", person(3, 6))).containsExactly("Jamhari");
        assertThat(persons("Bersama Prof Sarbini Sumawinata , Daryatmo", person(1, 4))).containsExactly("Sarbini Sumawinata");
        assertThat(persons("Presiden Joko Widodo hadir", person(0, 3))).containsExactly("Joko Widodo");
    }

    @Test
    void aPairJoinedByAHyphenIsTwoPersons() {
        assertThat(persons("pasangan Ahmad Heryawan - Deddy Mizwar menang", person(1, 6)))
                .containsExactly("Ahmad Heryawan", "Deddy Mizwar");
        assertThat(persons("duet Prabowo - Hatta", person(1, 4))).containsExactly("Prabowo", "Hatta");
        assertThat(persons("era SBY - JK", person(1, 4))).containsExactly("SBY", "JK");
        // one name with a hyphen inside stays one
        assertThat(persons("aktris Catherine Zeta - Jones", person(1, 5))).containsExactly("Catherine Zeta - Jones");
        assertThat(persons("aktor Yoon Eun - Hye tampil", person(1, 5))).containsExactly("Yoon Eun - Hye");
        assertThat(persons("Abd al - Khaliq Tharwat hadir", person(0, 5))).containsExactly("Abd al - Khaliq Tharwat");
    }

    @Test
    void degreesAfterANameAreNotPartOfIt() {
        assertThat(persons("Fathul Anam SAg hadir", person(0, 3))).containsExactly("Fathul Anam");
        assertThat(persons("oleh Ildianto , S.Pd , pada", person(3, 4))).isEmpty();
        assertThat(persons("Mahfud MD hadir", person(0, 2))).containsExactly("Mahfud MD");
    }

    @Test
    void placesOrganisationsAndWorksAreNoPersons() {
        assertThat(persons("kata CEO Cyrus Network Hasan Nasbi kepada", person(2, 6))).containsExactly("Hasan Nasbi");
        assertThat(persons("milik Shamrock Holdings", person(1, 3))).isEmpty();
        assertThat(persons("PT Angkasa Pura II ( Persero ) .", person(5, 6))).isEmpty();
        assertThat(persons("Di Dusun Sendung terdapat", person(1, 3))).isEmpty();
    }
}
