package id.warta.benchmark;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import id.warta.WartaApplication;
import id.warta.WartaException;
import id.warta.cli.IngestCommand;
import id.warta.index.ClusterConnection;
import id.warta.index.IndexBootstrap;
import id.warta.index.IndexDefinition;
import id.warta.index.IndexNames;
import id.warta.ingest.IngestRunner;
import id.warta.ingest.IngestSummary;
import id.warta.ingest.JobDefinition;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import picocli.CommandLine;

import java.util.Arrays;

/**
 * `warta ingest` run several times in one JVM, each pass into a fresh index (the one before is deleted), so that the
 * ingest benchmark sees the job both in a fresh JVM (pass 1) and warm (later passes), as in a long ingest or a
 * process that runs jobs one after another. Each pass is the job as the command runs it, through {@link IngestRunner},
 * with the command's own options; {@link PassMeter} prints its figures.
 *
 * <pre>java IngestPasses PASSES [ingest options] ARCHIVE...</pre>
 */
public final class IngestPasses {

    private IngestPasses() {
    }

    public static void main(String[] args) {
        int passes = Integer.parseInt(args[0]);
        IngestCommand command = new IngestCommand();
        new CommandLine(command).parseArgs(Arrays.copyOfRange(args, 1, args.length));
        JobDefinition job = command.definition();
        try (var context = new SpringApplicationBuilder(WartaApplication.class).web(WebApplicationType.NONE)
                .logStartupInfo(false).run()) {
            IngestRunner runner = context.getBean(IngestRunner.class);
            ElasticsearchClient client = context.getBean(ElasticsearchClient.class);
            IndexNames names = context.getBean(IndexNames.class);
            PassMeter meter = new PassMeter(context.getBean(ClusterConnection.class).url());
            for (int pass = 1; pass <= passes; pass++) {
                if (pass > 1) {
                    IngestRuns.delete(client, names.base());
                }
                // The index is made before the meter starts, as the raw loader does; the runner then finds it there.
                new IndexBootstrap(client, names, IndexDefinition.load()).ensure();
                meter.start();
                IngestSummary summary = runner.run(job, false, null);
                if (!summary.completed()) {
                    throw new WartaException("pass " + pass + " did not complete:\n" + summary.render());
                }
                meter.finish(pass, summary.read(), summary.indexed(), summary.elapsed().toNanos() / 1e9);
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
