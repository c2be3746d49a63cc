package id.warta.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.List;
import java.util.concurrent.Callable;

/** `warta analyze timeline --entity person:NAME --entity country:CODE [QUERY] [filters]`: attention over time. */
@Command(name = "timeline", mixinStandardHelpOptions = true,
        description = {"Matching articles per day, week, month or year for each entity, in calendar days of the zone."})
public class AnalyzeTimelineCommand implements Callable<Integer> {

    @Mixin
    SearchFilterOptions filters;

    @Option(names = "--entity", paramLabel = "KIND:VALUE", required = true,
            description = "person:NAME or country:CODE; repeat for several (at most 10).")
    List<String> entities;

    @Option(names = "--interval", description = "day, week, month, year, or auto (default: from the days covered, from/to or else the first to last mention, as the search's histogram chooses from a range).")
    String interval;

    @Option(names = "--json", description = "Print the same JSON as GET /api/analysis/timeline.")
    boolean json;

    @Override
    public Integer call() {
        return AnalyzeCommand.print(analysis -> analysis.timeline(filters.parameters(null, null, null, null), entities,
                interval), json, AnalysisTables::timeline);
    }
}
