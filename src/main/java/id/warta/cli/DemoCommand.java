package id.warta.cli;

import id.warta.index.ClusterConnection;
import id.warta.ingest.IngestRunner;
import id.warta.ingest.IngestSummary;
import id.warta.ingest.JobFiles;
import id.warta.node.LocalNode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** `warta demo`: a local node, the sample archive indexed, and what to try next. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Start a local node, index the bundled sample archive (batch-jobs/sample.yml) and show what to try.")
public class DemoCommand implements Callable<Integer> {

    @Option(names = "--job", description = "Job file to index (default: ${DEFAULT-VALUE}).", defaultValue = "batch-jobs/sample.yml")
    Path job;

    @Override
    public Integer call() {
        if (!Files.isRegularFile(job)) {
            throw new id.warta.WartaException("cannot find " + job + ": run the demo from the root of a Warta checkout");
        }
        boolean external = ClusterConnection.external(System.getenv()).isPresent();
        if (!external) {
            LocalNode node = LocalNode.fromEnvironment();
            System.out.println("Elasticsearch: " + node.start().url() + " (folder " + node.settings().directory() + ")");
        }
        try (var context = SpringContexts.batch()) {
            IngestSummary summary = context.getBean(IngestRunner.class).run(JobFiles.load(job), false, System.err);
            System.out.print(summary.render());
            if (!summary.completed()) {
                return 1;
            }
        }
        System.out.println("""

                Try:
                  java -jar target/warta.jar node status
                  java -jar target/warta.jar ingest batch-jobs/sample.yml     (again: nothing changes)
                  java -jar target/warta.jar node stop""");
        return 0;
    }
}
