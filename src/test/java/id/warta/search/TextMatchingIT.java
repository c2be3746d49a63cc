package id.warta.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import id.warta.index.IndexNames;
import id.warta.testing.ElasticsearchTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;

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
        assertThat(fixture.ids("title:AS")).as("the country in the title, not only somewhere in the article (a5)").containsExactly("a4");
        assertThat(fixture.ids("Korut rudal")).containsExactly("a3");
        assertThat(fixture.ids("Korut?")).as("a question's punctuation").containsExactlyInAnyOrderElementsOf(fixture.ids("Korut"));
        assertThat(fixture.ids("(Korea Utara)")).containsExactlyInAnyOrderElementsOf(fixture.ids("Korea Utara"));
    }

    @Test
    @DisplayName("a query of stop words only finds the articles with those words, not every article")
    void stopWordsOnly(ElasticsearchClient client, IndexNames names) throws IOException {
        SearchFixture fixture = SearchFixture.over(client, names);
        assertThat(fixture.ids("yang")).containsExactly("a11");
        assertThat(fixture.ids("dan")).containsExactlyInAnyOrder("a1", "a2", "a5", "a6");
        assertThat(fixture.ids("itu di")).containsExactly("a2");
        SearchResult yang = fixture.query("yang");
        assertThat(yang.hits().getFirst().titleHighlight()).isEqualTo("Kinerja <em>yang</em> luar biasa");
        assertThat(fixture.ids("harga di pasar")).as("beside other words a stop word still counts for nothing")
                .containsExactly("a7");
    }

    @Test
    @DisplayName("when no article has every word, the search matches any of them, best first, and says so")
    void anyWordWhenNoneHasAll(ElasticsearchClient client, IndexNames names) throws IOException {
        SearchFixture fixture = SearchFixture.over(client, names);
        assertThat(fixture.query("harga beras").match()).isEqualTo(WordMatch.ALL);
        SearchResult ticked = fixture.run(SearchFixture.filters("harga beras", java.util.List.of("KP"), null, null, null, null));
        assertThat(ticked.total()).as("a ticked country without such articles leaves nothing: every word still counts").isZero();
        assertThat(ticked.match()).isEqualTo(WordMatch.ALL);
        assertThat(fixture.query("zzqx").match()).as("a single word: nothing to relax").isEqualTo(WordMatch.ALL);

        SearchResult question = fixture.query("Siapa pelatih timnas yang bertemu Korut?");
        assertThat(question.match()).isEqualTo(WordMatch.ANY);
        // a8 holds two of the words (pelatih, timnas); a12 holds the country (Korut, as "Korea Utara" in its short title),
        // weighed as one word: either may lead, and a8 comes before the articles that hold one plain word only (a10)
        List<String> answers = SearchFixture.ids(question);
        assertThat(answers.subList(0, 2)).as("the article with most of the words").contains("a8");
        assertThat(answers.indexOf("a8")).isLessThan(answers.indexOf("a10"));
        assertThat(SearchFixture.ids(question)).contains("a3", "a12", "a10");
        assertThat(question.total()).isEqualTo(question.hits().size());

        assertThat(fixture.ids("banjir di Jakarta")).as("a stop word then matches nothing, not everything")
                .containsExactlyInAnyOrder("a2", "a10");
        assertThat(fixture.ids("pelatih Pyongyang -kecam")).as("excluded words stay excluded")
                .containsExactlyInAnyOrder("a8", "a1", "a9");
        assertThat(fixture.ids("\"kinerja luar biasa\" Pyongyang")).as("a phrase stays a phrase")
                .containsExactlyInAnyOrder("a11", "a1", "a9", "a12");
    }

    @Test
    @DisplayName("a search that fell back to any word pages on that way: every hit once, with the same parameters")
    void anyWordPaging(ElasticsearchClient client, IndexNames names) throws IOException {
        SearchFixture fixture = SearchFixture.over(client, names);
        SearchParameters first = SearchParameters.query("pelatih Pyongyang Beijing").withSize("2");
        java.util.List<String> ids = new java.util.ArrayList<>();
        SearchResult page = fixture.run(first);
        long total = page.total();
        while (true) {
            assertThat(page.match()).isEqualTo(WordMatch.ANY);
            ids.addAll(SearchFixture.ids(page));
            if (page.nextCursor() == null) {
                break;
            }
            page = fixture.run(first.withCursor(page.nextCursor()));
        }
        assertThat(ids).doesNotHaveDuplicates().hasSize((int) total)
                .containsExactlyInAnyOrder("a8", "a1", "a9", "a12", "a5", "a6");
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
        for (String nothing : new String[] {"?", "%", "((", "\uD83D\uDE00", "-\uD83D\uDE00", "title:?"}) {
            assertThat(fixture.query(nothing).total()).as("'%s' has no word to search for: no article, not all of them", nothing)
                    .isZero();
        }
    }
}
