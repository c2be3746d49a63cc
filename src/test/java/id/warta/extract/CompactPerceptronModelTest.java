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
    private static TokenNameFinderModel openNlpLowerCase;
    private static TokenNameFinderModel compactLowerCase;
    private static List<String[]> sentences;

    @BeforeAll
    static void load() throws IOException {
        NameModel.bundled(); // registers Warta's feature factory, which the model file names
        try (InputStream a = NameModel.class.getResourceAsStream(NameModel.RESOURCE);
             InputStream b = NameModel.class.getResourceAsStream(NameModel.RESOURCE)) {
            openNlp = new TokenNameFinderModel(a);
            compact = new CompactNameFinderModel(b);
        }
        try (InputStream a = NameModel.class.getResourceAsStream(NameModel.LOWER_CASE_RESOURCE);
             InputStream b = NameModel.class.getResourceAsStream(NameModel.LOWER_CASE_RESOURCE)) {
            openNlpLowerCase = new TokenNameFinderModel(a);
            compactLowerCase = new CompactNameFinderModel(b);
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
        int names = findSameNames(openNlp, compact, false);
        int lowerCaseNames = findSameNames(openNlpLowerCase, compactLowerCase, true);

        assertThat(sentences).hasSizeGreaterThan(200);
        assertThat(names).as("the samples hold names, so the comparison covers found names").isGreaterThan(100);
        assertThat(lowerCaseNames).as("the lower-case model finds names in the lower-cased samples").isGreaterThan(50);
    }

    private static int findSameNames(TokenNameFinderModel reference, TokenNameFinderModel candidate, boolean lowerCase) {
        NameFinderME expected = new NameFinderME(reference);
        NameFinderME actual = new NameFinderME(candidate);
        int names = 0;
        for (String[] sentence : sentences) {
            String[] tokens = lowerCase ? java.util.Arrays.stream(sentence).map(String::toLowerCase).toArray(String[]::new) : sentence;
            Span[] want = expected.find(tokens);
            Span[] got = actual.find(tokens);
            assertThat(got).as(String.join(" ", tokens)).containsExactly(want);
            assertThat(actual.probs()).containsExactly(expected.probs());
            names += want.length;
        }
        return names;
    }

    @Test
    void scoresAnyContextAsOpenNlpDoes() {
        MaxentModel expected = openNlp.getArtifact("nameFinder.model");
        MaxentModel actual = compact.getArtifact("nameFinder.model");
        List<String[]> contexts = List.of(
                new String[] {"w=joko", "w=widodo", "no such feature", ""},
                new String[] {"no such feature", null},
                new String[0]);
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
        // a caller's array longer than the outcomes: only the outcomes' entries are scored
        double[] longer = actual.eval(contexts.getFirst(), new double[expected.getNumOutcomes() + 3]);
        assertThat(java.util.Arrays.copyOf(longer, expected.getNumOutcomes())).containsExactly(expected.eval(contexts.getFirst()));
        double[] probs = expected.eval(contexts.getFirst());
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
