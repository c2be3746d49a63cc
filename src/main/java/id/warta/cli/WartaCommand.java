package id.warta.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.util.List;

/** The top of Warta's command line: `java -jar warta.jar COMMAND`. */
@Command(name = "warta",
        mixinStandardHelpOptions = true,
        versionProvider = WartaVersion.class,
        description = "Full-text search for Indonesian news archives.",
        subcommands = {
                CommandLine.HelpCommand.class,
                NodeCommand.class,
                IngestCommand.class,
                ReindexCommand.class,
                IndicesCommand.class,
                RollbackCommand.class,
                DemoCommand.class,
                KibanaCommand.class,
                SearchCommand.class,
                AnalyzeCommand.class,
                ServeCommand.class,
                EntitiesCommand.class,
                RelevanceCommand.class
        })
public class WartaCommand implements Runnable {

    /** The commands whose positional QUERY (with their subcommands') may start with '-'. */
    static final List<String> QUERY_COMMANDS = List.of("search", "analyze");

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** The command line with Warta's conventions: errors as one clear line, exit codes per picocli. */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new WartaCommand());
        cli.setExecutionExceptionHandler(new CliErrorHandler());
        // A query may start with '-' (an exclusion: "-hoaks banjir"). In the commands that take one, an
        // argument that is not one of their options is the query, and "-hoaks" is not read as -h -o -a ...
        for (String name : QUERY_COMMANDS) {
            cli.getSubcommands().get(name).setUnmatchedOptionsArePositionalParams(true)
                    .setPosixClusteredShortOptionsAllowed(false);
        }
        return cli;
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
