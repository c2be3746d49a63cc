package id.warta.search.relevance;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import id.warta.extract.CountryGazetteer;
import id.warta.search.GazetteerCountryNames;
import id.warta.testing.ElasticsearchTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** `warta relevance`: questions searched as typed, against their passages in an index of their own. */
@ElasticsearchTest
class RelevanceEvaluationIT {

    @Test
    @DisplayName("scores the rank of each answering passage; questions with a word no passage has still find theirs")
    void scoresRanks(ElasticsearchClient client) throws Exception {
        RelevanceEvaluation.Result result = new RelevanceEvaluation(client,
                new GazetteerCountryNames(CountryGazetteer.standard())).evaluate(List.of(QuestionSet.read(QuestionSetTest.SAMPLE)));

        assertThat(result.passages()).isEqualTo(4);
        RelevanceEvaluation.Score score = result.all();
        // Five questions find their passage first: three with all their words, two ("nama gunung", "Bekasi")
        // only with any word. The sixth asks about a plane no passage mentions.
        assertThat(score.questions()).isEqualTo(6);
        assertThat(score.first()).isEqualTo(5);
        assertThat(score.inTop()).isEqualTo(5);
        assertThat(score.mrr()).isCloseTo(5.0 / 6, within(1e-9));
        assertThat(score.noHits()).isEqualTo(1);
        assertThat(score.anyWord()).isEqualTo(3);
        assertThat(client.indices().get(g -> g.index("warta-relevance-*")).indices()).as("its index is deleted").isEmpty();
    }
}
