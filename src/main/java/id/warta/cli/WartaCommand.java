package id.warta.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

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
                EntitiesCommand.class
        })
public class WartaCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** The command line with Warta's conventions: errors as one clear line, exit codes per picocli. */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new WartaCommand());
        cli.setExecutionExceptionHandler(new CliErrorHandler());
        return cli;
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
