package id.warta.cli;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue #9: no secret appears in `--help`: options that take one never show their (environment) default. */
class HelpSecretsTest {

    @Test
    @DisplayName("every option that takes a password, key or token hides its default value in --help")
    void secretsStayOutOfHelp() {
        List<String> secretOptions = new ArrayList<>();
        visit(WartaCommand.commandLine(), secretOptions);
        assertThat(secretOptions).as("options holding secrets").isNotEmpty();
    }

    private static void visit(CommandLine command, List<String> secretOptions) {
        for (OptionSpec option : command.getCommandSpec().options()) {
            String name = option.longestName().toLowerCase(Locale.ROOT);
            if (name.contains("password") || name.contains("key") || name.contains("token") || name.contains("secret")) {
                secretOptions.add(command.getCommandName() + " " + option.longestName());
                assertThat(option.showDefaultValue()).as(option.longestName()).isNotEqualTo(CommandLine.Help.Visibility.ALWAYS);
                assertThat(String.join(" ", option.description())).as(option.longestName()).doesNotContain("${DEFAULT-VALUE}");
                assertThat(command.getUsageMessage()).as("usage of " + command.getCommandName())
                        .doesNotContain("Default: " + option.defaultValue());
            }
        }
        command.getSubcommands().values().forEach(sub -> visit(sub, secretOptions));
    }
}
