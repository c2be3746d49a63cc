package id.warta.cli;

import id.warta.extract.EntityEvaluation;
import id.warta.extract.EntityExtractor;
import id.warta.extract.NameModel;
import id.warta.extract.NerCorpus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code warta entities evaluate FILE...}: precision, recall and F1 of the extractor on held-out NER
 * sentences, for persons (exact span match) and countries (per sentence).
 */
@Command(name = "evaluate",
        mixinStandardHelpOptions = true,
        description = {
                "Measure entity extraction on held-out NER sentences.",
                "Files of 'token TAG' or 'token POS TAG' lines, a blank line between sentences; BIO tags",
                "PER/PERSON/PPL, LOC/LOCATION/PLACE/PLC, ORG/ORGANIZATION and the like.",
                "Each sentence is extracted as an article of its own."})
class EntitiesEvaluateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Held-out NER files.")
    List<Path> files;

    @Option(names = "--model", paramLabel = "FILE", description = "Evaluate this model instead of the jar's.")
    Path model;

    @Option(names = "--no-rules", description = "Measure the name finder model alone, without the person rules.")
    boolean noRules;

    @Option(names = "--errors", paramLabel = "N", defaultValue = "0",
            description = "Print up to N mistaken sentences per file and entity (default: ${DEFAULT-VALUE}).")
    int errors;

    @Override
    public Integer call() {
        EntityExtractor extractor = new EntityExtractor(model == null ? NameModel.bundled() : NameModel.load(model), !noRules);
        EntityEvaluation evaluation = new EntityEvaluation(extractor);
        PrintWriter out = spec.commandLine().getOut();
        out.println("# " + EntityEvaluation.DEFINITION);
        EntityEvaluation.Score persons = new EntityEvaluation.Score(0, 0, 0);
        EntityEvaluation.Score countries = new EntityEvaluation.Score(0, 0, 0);
        for (Path file : files) {
            EntityEvaluation.Result result = evaluation.evaluate(NerCorpus.read(file));
            out.printf("%s (%d sentences)%n  persons   %s%n  countries %s%n", file.getFileName(), result.sentences(),
                    result.persons(), result.countries());
            result.personErrors().stream().limit(errors).forEach(e -> out.println("    person  " + e));
            result.countryErrors().stream().limit(errors).forEach(e -> out.println("    country " + e));
            persons = new EntityEvaluation.Score(persons.tp() + result.persons().tp(),
                    persons.fp() + result.persons().fp(), persons.fn() + result.persons().fn());
            countries = new EntityEvaluation.Score(countries.tp() + result.countries().tp(),
                    countries.fp() + result.countries().fp(), countries.fn() + result.countries().fn());
        }
        if (files.size() > 1) {
            out.printf("all (micro-average)%n  persons   %s%n  countries %s%n", persons, countries);
        }
        out.flush();
        return 0;
    }
}
