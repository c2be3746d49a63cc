package id.warta.cli;

import id.warta.extract.WordStatsBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code warta entities lexicon ARTICLES}: builds the word statistics the name finder uses as
 * features from a news corpus in JSON Lines (the shipped one is built from CLICK-ID, CC BY 4.0).
 * Run it before {@code entities train}: the model is trained with the lexicon it will run with.
 */
@Command(name = "lexicon",
        mixinStandardHelpOptions = true,
        description = {
                "Build the name finder's word statistics from news articles.",
                "Capitalisation and context of each word, from articles in JSON Lines (body or content field; .gz",
                "allowed). Retrain the model afterwards."})
class EntitiesLexiconCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "ARTICLES", description = "JSON Lines news articles, e.g. click_id_articles.jsonl.gz.")
    Path articles;

    @Option(names = "--out", paramLabel = "FILE", defaultValue = "src/main/resources/id/warta/extract/word-stats.tsv.gz",
            description = "Where to write the lexicon (default: ${DEFAULT-VALUE}).")
    Path out;

    @Override
    public Integer call() throws IOException {
        List<String> bodies = ArticleBodies.read(articles);
        int words = WordStatsBuilder.build(bodies, out);
        spec.commandLine().getOut().printf("wrote %s: %,d words from %,d articles%n", out, words, bodies.size());
        return 0;
    }
}
