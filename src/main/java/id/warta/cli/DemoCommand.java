package id.warta.cli;

import id.warta.index.ClusterConnection;
import id.warta.ingest.IngestRunner;
import id.warta.ingest.IngestSummary;
import id.warta.ingest.JobFiles;
import id.warta.node.LocalCluster;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** `warta demo`: a local node, the sample archive indexed, the API up, and searches to try. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Index the bundled sample on a local node, serve the API and print searches to try.",
                "The sample is batch-jobs/sample.yml. Stop with Ctrl-C."})
public class DemoCommand implements Callable<Integer> {

    @Option(names = "--job", description = "Job file to index (default: ${DEFAULT-VALUE}).", defaultValue = "batch-jobs/sample.yml")
    Path job;

    @Option(names = "--no-serve", description = "Index and stop: do not start the API.")
    boolean noServe;

    @Option(names = "--port", description = "HTTP port of the API (default 8080, or server.port / SERVER_PORT).")
    Integer port;

    @Override
    public Integer call() throws InterruptedException {
        if (!Files.isRegularFile(job)) {
            throw new id.warta.WartaException("cannot find " + job + ": run the demo from the root of a Warta checkout");
        }
        boolean external = ClusterConnection.external(System.getenv()).isPresent();
        if (!external) {
            LocalCluster cluster = LocalCluster.fromEnvironment();
            System.out.println("Elasticsearch: " + cluster.start().url() + " (folder "
                    + cluster.nodes().getFirst().settings().directory() + ")");
        }
        try (var context = SpringContexts.batch()) {
            IngestSummary summary = context.getBean(IngestRunner.class).run(JobFiles.load(job), false, System.err);
            System.out.print(summary.render());
            if (!summary.completed()) {
                return 1;
            }
        }
        if (noServe) {
            return 0;
        }
        ServeCommand serve = new ServeCommand();
        serve.port = port;
        return serve.serve(base -> System.out.println("""

                Try:
                  curl '%1$s/api/search?q=presiden'
                  curl '%1$s/api/search?q=menandatangani'                  (stemmed: finds "penandatanganan")
                  curl '%1$s/api/search?q=Korut&sort=date'                 (alias: North Korea)
                  curl '%1$s/api/search?q=Trump&country=US&country=CN'     (facets count countries, persons, sources, dates)
                  curl '%1$s/api/facets/person?prefix=jo'
                  curl '%1$s/api/analysis/cooccurrence?q=Trump&min_count=2' (persons mentioned with Trump, with lift)
                  curl '%1$s/api/analysis/significant-terms?country=US'    (words that set US coverage apart)
                  curl '%1$s/api/analysis/timeline?entity=country:US&entity=country:CN&from=2019-09-01&to=2019-09-30'
                  java -jar target/warta.jar search "harga beras" --from 2019-09-01 --to 2019-09-30
                  java -jar target/warta.jar search "Apa kata Jokowi tentang ibu kota baru?"  (no article has every word: any, best first)
                  java -jar target/warta.jar analyze cooccurrence --country US --facet countries --sort lift
                  open %1$s/swagger-ui.html                                  (all endpoints, with examples)
                """.formatted(base)));
    }
}
