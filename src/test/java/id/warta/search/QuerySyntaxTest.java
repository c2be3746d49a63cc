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
    @DisplayName("at most 32 terms are read")
    void boundedTerms() {
        String many = "kata ".repeat(100);
        assertThat(QuerySyntax.parse(many).required()).hasSize(QuerySyntax.MAX_TERMS);
    }
}
