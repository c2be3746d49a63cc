package id.warta.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.concurrent.Callable;

/** `warta analyze terms QUERY [filters]`: the words that set the matching articles apart from the archive. */
@Command(name = "terms", mixinStandardHelpOptions = true,
        description = {"Words that set the matching articles apart from the archive (significant text), as written."})
public class AnalyzeTermsCommand implements Callable<Integer> {

    @Mixin
    SearchFilterOptions filters;

    @Option(names = "--size", description = "Words to list, 1 to 100 (default 20).")
    String size;

    @Option(names = "--min-count", paramLabel = "N", description = "Fewest matching articles a word must appear in (default 3).")
    String minCount;

    @Option(names = "--json", description = "Print the same JSON as GET /api/analysis/significant-terms.")
    boolean json;

    @Override
    public Integer call() {
        return AnalyzeCommand.print(analysis -> analysis.significantTerms(filters.parameters(null, null, null, null), size,
                minCount), json, AnalysisTables::significantTerms);
    }
}
