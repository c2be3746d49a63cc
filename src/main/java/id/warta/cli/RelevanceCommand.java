package id.warta.cli;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import id.warta.search.CountryNames;
import id.warta.search.relevance.QuestionSet;
import id.warta.search.relevance.RelevanceEvaluation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code warta relevance FILE...}: how well search ranks the passage that answers each question. */
@Command(name = "relevance",
        mixinStandardHelpOptions = true,
        description = {
                "Measure search relevance on questions about news passages.",
                "Reads FacQA's CSV (question,passage,seq_label; token lists as Python lists). The passages of all files are indexed together into a temporary index",
                "on the configured cluster; each question is searched as typed."})
class RelevanceCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Question sets.")
    List<Path> files;

    @Override
    public Integer call() {
        List<QuestionSet> sets = files.stream().map(QuestionSet::read).toList();
        try (var context = SpringContexts.batch()) {
            RelevanceEvaluation.Result result = new RelevanceEvaluation(context.getBean(ElasticsearchClient.class),
                    context.getBean(CountryNames.class)).evaluate(sets);
            PrintWriter out = spec.commandLine().getOut();
            out.println("# " + RelevanceEvaluation.DEFINITION);
            out.printf("%,d passages indexed%n", result.passages());
            result.perSet().forEach((name, score) -> out.printf("%s%n  %s%n", name, score));
            if (result.perSet().size() > 1) {
                out.printf("all%n  %s%n", result.all());
            }
            out.flush();
            return 0;
        }
    }
}
