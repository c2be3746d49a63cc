package id.warta.cli;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Every command answers --help, and its help text states real defaults. */
class CommandHelpTest {

    @Test
    @DisplayName("every command and subcommand has the standard --help and --version options")
    void everyCommandHasHelp() {
        List<String> without = new ArrayList<>();
        visit(WartaCommand.commandLine(), "warta", without);
        assertThat(without).as("commands without --help").isEmpty();
    }

    @Test
    @DisplayName("`warta node start --help` prints the usage (exit 0), and --port names its real default, not null")
    void nodeStartHelp() {
        StringWriter out = new StringWriter(), err = new StringWriter();
        CommandLine cli = WartaCommand.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));

        assertThat(cli.execute("node", "start", "--help")).as(err.toString()).isZero();
        assertThat(out.toString()).contains("Usage: warta node start", "--port", "--heap")
                .doesNotContain("null").containsPattern("--port=<port>\\s+HTTP port on 127.0.0.1 \\(default:\\s+WARTA_ES_PORT, else\\s+9200\\)");
    }

    @Test
    @DisplayName("a command list shows each command's first description line: it is a whole sentence, not cut mid-phrase")
    void summariesAreWholeSentences() {
        List<String> cut = new ArrayList<>();
        summaries(WartaCommand.commandLine(), "warta", cut);
        assertThat(cut).as("first description lines that do not end a sentence").isEmpty();
    }

    private static void summaries(CommandLine command, String path, List<String> cut) {
        String[] description = command.getCommandSpec().usageMessage().description();
        if (!(command.getCommand() instanceof CommandLine.HelpCommand) && description.length > 0
                && !description[0].strip().matches(".*[.)!?]$")) {
            cut.add(path + ": " + description[0]);
        }
        command.getSubcommands().forEach((name, sub) -> summaries(sub, path + " " + name, cut));
    }

    private static void visit(CommandLine command, String path, List<String> without) {
        if (!(command.getCommand() instanceof CommandLine.HelpCommand)
                && (command.getCommandSpec().optionsMap().get("--help") == null
                || !command.getCommandSpec().optionsMap().get("--help").usageHelp())) {
            without.add(path);
        }
        command.getSubcommands().forEach((name, sub) -> visit(sub, path + " " + name, without));
    }
}
