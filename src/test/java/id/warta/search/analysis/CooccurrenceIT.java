package id.warta.search.analysis;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import id.warta.index.IndexNames;
import id.warta.search.InvalidSearchException;
import id.warta.search.SearchParameters;
import id.warta.testing.ElasticsearchTest;
import id.warta.search.WordMatch;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Issue #10: who appears with whom, over {@link AnalysisCorpus} (16 articles, 4 naming Mark Rutte). */
@ElasticsearchTest
class CooccurrenceIT {

    private static final CooccurringEntity ZELENSKY = new CooccurringEntity("Volodymyr Zelensky", null, 3, 4, 3.0);
    private static final CooccurringEntity BIDEN = new CooccurringEntity("Joe Biden", null, 2, 5, 1.6);
    private static final CooccurringEntity VON_DER_LEYEN = new CooccurringEntity("Ursula von der Leyen", null, 1, 1, 4.0);

    @Test
    @DisplayName("persons with Mark Rutte: counts, archive counts and lift; the filtered person is left out")
    void personsWithAPerson(ElasticsearchClient client, IndexNames names) throws IOException {
        ArticleAnalysis analysis = AnalysisFixture.over(client, names);
        Cooccurrence byCount = analysis.cooccurrence(AnalysisFixture.person("mark rutte"), "persons", null, "1", null);
        assertThat(byCount.articles()).isEqualTo(4);
        assertThat(byCount.archive()).isEqualTo(16);
        assertThat(byCount.sort()).isEqualTo("count");
        assertThat(byCount.excluded()).containsExactly("Mark Rutte");
        assertThat(byCount.entities()).containsExactly(ZELENSKY, BIDEN, VON_DER_LEYEN);

        Cooccurrence byLift = analysis.cooccurrence(AnalysisFixture.person("Mark Rutte"), "person", null, "1", "lift");
        assertThat(byLift.entities()).containsExactly(VON_DER_LEYEN, ZELENSKY, BIDEN);
        assertThat(byLift.unmatchedFilters()).isEmpty();
    }

    @Test
    @DisplayName("a person filter that matches no article is named, with the name the user may have meant, as the search does")
    void unmatchedFilter(ElasticsearchClient client, IndexNames names) throws IOException {
        ArticleAnalysis analysis = AnalysisFixture.over(client, names);
        Cooccurrence rutte = analysis.cooccurrence(AnalysisFixture.person("Rutte"), "persons", null, "1", null);
        assertThat(rutte.articles()).isZero();
        assertThat(rutte.unmatchedFilters()).extracting(id.warta.search.UnmatchedFilter::value).containsExactly("Rutte");
        assertThat(rutte.unmatchedFilters().getFirst().didYouMean()).extracting(id.warta.search.FacetCount::value)
                .containsExactly("Mark Rutte");
        assertThat(analysis.significantTerms(AnalysisFixture.person("Rutte"), null, "1").unmatchedFilters())
                .extracting(id.warta.search.UnmatchedFilter::value).containsExactly("Rutte");
    }

    @Test
    @DisplayName("a minimum count keeps a person seen once from topping the lift ranking; the default minimum is 3")
    void minimumCount(ElasticsearchClient client, IndexNames names) throws IOException {
        ArticleAnalysis analysis = AnalysisFixture.over(client, names);
        assertThat(analysis.cooccurrence(AnalysisFixture.person("Mark Rutte"), "person", null, "2", "lift").entities())
                .containsExactly(ZELENSKY, BIDEN);
        Cooccurrence defaults = analysis.cooccurrence(AnalysisFixture.person("Mark Rutte"), null, null, null, null);
        assertThat(defaults.minCount()).isEqualTo(3);
        assertThat(defaults.facet()).isEqualTo("person");
        assertThat(defaults.entities()).containsExactly(ZELENSKY);
        assertThat(analysis.cooccurrence(AnalysisFixture.person("Mark Rutte"), "person", "1", "1", "lift").entities())
                .as("size").containsExactly(VON_DER_LEYEN);
    }

    @Test
    @DisplayName("countries with Mark Rutte carry their Indonesian names; a country filter leaves its own country out")
    void countries(ElasticsearchClient client, IndexNames names) throws IOException {
        ArticleAnalysis analysis = AnalysisFixture.over(client, names);
        Cooccurrence withRutte = analysis.cooccurrence(AnalysisFixture.person("Mark Rutte"), "countries", null, "1", null);
        assertThat(withRutte.excluded()).isEmpty();
        assertThat(withRutte.entities()).containsExactly(new CooccurringEntity("NL", "Belanda", 4, 4, 4.0),
                new CooccurringEntity("UA", "Ukraina", 3, 4, 3.0), new CooccurringEntity("US", "Amerika Serikat", 2, 5, 1.6));

        Cooccurrence withUkraine = analysis.cooccurrence(AnalysisFixture.country("ua"), "country", null, "1", null);
        assertThat(withUkraine.articles()).isEqualTo(4);
        assertThat(withUkraine.excluded()).containsExactly("UA");
        assertThat(withUkraine.entities()).containsExactly(new CooccurringEntity("NL", "Belanda", 3, 4, 3.0),
                new CooccurringEntity("US", "Amerika Serikat", 2, 5, 1.6));
    }

