package id.warta.cli;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A query that starts with '-' (an exclusion) is the query of `search` and `analyze ...`, not options. */
class QueryArgumentTest {

    private static ParseResult parse(String... args) {
        return WartaCommand.commandLine().parseArgs(args);
    }

    private static SearchFilterOptions filters(ParseResult command) {
        Object user = command.commandSpec().userObject();
        return switch (user) {
            case SearchCommand search -> search.filters;
            case AnalyzeTermsCommand terms -> terms.filters;
            case AnalyzeCooccurrenceCommand cooccurrence -> cooccurrence.filters;
            case AnalyzeTimelineCommand timeline -> timeline.filters;
            default -> throw new AssertionError(user);
        };
    }

    @Test
    @DisplayName("\"-hoaks banjir\", \"-Video viral\" and \"-korupsi banjir\" are searched for, not read as flags")
    void searchQueryStartingWithMinus() {
        for (String query : new String[] {"-hoaks banjir", "-Video viral", "-korupsi banjir", "-hoaks", "-V1"}) {
            ParseResult search = parse("search", query).subcommand();
            assertThat(search.isUsageHelpRequested() || search.isVersionHelpRequested()).as(query).isFalse();
            assertThat(filters(search).query).isEqualTo(query);
        }
    }

    @Test
    @DisplayName("the options around such a query still work")
    void optionsStillWork() {
        ParseResult search = parse("search", "--country", "RU", "-korupsi banjir", "--size", "5", "--json").subcommand();
        assertThat(filters(search).query).isEqualTo("-korupsi banjir");
        assertThat(filters(search).countries).containsExactly("RU");
        assertThat(filters(parse("search", "rudal", "--country", "KP,RU", "--country", "US").subcommand()).countries)
                .as("codes separated by commas, as the API takes them").containsExactly("KP", "RU", "US");
        SearchFilterOptions persons = filters(parse("search", "--person", "Prabowo,Prabowo Subianto", "--source", "Kompas.com,tempo.co")
                .subcommand());
        assertThat(persons.persons).as("persons and sources split at commas too, as the API splits them")
                .containsExactly("Prabowo", "Prabowo Subianto");
        assertThat(persons.sources).containsExactly("Kompas.com", "tempo.co");
        assertThat(((SearchCommand) search.commandSpec().userObject()).size).isEqualTo("5");
        assertThat(((SearchCommand) search.commandSpec().userObject()).json).isTrue();
        assertThat(parse("search", "-h").subcommand().isUsageHelpRequested()).isTrue();
        assertThat(filters(parse("search", "--", "-hoaks").subcommand()).query).isEqualTo("-hoaks");
        assertThat(filters(parse("search").subcommand()).query).isNull();
        assertThatThrownBy(() -> parse("search", "--sourc", "kompas")).as("a mistyped option is no query")
                .isInstanceOf(CommandLine.ParameterException.class).hasMessageContaining("--sourc");
        assertThatThrownBy(() -> parse("analyze", "terms", "--langauge")).as("nor in analyze")
                .isInstanceOf(CommandLine.ParameterException.class).hasMessageContaining("--langauge");
        assertThatThrownBy(() -> parse("analyze", "timeline", "rudal")).as("a timeline needs an entity, asked for as the option it is")
                .isInstanceOf(CommandLine.ParameterException.class).hasMessageContaining("--entity");
        assertThatThrownBy(() -> parse("search", "-hoaks", "banjir")).as("one query only")
                .isInstanceOf(CommandLine.ParameterException.class).hasMessageContaining("banjir");
    }

    @Test
    @DisplayName("the analyze subcommands take such a query too")
    void analyzeQueryStartingWithMinus() {
        for (List<String> args : List.of(List.of("analyze", "terms", "-hoaks banjir", "--size", "5"),
                List.of("analyze", "cooccurrence", "-hoaks banjir"),
                List.of("analyze", "timeline", "--entity", "country:KP", "-hoaks banjir"))) {
            ParseResult view = parse(args.toArray(String[]::new)).subcommand().subcommand();
            assertThat(view.isUsageHelpRequested()).isFalse();
            assertThat(filters(view).query).as(args.toString()).isEqualTo("-hoaks banjir");
        }
    }

    @Test
    @DisplayName("search --help says so")
    void helpMentionsIt() {
        CommandLine cli = WartaCommand.commandLine();
        StringWriter out = new StringWriter();
        cli.setOut(new PrintWriter(out));
        assertThat(cli.execute("search", "--help")).isZero();
        assertThat(out.toString().replaceAll("\\s+", " ")).contains("One that starts with - is still the query",
                "warta search \"-hoaks banjir\"");
    }
}
