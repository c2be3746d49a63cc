package id.warta.extract;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A floor on extraction quality over held-out news sentences shipped with the tests (see
 * src/test/resources/README.md). The full evaluation is `warta entities evaluate`.
 */
class EntityQualityTest {

    private static EntityEvaluation evaluation;

    @BeforeAll
    static void load() {
        evaluation = new EntityEvaluation(new EntityExtractor());
    }

    private static List<NerCorpus.Sentence> sample(String name) throws IOException {
        try (InputStream in = EntityQualityTest.class.getResourceAsStream(name)) {
            return NerCorpus.read(in, name);
        }
    }

    @Test
    void nerUiDevSample() throws IOException {
        EntityEvaluation.Result result = evaluation.evaluate(sample("nerui_dev_sample.tsv"));
        System.out.printf("nerui dev sample (%d sentences): persons %s; countries %s%n", result.sentences(),
                result.persons(), result.countries());

        assertThat(result.sentences()).isEqualTo(100);
        assertThat(result.persons().f1()).isGreaterThanOrEqualTo(0.84);
        assertThat(result.countries().f1()).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void nerUiDevSampleWrittenInLowerCase() throws IOException {
        // archives that lost their capitals (some feeds, OCR) go through the lower-case model
        List<NerCorpus.Sentence> lowerCase = sample("nerui_dev_sample.tsv").stream()
                .map(NerCorpus.Sentence::lowerCase).toList();
        EntityEvaluation.Result result = evaluation.evaluate(lowerCase);
        System.out.printf("nerui dev sample in lower case: persons %s; countries %s%n", result.persons(), result.countries());

        assertThat(result.sentences()).isEqualTo(100);

        assertThat(result.persons().f1()).isGreaterThanOrEqualTo(0.87);
        assertThat(result.countries().f1()).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void idnerNewsDevSample() throws IOException {
        EntityEvaluation.Result result = evaluation.evaluate(sample("idner_dev_sample.txt"));
        System.out.printf("idner dev sample (%d sentences): persons %s; countries %s%n", result.sentences(),
                result.persons(), result.countries());

        assertThat(result.sentences()).isEqualTo(120);
        assertThat(result.persons().f1()).isGreaterThanOrEqualTo(0.88);
        // idner tags a country acting as a state as O or ORG, so its country precision is low by design
        assertThat(result.countries().recall()).isGreaterThanOrEqualTo(0.95);
        assertThat(result.countries().f1()).isGreaterThanOrEqualTo(0.50);
    }
}
