package id.warta.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.concurrent.Callable;

/** `warta analyze cooccurrence QUERY [filters]`: persons or countries mentioned with the matching articles. */
@Command(name = "cooccurrence", mixinStandardHelpOptions = true,
        description = {"Persons (or countries) most often mentioned in the matching articles, with lift against the archive.",
                "Those the search asks for itself (its --person/--country, names in the query) are left out."})
public class AnalyzeCooccurrenceCommand implements Callable<Integer> {

    @Mixin
    SearchFilterOptions filters;

    @Option(names = "--facet", description = "persons (default) or countries.")
    String facet;

    @Option(names = "--size", description = "Values to list, 1 to 100 (default 20).")
    String size;

    @Option(names = "--min-count", paramLabel = "N", description = "Fewest matching articles a value must appear in (default 3).")
    String minCount;

    @Option(names = "--sort", description = "count (default) or lift.")
    String sort;

    @Option(names = "--json", description = "Print the same JSON as GET /api/analysis/cooccurrence.")
    boolean json;

    @Override
    public Integer call() {
        return AnalyzeCommand.print(analysis -> analysis.cooccurrence(filters.parameters(null, null, null, null), facet, size,
                minCount, sort), json, AnalysisTables::cooccurrence);
    }
}
