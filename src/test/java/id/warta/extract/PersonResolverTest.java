package id.warta.extract;

import id.warta.article.PersonMention;
import id.warta.article.Span;
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
