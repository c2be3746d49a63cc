package id.warta.extract;

import id.warta.article.PersonMention;
import id.warta.article.Span;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PersonResolverTest {

    private static List<PersonMention> resolve(String body, String... names) {
        List<Token> tokens = new Tokenizer(false).tokenize(body);
        boolean[] taken = new boolean[tokens.size()];
        List<PersonResolver.Found> found = new ArrayList<>();
        int from = 0;
        for (String name : names) {
            int start = body.indexOf(name, from);
            found.add(new PersonResolver.Found(start, start + name.length(), name, false));
            for (int i = 0; i < tokens.size(); i++) {
                if (tokens.get(i).start() >= start && tokens.get(i).end() <= start + name.length()) {
                    taken[i] = true;
                }
            }
            from = start + name.length();
        }
        return PersonResolver.resolve(body, tokens, found, taken);
    }

    @Test
    void aSurnameResolvesToTheOnlyFullNameThatEndsWithIt() {
        List<PersonMention> persons = resolve("Mark Rutte tiba. Rutte berkata.", "Mark Rutte", "Rutte");

        assertThat(persons).hasSize(1);
        assertThat(persons.get(0).name()).isEqualTo("Mark Rutte");
        assertThat(persons.get(0).mentions()).extracting(Span::text).containsExactly("Mark Rutte", "Rutte");
    }

    @Test
    @DisplayName("a surname is also the last word of a name without its joined Arabic article: 'Assad' is Bashar al-Assad")
    void aSurnameWithoutItsJoinedArticle() {
        List<PersonMention> persons = resolve("Bashar al-Assad tiba di Moskow. Assad berterima kasih. Kemudian Assad pulang.",
                "Bashar al-Assad", "Assad");

        assertThat(persons).extracting(PersonMention::name).containsExactly("Bashar al-Assad");
        assertThat(persons.get(0).mentions()).extracting(Span::text).containsExactly("Bashar al-Assad", "Assad", "Assad");
    }

    @Test
    void missedSurnamesAreAdded() {
        List<PersonMention> persons = resolve("Mark Rutte tiba. Kemudian Rutte berkata.", "Mark Rutte");

        assertThat(persons.get(0).mentions()).extracting(Span::start).containsExactly(0, 26);
    }

    @Test
    void anAmbiguousShortNameStaysAsItIs() {
        List<PersonMention> persons = resolve("Joko Widodo dan Joko Anwar bertemu. Joko tertawa.",
                "Joko Widodo", "Joko Anwar", "Joko");

        assertThat(persons).extracting(PersonMention::name).containsExactly("Joko Widodo", "Joko Anwar", "Joko");
    }

    @Test
    void aNicknameIsStoredUnderTheCanonicalNameButClaimsNoLooseSurnameOfIt() {
        // "AHY" is Agus Harimurti Yudhoyono; the loose "Yudhoyono" (here his father) is not his
        List<PersonMention> persons = resolve("AHY hadir. Kata Yudhoyono, partai siap. AHY tertawa.", "AHY", "AHY");

        assertThat(persons).extracting(PersonMention::name).containsExactly("Agus Harimurti Yudhoyono");
        assertThat(persons.get(0).mentions()).extracting(Span::text).containsExactly("AHY", "AHY");
    }

    @Test
    void twoWrittenFormsOfOnePublicFigureAreNoTieForTheShortName() {
        List<PersonMention> persons = resolve("BJ Habibie wafat. B.J. Habibie dikenang. Habibie berjasa.",
                "BJ Habibie", "B.J. Habibie", "Habibie");

        assertThat(persons).extracting(PersonMention::name).containsExactly("Bacharuddin Jusuf Habibie");
        assertThat(persons.get(0).mentions()).extracting(Span::text).containsExactly("BJ Habibie", "B.J. Habibie", "Habibie");
        assertThat(resolve("Baharuddin Jusuf Habibie wafat.", "Baharuddin Jusuf Habibie")).as("a misspelling news often uses")
                .extracting(PersonMention::name).containsExactly("Bacharuddin Jusuf Habibie");
    }

    @Test
    @DisplayName("a surname goes to the public figure, not to the father named in full (clickid-013129)")
    void aSurnameGoesToThePublicFigureNotToHisFather() {
        List<PersonMention> persons = resolve("BJ Habibie kepergiannya diratapi publik Indonesia. Ayahnya, Alwi Abdul Jalil "
                        + "Habibie, adalah seorang pejabat pertanian pemerintah. Habibie pernah studi di Institut Teknologi Bandung. "
                        + "Ibunya, RA. Tuti Marini Habibie, m",
                "BJ Habibie", "Alwi Abdul Jalil Habibie", "Habibie", "Tuti Marini Habibie");

        assertThat(persons).extracting(PersonMention::name)
                .containsExactly("Bacharuddin Jusuf Habibie", "Alwi Abdul Jalil Habibie", "Tuti Marini Habibie");
        assertThat(persons.get(0).mentions()).extracting(Span::text).containsExactly("BJ Habibie", "Habibie");
    }

    @Test
    @DisplayName("a surname goes to the public figure, not to the son named in full (clickid-009195)")
    void aSurnameGoesToThePublicFigureNotToHisSon() {
        List<PersonMention> persons = resolve("ujar putra kedua BJ Habibie, Thareq Kemal Habibie di RSPAD. Thareq meminta semua "
                        + "pihak untuk menghormati Habibie yang tengah membutuhkan perawatan.",
                "BJ Habibie", "Thareq Kemal Habibie", "Thareq", "Habibie");

        assertThat(persons).extracting(PersonMention::name).containsExactly("Bacharuddin Jusuf Habibie", "Thareq Kemal Habibie");
        assertThat(persons.get(0).mentions()).extracting(Span::text).containsExactly("BJ Habibie", "Habibie");
        assertThat(persons.get(1).mentions()).extracting(Span::text).containsExactly("Thareq Kemal Habibie", "Thareq");
    }

    @Test
    @DisplayName("a public figure's full name is not his wife's name that holds it (clickid-007716)")
    void aPublicFiguresNameIsNotHisWifesNameThatHoldsIt() {
        List<PersonMention> persons = resolve("Presiden Joko Widodo (Jokowi) bersama ibu negara Iriana Joko Widodo menyambangi "
                        + "RSPAD Gatot Subroto. Iriana tampak sedih.",
                "Joko Widodo", "Jokowi", "Iriana Joko Widodo", "Iriana");

        assertThat(persons).extracting(PersonMention::name).containsExactly("Joko Widodo", "Iriana Joko Widodo");
        assertThat(persons.get(0).mentions()).extracting(Span::text).containsExactly("Joko Widodo", "Jokowi");
        assertThat(persons.get(1).mentions()).extracting(Span::text).containsExactly("Iriana Joko Widodo", "Iriana");
    }

    @Test
    @DisplayName("the official full name of a known public figure is one of his names, not someone else holding it")
    void theOfficialFullNameOfAKnownFigureIsOneOfHisNames() {
        List<PersonMention> persons = resolve("Wakil Presiden Muhammad Jusuf Kalla hadir. Jusuf Kalla berkata.",
                "Muhammad Jusuf Kalla", "Jusuf Kalla");

        assertThat(persons).extracting(PersonMention::name).containsExactly("Jusuf Kalla");
        assertThat(persons.get(0).mentions()).extracting(Span::text).containsExactly("Muhammad Jusuf Kalla", "Jusuf Kalla");
    }

    @Test
    @DisplayName("a short name that two unknown longer names hold, neither holding the other, stays as it is")
    void aShortNameOfTwoUnrelatedLongerNamesStays() {
        List<PersonMention> persons = resolve("Ilham Akbar Habibie dan Thareq Kemal Habibie hadir. Habibie dikenang.",
                "Ilham Akbar Habibie", "Thareq Kemal Habibie", "Habibie");

        assertThat(persons).extracting(PersonMention::name).containsExactly("Ilham Akbar Habibie", "Thareq Kemal Habibie", "Habibie");
    }

    @Test
    @DisplayName("a name news shortens to the start of a word resolves to the full name: 'Alex' is Alexander Marwata (clickid-014986)")
    void aShortenedFirstNameResolvesToTheFullName() {
        List<PersonMention> persons = resolve("kata Wakil Ketua KPK Alexander Marwata di kantornya. Alex mengatakan KPK mendalami. "
                + "Menurut Dovi, balapan berat. Andrea Dovizioso finis ketiga.", "Alexander Marwata", "Alex", "Dovi", "Andrea Dovizioso");

        assertThat(persons).extracting(PersonMention::name).containsExactly("Alexander Marwata", "Andrea Dovizioso");
        assertThat(persons.get(0).mentions()).extracting(Span::text).containsExactly("Alexander Marwata", "Alex");
        assertThat(persons.get(1).mentions()).extracting(Span::text).containsExactly("Dovi", "Andrea Dovizioso");
    }

    @Test
    @DisplayName("a short name that begins words of two persons' names, a spelling or a hyphenated name stays as it is")
    void aShortenedNameThatLeavesDoubtStays() {
        assertThat(resolve("Alexander Marwata dan Alexis Sanchez hadir. Alex tertawa.", "Alexander Marwata", "Alexis Sanchez", "Alex"))
                .extracting(PersonMention::name).containsExactly("Alexander Marwata", "Alexis Sanchez", "Alex");
        assertThat(resolve("Marcell Januar Putra hadir. Marcel tertawa.", "Marcell Januar Putra", "Marcel"))
                .extracting(PersonMention::name).containsExactly("Marcell Januar Putra", "Marcel");
        assertThat(resolve("Jean-Pierre Papin hadir. Jean tertawa.", "Jean-Pierre Papin", "Jean"))
                .extracting(PersonMention::name).containsExactly("Jean-Pierre Papin", "Jean");
        assertThat(resolve("Alexander Marwata hadir. Al tertawa.", "Alexander Marwata", "Al"))
                .extracting(PersonMention::name).containsExactly("Alexander Marwata", "Al");
        assertThat(resolve("Jenderal Andika Perkasa hadir. Andi tertawa.", "Andika Perkasa", "Andi"))
                .as("a given name that is a whole name").extracting(PersonMention::name).containsExactly("Andika Perkasa", "Andi");
        assertThat(resolve("Menteri Sri Mulyani hadir. Kata Indra, APBN aman.", "Sri Mulyani", "Indra"))
                .as("nor does a full name the article never wrote").extracting(PersonMention::name)
                .containsExactly("Sri Mulyani Indrawati", "Indra");
    }

    @Test
    @DisplayName("a surname goes to the public figure an article names by a shorter known form: 'Indrawati' beside 'Sri Mulyani'")
    void aSurnameOfAFigureNamedByAShorterKnownForm() {
        List<PersonMention> persons = resolve("Menteri Keuangan Sri Mulyani hadir. Kata Indrawati, APBN aman.", "Sri Mulyani", "Indrawati");

        assertThat(persons).extracting(PersonMention::name).containsExactly("Sri Mulyani Indrawati");
        assertThat(persons.get(0).mentions()).extracting(Span::text).containsExactly("Sri Mulyani", "Indrawati");
        assertThat(resolve("Jokowi hadir. Kata Widodo, semua aman.", "Jokowi", "Widodo"))
                .as("a nickname that is no run of the full name claims no loose name")
                .extracting(PersonMention::name).containsExactly("Joko Widodo", "Widodo");
    }

    @Test
    void namesAreNormalisedAcrossUnicodeSpaces() {
        assertThat(PersonResolver.normalise("Anies\u00A0 Baswedan")).isEqualTo("Anies Baswedan");
        assertThat(PersonResolver.normalise("Anies\u200BBaswedan")).as("a zero-width space, where the tokenizer splits")
                .isEqualTo("Anies Baswedan");
        assertThat(PersonResolver.normalise("Gerard 't Hooft")).isEqualTo("Gerard 't Hooft");
    }

    @Test
    void namesAreNormalised() {
        assertThat(PersonResolver.normalise(" Mark  Rutte, ")).isEqualTo("Mark Rutte");
        assertThat(PersonResolver.normalise("Jokowi-nya")).isEqualTo("Jokowi");
    }

    @org.junit.jupiter.api.Test
    @org.junit.jupiter.api.DisplayName("mis-decoded punctuation is no name; names with accents or short parts are")
    void plausibleNames() {
        org.assertj.core.api.Assertions.assertThat(PersonResolver.looksLikeAName("Äù")).isFalse();
        org.assertj.core.api.Assertions.assertThat(PersonResolver.looksLikeAName("Äù Äù")).isFalse();
        org.assertj.core.api.Assertions.assertThat(PersonResolver.looksLikeAName("Xi Jinping")).isTrue();
        org.assertj.core.api.Assertions.assertThat(PersonResolver.looksLikeAName("Émile Zola")).isTrue();
        org.assertj.core.api.Assertions.assertThat(PersonResolver.looksLikeAName("BJ Habibie")).isTrue();
    }
}
