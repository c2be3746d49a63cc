package id.warta.extract;

import id.warta.WartaException;
import opennlp.tools.namefind.BilouCodec;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.ObjectStream;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.Span;
import opennlp.tools.util.TrainingParameters;
import opennlp.tools.util.model.BaseModel;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Trains Warta's name finder: OpenNLP's averaged perceptron over {@link NameFeatures}, BILOU
 * encoding, person, location and organization as separate types. Training is deterministic: the
 * perceptron visits the sentences in file order with a fixed number of iterations and no random
 * state, so the same files give the same model.
 */
public final class NameModelTrainer {

    /** The recipe's settings; {@link #standard()} is what the shipped model was trained with. */
    public record Recipe(String algorithm, int iterations, int cutoff, int beamSize) {
        public static Recipe standard() {
            return new Recipe("PERCEPTRON", 150, 1, 2);
        }

        public Recipe withIterations(int n) {
            return new Recipe(algorithm, n, cutoff, beamSize);
        }

        public Recipe withAlgorithm(String name) {
            return new Recipe(name, iterations, cutoff, beamSize);
        }
    }

    static {
        WartaNameFinderFactory.register();
    }

    private NameModelTrainer() {
    }

    /**
     * Trains on the given NER files (any of the formats {@link NerCorpus} reads).
     *
     * @param lowerCase train on the sentences in lower case (the model for lower-case archives)
     */
    public static TokenNameFinderModel train(List<Path> files, Recipe recipe, boolean lowerCase) {
        return train(files, List.of(), recipe, lowerCase);
    }

    /**
     * Trains on the given NER files and then on {@code extra} sentences (silver ones from
     * {@link SilverCorpus}), in that order.
     */
    public static TokenNameFinderModel train(List<Path> files, List<NerCorpus.Sentence> extra, Recipe recipe,
                                             boolean lowerCase) {
        List<NameSample> samples = new ArrayList<>();
        for (Path file : files) {
            for (NerCorpus.Sentence sentence : NerCorpus.read(file)) {
                samples.add(sample(lowerCase ? sentence.lowerCase() : sentence));
            }
        }
        for (NerCorpus.Sentence sentence : extra) {
            samples.add(sample(lowerCase ? sentence.lowerCase() : sentence));
        }
        if (samples.isEmpty()) {
            throw new WartaException("no training sentences in " + files);
        }
        TrainingParameters params = new TrainingParameters();
        params.put(TrainingParameters.ALGORITHM_PARAM, recipe.algorithm());
        params.put(TrainingParameters.ITERATIONS_PARAM, recipe.iterations());
        params.put(TrainingParameters.CUTOFF_PARAM, recipe.cutoff());
        params.put(TrainingParameters.THREADS_PARAM, 1);
        params.put("BeamSize", recipe.beamSize());
        try (ObjectStream<NameSample> stream = ObjectStreamUtils.createObjectStream(samples)) {
            TokenNameFinderFactory factory = TokenNameFinderFactory.create(
                    WartaNameFinderFactory.class.getName(), null, Map.of(), new BilouCodec());
            return NameFinderME.train("id", null, stream, params, factory);
        } catch (IOException e) {
            throw new WartaException("training the name finder failed: " + e.getMessage(), e);
        }
    }

    /** Writes a model where {@link NameModel#load(Path)} reads it. */
    public static void write(BaseModel model, Path out) {
        try {
            if (out.toAbsolutePath().getParent() != null) {
                Files.createDirectories(out.toAbsolutePath().getParent());
            }
            try (OutputStream os = Files.newOutputStream(out)) {
                model.serialize(os);
            }
        } catch (IOException e) {
            throw new WartaException("cannot write the model to " + out + ": " + e.getMessage(), e);
        }
    }

    static NameSample sample(NerCorpus.Sentence sentence) {
        Span[] spans = sentence.spans().stream()
                .map(s -> new Span(s.start(), s.end(), s.type()))
                .toArray(Span[]::new);
        return new NameSample(sentence.tokens(), spans, true);
    }
}
