package id.warta.cli;

import id.warta.extract.NameGazetteerBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * {@code warta entities gazetteer FOLDER}: builds the name gazetteer the name finder uses as
 * features from the Indonesian DBpedia name lists published with the MDEE NER dataset.
 * Then rebuild the jar and run {@code entities train}: the model is trained with the gazetteer it will run with.
 */
@Command(name = "gazetteer",
        mixinStandardHelpOptions = true,
        description = {
                "Build the name finder's gazetteer from DBpedia name lists.",
                "It says which words occur in names of persons, places and organisations. Reads the Indonesian DBpedia name lists of the MDEE NER dataset (folder with original-dbpedia/ and",
                "expanded-dbpedia/). Then rebuild the jar (training reads the gazetteer from it) and retrain the model."})
class EntitiesGazetteerCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FOLDER", description = "The dbpedia_id_ner_gazetteers folder.")
    Path folder;

    @Option(names = "--out", paramLabel = "FILE", defaultValue = "src/main/resources/id/warta/extract/name-gazetteer.tsv.gz",
            description = "Where to write the gazetteer (default: ${DEFAULT-VALUE}).")
    Path out;

    @Override
    public Integer call() {
        int words = NameGazetteerBuilder.build(folder, out);
        spec.commandLine().getOut().printf("wrote %s: %,d words%n", out, words);
        return 0;
    }
}
