package id.warta.cli;

import id.warta.search.analysis.ArticleAnalysis;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import tools.jackson.databind.json.JsonMapper;

import java.io.PrintStream;
import java.util.function.Function;

/** `warta analyze cooccurrence|terms|timeline`: the API's analysis views over a search, as tables or JSON. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = {"Analyse the articles a search matches: who appears with whom, distinctive words, attention over time.",
                "Each subcommand takes the search's query and filters (see `warta search --help`)."},
        subcommands = {AnalyzeCooccurrenceCommand.class, AnalyzeTermsCommand.class, AnalyzeTimelineCommand.class})
public class AnalyzeCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    /**
     * Runs one view in a batch Spring context and prints its answer: with {@code json} as the API's JSON,
     * else as {@code table} prints it.
     */
    static <T> int print(Function<ArticleAnalysis, T> view, boolean json, Table<T> table) {
        try (ConfigurableApplicationContext context = SpringContexts.batch()) {
            ReadOnlyIndex.requireCurrent(context);
            T answer = view.apply(context.getBean(ArticleAnalysis.class));
            if (json) {
                System.out.println(context.getBean(JsonMapper.class).writerWithDefaultPrettyPrinter().writeValueAsString(answer));
            } else {
                table.print(answer, System.out);
            }
            return 0;
        }
    }

    /** Prints an answer for a terminal. */
    @FunctionalInterface
    interface Table<T> {
        void print(T answer, PrintStream out);
    }
}
