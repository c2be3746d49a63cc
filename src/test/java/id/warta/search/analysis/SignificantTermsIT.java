package id.warta.search.analysis;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import id.warta.index.IndexNames;
import id.warta.search.InvalidSearchException;
import id.warta.testing.ElasticsearchTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Issue #10: the words that set a result set apart, over {@link AnalysisCorpus}. */
@ElasticsearchTest
class SignificantTermsIT {

    @Test
    @DisplayName("North Korea's articles: rudal, meluncurkan (with diluncurkan) and balistik, as written, with counts")
    void distinctiveWords(ElasticsearchClient client, IndexNames names) throws IOException {
        SignificantTerms terms = AnalysisFixture.over(client, names).significantTerms(AnalysisFixture.country("KP"), null, "2");
        assertThat(terms.articles()).isEqualTo(4);
        assertThat(terms.sampled()).isEqualTo(4);
        assertThat(terms.archive()).isEqualTo(16);
        assertThat(terms.minCount()).isEqualTo(2);
        assertThat(terms.excluded()).isEmpty();
        assertThat(terms.terms()).containsExactly(
                new SignificantTerm("rudal", "rudal", List.of("rudal"), 4, 4, 3.0),
                new SignificantTerm("meluncurkan", "luncur", List.of("meluncurkan", "diluncurkan"), 3, 3, 2.25),
                new SignificantTerm("balistik", "balistik", List.of("balistik"), 2, 2, 1.5));
    }

    @Test
    @DisplayName("the archive's counts are those of its articles, not of the old versions an update leaves deleted in the index")
    void updatedArticlesCountOnce(ElasticsearchClient client, IndexNames names) throws IOException {
        ArticleAnalysis analysis = AnalysisFixture.over(client, names);
        id.warta.search.FixtureCorpus.index(client, names, AnalysisCorpus.ARTICLES); // every article written again
        assertThat(client.indices().stats(st -> st.index(names.readAlias())).all().primaries().docs().deleted())
                .as("the old versions are still in the index").isPositive();

        SignificantTerms terms = analysis.significantTerms(AnalysisFixture.country("KP"), null, "2");
        assertThat(terms.archive()).isEqualTo(16);
        assertThat(terms.terms()).extracting(SignificantTerm::term, SignificantTerm::archiveCount)
                .startsWith(org.assertj.core.groups.Tuple.tuple("rudal", 4L));
    }

    @Test
    @DisplayName("a passage copied into three articles counts once (filter_duplicate_text), so its words are not distinctive")
    void duplicateTextCountsOnce(ElasticsearchClient client, IndexNames names) throws IOException {
        SignificantTerms terms = AnalysisFixture.over(client, names).significantTerms(AnalysisFixture.country("KP"), "100", "1");
        assertThat(terms.terms()).filteredOn(t -> t.term().equals("kanal") || t.term().equals("redaksi"))
                .as("the boilerplate of k2, k3 and k4").hasSize(2).allSatisfy(t -> {
                    assertThat(t.archiveCount()).as("articles of the archive with the word").isEqualTo(3);
                    assertThat(t.count()).as("counted in the result set").isEqualTo(1);
                });
        assertThat(terms.terms()).extracting(SignificantTerm::term).startsWith("rudal", "meluncurkan")
                .doesNotContain("dan", "di", "yang");
    }

    @Test
    @DisplayName("words the search asks for are left out: its query words, and the names of its persons and countries")
    void searchOwnWords(ElasticsearchClient client, IndexNames names) throws IOException {
        ArticleAnalysis analysis = AnalysisFixture.over(client, names);
        SignificantTerms rutte = analysis.significantTerms(AnalysisFixture.person("Mark Rutte"), null, "2");
        assertThat(rutte.excluded()).containsExactlyInAnyOrder("Mark", "Rutte");
        assertThat(rutte.terms().getFirst()).isEqualTo(new SignificantTerm("NATO", "nato", List.of("NATO"), 4, 4, 3.0));

        SignificantTerms rudal = analysis.significantTerms(AnalysisFixture.text("rudal"), null, "2");
        assertThat(rudal.excluded()).containsExactly("rudal");
        assertThat(rudal.terms()).extracting(SignificantTerm::term).containsExactly("meluncurkan", "balistik");

        SignificantTerms korea = analysis.significantTerms(AnalysisFixture.country("KP"), "100", "1");
        assertThat(korea.excluded()).as("names of North Korea").contains("Korut", "Korea", "Utara");
        assertThat(korea.terms()).extracting(SignificantTerm::stem).doesNotContain("korut", "korea", "utara");
    }

    @Test
    @DisplayName("stems are shown as the words people wrote: 'pertahanan', not the stemmer's 'tahan'; names and acronyms in their capitals")
    void surfaceForms(ElasticsearchClient client, IndexNames names) throws IOException {
        SignificantTerms terms = AnalysisFixture.over(client, names).significantTerms(AnalysisFixture.person("Mark Rutte"),
                null, "2");
        assertThat(terms.terms()).contains(new SignificantTerm("Biden", "biden", List.of("Biden"), 2, 5, 0.3),
                new SignificantTerm("NATO", "nato", List.of("NATO"), 4, 4, 3.0),
                new SignificantTerm("bertemu", "temu", List.of("bertemu", "pertemuan"), 2, 2, 1.5),
                new SignificantTerm("pertahanan", "tahan", List.of("pertahanan"), 2, 2, 1.5));
    }

    @Test
    @DisplayName("the whole archive has nothing distinctive; a search without matches has no words; mistakes name the parameter")
    void edges(ElasticsearchClient client, IndexNames names) throws IOException {
        ArticleAnalysis analysis = AnalysisFixture.over(client, names);
        assertThat(analysis.significantTerms(AnalysisFixture.everything(), null, "1").terms()).isEmpty();
        SignificantTerms none = analysis.significantTerms(AnalysisFixture.text("zzzz"), null, null);
        assertThat(none.articles()).isZero();
        assertThat(none.terms()).isEmpty();
        assertThatThrownBy(() -> analysis.significantTerms(AnalysisFixture.everything(), "x", null))
                .isInstanceOf(InvalidSearchException.class).hasMessageContaining("size must be a whole number");
    }
}
