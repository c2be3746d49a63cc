package id.warta.cli;

import id.warta.WartaException;
import id.warta.extract.NameModel;
import id.warta.extract.NameModelTrainer;
import id.warta.extract.NerCorpus;
import id.warta.extract.SilverCorpus;
import opennlp.tools.namefind.TokenNameFinderModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code warta entities train}: trains the name finder model from the repository's copy of the MIT
 * and CC BY training sets (training-data/ner) and writes the model resource.
 */
@Command(name = "train",
        mixinStandardHelpOptions = true,
        description = {
                "Train the person/organisation/location name finder (deterministic: same data, same model).",
                "Run from a clone of Warta; by default reads training-data/ner and writes the jar's model resources:",
                "the model for cased text (--out) and one for text wholly in lower case beside it (*-lowercase.bin).",
                "The shipped lower-case model also learns from news sentences labelled by the cased model: --silver ARTICLES."})
class EntitiesTrainCommand implements Callable<Integer> {

    /** The training sets of the shipped model, in training order (see training-data/ner/README.md). */
    static final List<String> TRAINING_FILES = List.of(
            "idner_news_2k_train.txt", "nergrit_train.txt", "nerui_train01.tsv");

    @Spec
    CommandSpec spec;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "training-data/ner",
            description = "Folder with the training sets (default: ${DEFAULT-VALUE}).")
    Path data;

    @Option(names = "--out", paramLabel = "FILE", defaultValue = "src/main/resources/id/warta/extract/ner-id.bin",
            description = "Where to write the model (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--iterations", paramLabel = "N", description = "Perceptron iterations (default: the recipe's).")
    Integer iterations;

    @Option(names = "--algorithm", paramLabel = "NAME",
            description = "OpenNLP trainer: PERCEPTRON or MAXENT_QN (default: the recipe's).")
    String algorithm;

    @Option(names = "--beam", paramLabel = "N", description = "Beam size stored in the model (default: the recipe's).")
    Integer beam;

    @Option(names = "--cased-only", description = "Train only the cased model (quicker, for experiments).")
    boolean casedOnly;

    @Option(names = "--silver", paramLabel = "ARTICLES",
            description = {"News articles in JSON Lines (body or content field; .gz allowed), e.g. click_id_articles.jsonl.gz:",
                    "their sentences, labelled by the cased model just trained, are added to the lower-case model's training."})
    Path silver;

    @Option(names = "--silver-sentences", paramLabel = "N", defaultValue = "" + SilverCorpus.DEFAULT_SENTENCES,
            description = "How many silver sentences (default: ${DEFAULT-VALUE}), from every second article.")
    int silverSentences;

    @Parameters(arity = "0..*", paramLabel = "FILE",
            description = "Train on these files instead of the standard sets in --data.")
    List<Path> files = new ArrayList<>();

    @Override
    public Integer call() throws java.io.IOException {
        List<Path> sets = new ArrayList<>(files);
        if (sets.isEmpty()) {
            for (String name : TRAINING_FILES) {
                Path file = data.resolve(name);
                if (!Files.isRegularFile(file)) {
                    throw new WartaException("training set " + file + " not found; run from the root of a Warta clone or give --data");
                }
                sets.add(file);
            }
        }
        if (silver != null && !Files.isRegularFile(silver)) {
            // checked now, not after the minute the cased model takes to train
            throw new WartaException("--silver " + silver + ": no such file (JSON Lines articles, .gz allowed)");
        }
        NameModelTrainer.Recipe standard = NameModelTrainer.Recipe.standard();
        NameModelTrainer.Recipe recipe = standard;
        if (iterations != null) {
            recipe = recipe.withIterations(iterations);
        }
        if (beam != null) {
            recipe = new NameModelTrainer.Recipe(recipe.algorithm(), recipe.iterations(), recipe.cutoff(), beam);
        }
        if (algorithm != null) {
            recipe = recipe.withAlgorithm(algorithm);
        }
        spec.commandLine().getErr().println("training on " + sets + " with " + recipe);
        long started = System.nanoTime();
        TokenNameFinderModel cased = NameModelTrainer.train(sets, recipe, false);
        NameModelTrainer.write(cased, out);
        Path lowerOut = NameModel.lowerCaseSibling(out);
        if (casedOnly) {
            spec.commandLine().getOut().printf("wrote %s (%,d bytes) in %.0f s%n", out, out.toFile().length(),
                    (System.nanoTime() - started) / 1e9);
            return 0;
        }
        List<NerCorpus.Sentence> extra = List.of();
        if (silver == null) {
            spec.commandLine().getErr().println("note: without --silver the lower-case model learns from the gold sentences only;"
                    + " the shipped one was trained with --silver click_id_articles.jsonl.gz (see the README beside the models)");
        } else {
            extra = SilverCorpus.label(ArticleBodies.read(silver), cased, silverSentences,
                    SilverCorpus.DEFAULT_EVERY);
            spec.commandLine().getErr().printf("training the lower-case model also on %,d sentences of %s labelled by the cased model%n",
                    extra.size(), silver.getFileName());
        }
        TokenNameFinderModel lowerCase = NameModelTrainer.train(sets, extra, recipe, true);
        NameModelTrainer.write(lowerCase, lowerOut);
        spec.commandLine().getOut().printf("wrote %s (%,d bytes) and %s (%,d bytes) in %.0f s%n", out,
                out.toFile().length(), lowerOut, lowerOut.toFile().length(), (System.nanoTime() - started) / 1e9);
        return 0;
    }
}
