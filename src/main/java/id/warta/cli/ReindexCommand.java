package id.warta.cli;

import id.warta.reindex.ReindexRunner;
import id.warta.reindex.ReindexSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.concurrent.Callable;

/** `warta reindex [--re-extract] | --discard`. */
@Command(name = "reindex", mixinStandardHelpOptions = true,
        description = {"Build the next index version from index-mappings/ and move the aliases to it once verified.",
                "Searches and ingests go on meanwhile; articles ingested during the copy are caught up.",
                "Run the same command again to resume a reindex that failed or was killed."})
public class ReindexCommand implements Callable<Integer> {

    @Option(names = "--re-extract", description = "Clean the stored text again and re-run country and person extraction.")
    boolean reExtract;

    @Option(names = "--discard", description = {"Drop an unfinished reindex (its job and its new version) instead;",
            "a new version the aliases already point at stays live, and only its job is ended."})
    boolean discard;

    @Option(names = "--quiet", description = "No progress bar.")
    boolean quiet;

    @Override
    public Integer call() {
        try (var context = SpringContexts.batch()) {
            ReindexRunner runner = context.getBean(ReindexRunner.class);
            if (discard) {
                System.out.println(runner.discard().render());
                return 0;
            }
            ReindexSummary summary = runner.run(reExtract, quiet ? null : System.err);
            System.out.print(summary.render());
            return summary.completed() ? 0 : 1;
        }
    }
}