    @Test
    @DisplayName("names in the query text are left out too: 'Rutte' leaves out Mark Rutte, 'Korut' leaves out North Korea")
    void queryText(ElasticsearchClient client, IndexNames names) throws IOException {
        ArticleAnalysis analysis = AnalysisFixture.over(client, names);
        Cooccurrence rutte = analysis.cooccurrence(AnalysisFixture.text("Rutte"), "person", null, "1", null);
        assertThat(rutte.articles()).isEqualTo(4);
        assertThat(rutte.excluded()).containsExactly("Mark Rutte");
        assertThat(rutte.entities()).containsExactly(ZELENSKY, BIDEN, VON_DER_LEYEN);

        Cooccurrence korut = analysis.cooccurrence(AnalysisFixture.text("Korut"), "country", null, "1", null);
        assertThat(korut.articles()).as("k1, k2 and k4 name North Korea, k3 its capital (extraction found it)").isEqualTo(4);
        assertThat(korut.excluded()).containsExactly("KP");
        assertThat(korut.entities()).containsExactly(new CooccurringEntity("JP", "Jepang", 1, 1, 4.0),
                new CooccurringEntity("RU", "Rusia", 1, 1, 4.0));

        Cooccurrence rudal = analysis.cooccurrence(AnalysisFixture.text("rudal"), "country", null, "1", null);
        assertThat(rudal.excluded()).as("a query that names no country leaves none out").isEmpty();
        assertThat(rudal.entities()).extracting(CooccurringEntity::value).containsExactly("KP", "JP", "RU");
    }

    @Test
    @DisplayName("when no article has every word, the views count the articles with any of them, as the search does, and say so")
    void anyWordAsTheSearch(ElasticsearchClient client, IndexNames names) throws IOException {
        ArticleAnalysis analysis = AnalysisFixture.over(client, names);
        SearchParameters neverTogether = AnalysisFixture.text("rudal zzzqqq");
        Cooccurrence rudal = analysis.cooccurrence(AnalysisFixture.text("rudal"), "country", null, "1", null);
        Cooccurrence any = analysis.cooccurrence(neverTogether, "country", null, "1", null);
        assertThat(rudal.match()).isEqualTo(WordMatch.ALL);
        assertThat(any.match()).isEqualTo(WordMatch.ANY);
        assertThat(any.articles()).isEqualTo(rudal.articles()).isPositive();
        assertThat(any.entities()).isEqualTo(rudal.entities());
        SignificantTerms terms = analysis.significantTerms(neverTogether, null, "1");
        assertThat(terms.match()).isEqualTo(WordMatch.ANY);
        assertThat(terms.articles()).isEqualTo(rudal.articles());
        EntityTimeline timeline = analysis.timeline(neverTogether, List.of("country:KP"), "week");
        assertThat(timeline.match()).isEqualTo(WordMatch.ANY);
        assertThat(timeline.entities().getFirst().total()).isPositive();
    }

    @Test
    @DisplayName("a result set without matches lists nothing; mistakes name the parameter")
    void emptyAndMistakes(ElasticsearchClient client, IndexNames names) throws IOException {
        ArticleAnalysis analysis = AnalysisFixture.over(client, names);
        Cooccurrence none = analysis.cooccurrence(AnalysisFixture.text("zzzz"), "person", null, null, null);
        assertThat(none.articles()).isZero();
        assertThat(none.archive()).isEqualTo(16);
        assertThat(none.entities()).isEmpty();
        SearchParameters all = AnalysisFixture.everything();
        assertThatThrownBy(() -> analysis.cooccurrence(all, "sources", null, null, null))
                .isInstanceOf(InvalidSearchException.class).hasMessageContaining("persons or countries")
                .extracting(e -> ((InvalidSearchException) e).parameter()).isEqualTo("facet");
        assertThatThrownBy(() -> analysis.cooccurrence(all, null, "101", null, null))
                .isInstanceOf(InvalidSearchException.class).hasMessageContaining("from 1 to 100");
        assertThatThrownBy(() -> analysis.cooccurrence(all, null, null, "0", null))
                .isInstanceOf(InvalidSearchException.class).hasMessageContaining("min_count");
        assertThatThrownBy(() -> analysis.cooccurrence(all, null, null, null, "score"))
                .isInstanceOf(InvalidSearchException.class).hasMessageContaining("count or lift");
        assertThatThrownBy(() -> analysis.cooccurrence(new SearchParameters(null, List.of("XX"), null, null, null, null,
                null, null, null, null, null, null), null, null, null, null))
                .isInstanceOf(InvalidSearchException.class).hasMessageContaining("ISO 3166");
    }
}
