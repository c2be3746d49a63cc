package id.warta.cli;

import id.warta.search.SearchParameters;
import picocli.CommandLine.IParameterConsumer;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.List;
import java.util.Stack;

/** The query and filters that choose a result set, as `search` and `analyze` take them (a picocli mixin). */
public class SearchFilterOptions {

    @Parameters(paramLabel = "QUERY", arity = "0..1", parameterConsumer = QueryConsumer.class,
            description = {"The query (empty: every article). One that starts with - is still the query: "
                    + "warta search \"-hoaks banjir\"."})
    String query;

    @Option(names = "--country", paramLabel = "CODE", split = ",",
            description = "ISO 3166 alpha-2 code; repeat, or separate with commas (KP,RU), for any of several.")
    List<String> countries;

    // Split at commas as the API splits a list given once: "--person Prabowo,Prabowo Subianto" found nothing here
    // where person=Prabowo,Prabowo Subianto found 78 articles.
    @Option(names = "--person", paramLabel = "NAME", split = ",",
            description = "Person (any case); repeat, or separate with commas, for any of several.")
    List<String> persons;

    @Option(names = "--source", paramLabel = "NAME", split = ",",
            description = "Source (any case); repeat, or separate with commas, for any of several.")
    List<String> sources;

    @Option(names = "--language", paramLabel = "CODE", split = ",",
            description = "Language (id, en, ...); repeat, or separate with commas, for several.")
    List<String> languages;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "First day, inclusive.")
    String from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Last day, inclusive.")
    String to;

    @Option(names = "--zone", description = "Time zone of the days (default Asia/Jakarta).")
    String zone;

    /**
     * Takes the next argument as the query, also when it starts with '-' (an exclusion): picocli's own
     * positional handling leaves such an argument over as an unknown option even when the command treats
     * unmatched options as positional parameters ({@link WartaCommand#commandLine()} sets that, so that an
     * argument that is no option gets here at all). A second one is still refused by picocli as unmatched.
     */
    static final class QueryConsumer implements IParameterConsumer {

        @Override
        public void consumeParameters(Stack<String> args, ArgSpec argSpec, CommandSpec command) {
            String query = args.pop();
            if (query.startsWith("--")) {
                // a mistyped option ("--sourc"), not a search for everything without "sourc"
                throw new picocli.CommandLine.ParameterException(command.commandLine(), "Unknown option: '" + query
                        + "'; a query that starts with '-' excludes a word: warta " + command.name() + " \"-hoaks banjir\"");
            }
            argSpec.setValue(query);
        }
    }

    /** The search with these filters; order, page size, cursor and recency as given (null: defaults). */
    SearchParameters parameters(String sort, String size, String cursor, String recency) {
        return new SearchParameters(query, countries, persons, sources, languages, from, to, zone, sort, size, cursor, recency);
    }
}
