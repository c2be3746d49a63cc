package id.warta.search;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class QuerySyntaxTest {

    private static QueryTerm word(String text) {
        return new QueryTerm(text, false, false, false);
    }

    private static QueryTerm phrase(String text) {
        return new QueryTerm(text, true, false, false);
    }

    @Test
    @DisplayName("words, phrases, OR, minus and title: parse as users mean them")
    void syntax() {
        ParsedQuery q = QuerySyntax.parse("banjir \"Jawa Tengah\" Semarang OR Solo -hoaks title:\"gempa bumi\" -title:foto");
        assertThat(q.required()).containsExactly(List.of(word("banjir")), List.of(phrase("Jawa Tengah")),
                List.of(word("Semarang"), word("Solo")), List.of(new QueryTerm("gempa bumi", true, true, false)));
        assertThat(q.excluded()).containsExactly(new QueryTerm("hoaks", false, false, true),
                new QueryTerm("foto", false, true, true));
    }

    @Test
    @DisplayName("AND and NOT mean what they mean in other search tools: 'Korut AND Rusia' requires both, 'Korut NOT Rusia' excludes Rusia")
    void andAndNot() {
        assertThat(QuerySyntax.parse("Korut AND Rusia")).isEqualTo(QuerySyntax.parse("Korut Rusia"));
        assertThat(QuerySyntax.parse("Korut NOT Rusia")).isEqualTo(QuerySyntax.parse("Korut -Rusia"));
        assertThat(QuerySyntax.parse("banjir NOT \"Jawa Tengah\" Semarang")).isEqualTo(QuerySyntax.parse("banjir -\"Jawa Tengah\" Semarang"));
        assertThat(QuerySyntax.parse("banjir NOT -hoaks NOT title:foto")).isEqualTo(QuerySyntax.parse("banjir -hoaks -title:foto"));
        assertThat(QuerySyntax.parse("jokowi OR anies AND prabowo")).isEqualTo(QuerySyntax.parse("jokowi OR anies prabowo"));
        assertThat(QuerySyntax.parse("AND banjir NOT").required()).containsExactly(List.of(word("banjir")));
        assertThat(QuerySyntax.parse("and not").required()).as("only in capitals: lower-case they are words")
                .containsExactly(List.of(word("and")), List.of(word("not")));
    }

    @Test
    @DisplayName("broken syntax degrades: unbalanced quotes run to the end, dangling OR and lone minus are ignored")
    void degradesGracefully() {
        assertThat(QuerySyntax.parse("\"harga beras").required()).containsExactly(List.of(phrase("harga beras")));
        assertThat(QuerySyntax.parse("OR beras OR").required()).containsExactly(List.of(word("beras")));
        assertThat(QuerySyntax.parse("- beras -").required()).containsExactly(List.of(word("beras")));
        assertThat(QuerySyntax.parse("title: beras").required()).containsExactly(List.of(word("beras")));
        assertThat(QuerySyntax.parse("\"\" !!! ( )").isEmpty()).isTrue();
        assertThat(QuerySyntax.parse(null).isEmpty()).isTrue();
        assertThat(QuerySyntax.parse("or").required()).as("only upper-case OR is an operator").containsExactly(List.of(word("or")));
    }

    @Test
    @DisplayName("no-break and other Unicode spaces separate words like a plain space")
    void unicodeSpacesSeparate() {
        ParsedQuery excluded = QuerySyntax.parse("banjir\u00A0-hoaks");
        assertThat(excluded.required()).containsExactly(List.of(word("banjir")));
        assertThat(excluded.excluded()).containsExactly(new QueryTerm("hoaks", false, false, true));
        assertThat(QuerySyntax.parse("beras\u00A0OR\u00A0rudal").required()).containsExactly(List.of(word("beras"), word("rudal")));
        assertThat(QuerySyntax.parse("harga\u202Fberas\u2007naik\u3000lagi\u2028x\tY\nz").required()).containsExactly(
                List.of(word("harga")), List.of(word("beras")), List.of(word("naik")), List.of(word("lagi")), List.of(word("x")),
                List.of(word("Y")), List.of(word("z")));
        assertThat(QuerySyntax.parse("\"\u00A0uji\u00A0coba\u2003\"").required()).containsExactly(List.of(phrase("uji coba")));
    }

    @Test
    @DisplayName("typographic, full-width and guillemet quotes make phrases, in pairs or with the same character")
    void typographicQuotes() {
        for (String quoted : new String[] {"\u201Cmenteri luar negeri\u201D", "\u201Dmenteri luar negeri\u201D",
                "\u201Ementeri luar negeri\u201C", "\u201Ementeri luar negeri\u201D", "\u201Fmenteri luar negeri\u201D",
                "\uFF02menteri luar negeri\uFF02", "\u00ABmenteri luar negeri\u00BB", "\u00BBmenteri luar negeri\u00AB",
                "\u201Cmenteri luar negeri\u201C"}) {
            assertThat(QuerySyntax.parse("Korut " + quoted + " rudal").required()).as(quoted).containsExactly(
                    List.of(word("Korut")), List.of(phrase("menteri luar negeri")), List.of(word("rudal")));
        }
        assertThat(QuerySyntax.parse("\uFF02uji coba\uFF02").required()).containsExactly(List.of(phrase("uji coba")));
        assertThat(QuerySyntax.parse("-title:\u201Cuji coba\u201D").excluded())
                .containsExactly(new QueryTerm("uji coba", true, true, true));
        assertThat(QuerySyntax.parse("\u00ABharga beras").required()).as("unbalanced: runs to the end")
                .containsExactly(List.of(phrase("harga beras")));
        assertThat(QuerySyntax.parse("kata\u201Dmenteri").required()).as("a quote ends a word")
                .containsExactly(List.of(word("kata")), List.of(phrase("menteri")));
    }

    @Test
    @DisplayName("punctuation around a word is not part of it, so a question's country name still expands: 'Korut?' is 'Korut'")
    void punctuationAroundWords() {
        assertThat(QuerySyntax.parse("rudal Korut? (Amerika) Trump, e-KTP").required()).containsExactly(List.of(word("rudal")),
                List.of(word("Korut")), List.of(word("Amerika")), List.of(word("Trump")), List.of(word("e-KTP")));
        assertThat(QuerySyntax.parse("-hoaks!").excluded()).containsExactly(new QueryTerm("hoaks", false, false, true));
    }

    @Test
    @DisplayName("mixed quote styles (pasted or typed on a phone) still close a phrase: the words and exclusions after it stay")
    void mixedQuoteStyles() {
        for (String query : new String[] {"\u201Charga beras\" naik -impor", "\"harga beras\u201D naik -impor",
                "\u00ABharga beras\" naik -impor"}) {
            ParsedQuery q = QuerySyntax.parse(query);
            assertThat(q.required()).as(query).containsExactly(List.of(phrase("harga beras")), List.of(word("naik")));
            assertThat(q.excluded()).as(query).containsExactly(new QueryTerm("impor", false, false, true));
        }
    }

    @Test
    @DisplayName("an OR joins two required terms, never across an exclusion: 'jokowi -prabowo OR anies' still requires jokowi")
    void orDoesNotReachBackOverAnExclusion() {
        ParsedQuery q = QuerySyntax.parse("jokowi -prabowo OR anies");
        assertThat(q.required()).containsExactly(List.of(word("jokowi")), List.of(word("anies")));
        assertThat(q.excluded()).containsExactly(new QueryTerm("prabowo", false, false, true));
        assertThat(QuerySyntax.parse("jokowi OR -prabowo anies").required()).containsExactly(List.of(word("jokowi")), List.of(word("anies")));
    }

    @Test
    @DisplayName("at most 32 words or phrases must match, and at most 32 exclusions; an exclusion after many words is kept")
    void boundedTerms() {
        String many = "kata ".repeat(100);
        assertThat(QuerySyntax.parse(many).required()).hasSize(QuerySyntax.MAX_TERMS);
        ParsedQuery excludingLast = QuerySyntax.parse("kata ".repeat(40) + "-hoaks");
        assertThat(excludingLast.required()).hasSize(QuerySyntax.MAX_TERMS);
        assertThat(excludingLast.excluded()).containsExactly(new QueryTerm("hoaks", false, false, true));
        assertThat(QuerySyntax.parse("-kata ".repeat(100)).excluded()).hasSize(QuerySyntax.MAX_TERMS);
    }
}
