package id.warta.extract;

import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.ml.perceptron.PerceptronModel;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The compact form of the shipped name model finds exactly what OpenNLP's own form finds, with the same probabilities. */
class CompactPerceptronModelTest {

    private static TokenNameFinderModel openNlp;
    private static TokenNameFinderModel compact;
    private static List<String[]> sentences;

    @BeforeAll
    static void load() throws IOException {
        NameModel.bundled(); // registers Warta's feature factory, which the model file names
        try (InputStream a = NameModel.class.getResourceAsStream(NameModel.RESOURCE);
             InputStream b = NameModel.class.getResourceAsStream(NameModel.RESOURCE)) {
            openNlp = new TokenNameFinderModel(a);
            compact = new CompactNameFinderModel(b);
        }
        sentences = new ArrayList<>();
        for (String sample : List.of("idner_dev_sample.txt", "nerui_dev_sample.tsv")) {
            try (InputStream in = CompactPerceptronModelTest.class.getResourceAsStream(sample)) {
                NerCorpus.read(in, sample).forEach(s -> sentences.add(s.tokens()));
            }
        }
    }

    @Test
    void theLoadedModelIsHeldInCompactForm() {
        assertThat((Object) compact.getArtifact("nameFinder.model")).isInstanceOf(CompactPerceptronModel.class);
        assertThat((Object) openNlp.getArtifact("nameFinder.model")).isInstanceOf(PerceptronModel.class);
    }

    @Test
    void findsTheSameNamesWithTheSameProbabilities() {
        NameFinderME expected = new NameFinderME(openNlp);
        NameFinderME actual = new NameFinderME(compact);
        int names = 0;
        for (String[] tokens : sentences) {
            Span[] want = expected.find(tokens);
            Span[] got = actual.find(tokens);
            assertThat(got).as(String.join(" ", tokens)).containsExactly(want);
            assertThat(actual.probs()).containsExactly(expected.probs());
            names += want.length;
        }
        assertThat(sentences).hasSizeGreaterThan(200);
        assertThat(names).as("the samples hold names, so the comparison covers found names").isGreaterThan(100);
    }

    @Test
    void scoresAnyContextAsOpenNlpDoes() {
        MaxentModel expected = openNlp.getArtifact("nameFinder.model");
        MaxentModel actual = compact.getArtifact("nameFinder.model");
        List<String[]> contexts = List.of(
                new String[] {"w=joko", "w=widodo", "no such feature", ""},
                new String[] {"no such feature"},
                new String[0],
                sentences.get(3));
        for (String[] context : contexts) {
            assertThat(actual.eval(context)).containsExactly(expected.eval(context));
            float[] values = new float[context.length];
            for (int i = 0; i < values.length; i++) {
                values[i] = 0.5f + i;
            }
            assertThat(actual.eval(context, values)).containsExactly(expected.eval(context, values));
        }
        assertThat(actual.getNumOutcomes()).isEqualTo(expected.getNumOutcomes());
        for (int o = 0; o < expected.getNumOutcomes(); o++) {
            assertThat(actual.getOutcome(o)).isEqualTo(expected.getOutcome(o));
            assertThat(actual.getIndex(expected.getOutcome(o))).isEqualTo(o);
        }
        double[] probs = expected.eval(sentences.get(3));
        assertThat(actual.getBestOutcome(probs)).isEqualTo(expected.getBestOutcome(probs));
        assertThat(actual.getIndex("no-such-outcome")).isEqualTo(-1);
    }

    @Test
    void fingerprintsTellSimilarFeaturesApart() {
        // String.hashCode collides on "Aa" / "BB"; the second half of the fingerprint must not
        assertThat("Aa".hashCode()).isEqualTo("BB".hashCode());
        assertThat(CompactPerceptronModel.fingerprint("w=Aa")).isNotEqualTo(CompactPerceptronModel.fingerprint("w=BB"));
        assertThat(CompactPerceptronModel.fingerprint("")).isNotZero();
    }
}
