package id.warta.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import id.warta.index.IndexNames;
import id.warta.testing.ElasticsearchTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/** Issue #5: stemmed matching and highlighting, phrases, the query syntax and country aliases. */
@ElasticsearchTest
class TextMatchingIT {

    @Test
    @DisplayName("a word matches its other forms through indonesian_news: menandatangani finds ditandatangani")
    void stemmedMatching(ElasticsearchClient client, IndexNames names) throws IOException {
        SearchFixture fixture = SearchFixture.over(client, names);
        assertThat(fixture.ids("menandatangani")).containsExactlyInAnyOrder("a1", "a2");
    }

    @Test
    @DisplayName("highlights follow stemming: the form in the text is marked, in title and body")
    void highlightsFollowStemming(ElasticsearchClient client, IndexNames names) throws IOException {
        SearchFixture fixture = SearchFixture.over(client, names);
        ArticleHit a2 = fixture.query("menandatangani").hits().stream().filter(h -> h.id().equals("a2")).findFirst().orElseThrow();
        assertThat(a2.titleHighlight()).isEqualTo("Perjanjian dagang <em>ditandatangani</em> di Jakarta");
        assertThat(a2.bodyHighlights()).anySatisfy(s -> assertThat(s).contains("<em>ditandatangani</em>"));
    }

    @Test
    @DisplayName("a quoted word or phrase matches exactly (unstemmed, in order); loose words match anywhere")
    void phraseVersusWords(ElasticsearchClient client, IndexNames names) throws IOException {
        SearchFixture fixture = SearchFixture.over(client, names);
        assertThat(fixture.ids("\"menteri luar negeri\"")).containsExactly("a10");
        assertThat(fixture.ids("menteri luar negeri")).containsExactlyInAnyOrder("a10", "a11");
        assertThat(fixture.ids("\"menandatangani\"")).containsExactly("a1");
        ArticleHit a10 = fixture.query("\"menteri luar negeri\"").hits().getFirst();
        assertThat(a10.titleHighlight()).startsWith("<em>Menteri luar negeri</em>");
    }

    @Test
    @DisplayName("OR, a leading minus and title: do what users expect")
    void operators(ElasticsearchClient client, IndexNames names) throws IOException {
        SearchFixture fixture = SearchFixture.over(client, names);
        assertThat(fixture.ids("beras OR rudal")).containsExactlyInAnyOrder("a3", "a7");
        assertThat(fixture.ids("Putin -Xi")).containsExactlyInAnyOrder("a1", "a9");
        assertThat(fixture.ids("Pyongyang")).containsExactlyInAnyOrder("a1", "a9", "a12");
        assertThat(fixture.ids("title:Pyongyang")).isEmpty();
        assertThat(fixture.ids("title:Beijing")).containsExactlyInAnyOrder("a5", "a6");
    }

    @Test
    @DisplayName("a title match ranks above a body-only match")
    void titlesWeighMore(ElasticsearchClient client, IndexNames names) throws IOException {
        SearchFixture fixture = SearchFixture.over(client, names);
        assertThat(fixture.ids("Jakarta")).containsExactly("a2", "a10");
    }

    @Test
    @DisplayName("country aliases expand on the query side: Korut finds Korea Utara, AS finds Amerika Serikat")
    void countryAliases(ElasticsearchClient client, IndexNames names) throws IOException {
        SearchFixture fixture = SearchFixture.over(client, names);
        assertThat(fixture.ids("Korut")).contains("a1", "a3", "a12");
        assertThat(fixture.ids("\"Korea Utara\"")).contains("a1", "a3", "a12");
        assertThat(fixture.ids("Korea Utara")).as("unquoted words that name a country").contains("a1", "a3", "a12");
        assertThat(fixture.ids("AS")).contains("a4");
        assertThat(fixture.ids("Korut rudal")).containsExactly("a3");
    }

    @Test
    @DisplayName("syntax errors never fail a search")
    void brokenSyntaxStillSearches(ElasticsearchClient client, IndexNames names) throws IOException {
        SearchFixture fixture = SearchFixture.over(client, names);
        for (String q : new String[] {"\"beras", "OR", "-", "title:", "beras OR", "OR beras", "((", "\"\"", "-\"", "a:b:c",
                "*", "beras^2", "\\", "title:\"", "{\"query\":1}", "beras -"}) {
            assertThatCode(() -> fixture.query(q)).as(q).doesNotThrowAnyException();
        }
        assertThat(fixture.ids("\"harga beras")).as("an unbalanced quote runs to the end").containsExactly("a7");
        assertThat(fixture.query("").total()).as("an empty query matches everything").isEqualTo(12);
    }
}
