package id.warta.ingest;

import id.warta.WartaApplication;
import id.warta.cli.IngestCommand;
import id.warta.index.ClusterConnection;
import id.warta.index.IndexNames;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs ingest jobs in this JVM the way `warta ingest` does, against a test index and a job repository of its own. */
public final class IngestHarness implements AutoCloseable {

    private final ConfigurableApplicationContext context;

    public IngestHarness(ClusterConnection es, IndexNames names, Path home, String databaseUrl) {
        List<String> args = new ArrayList<>(List.of(
                "--warta.es.url=" + es.url(),
                "--warta.es.index=" + names.base(),
                "--warta.home=" + home,
                "--spring.datasource.url=" + (databaseUrl != null ? databaseUrl
                        : "jdbc:h2:file:" + home.resolve("batch/jobs") + ";AUTO_SERVER=TRUE;WRITE_DELAY=0;TRACE_LEVEL_FILE=0")));
        if (databaseUrl != null) {
            args.add("--spring.datasource.username=" + System.getenv().getOrDefault("WARTA_TEST_POSTGRES_USER", "warta"));
            args.add("--spring.datasource.password=" + System.getenv().getOrDefault("WARTA_TEST_POSTGRES_PASSWORD", "warta"));
        }
        if (es.username() != null) {
            args.add("--warta.es.user=" + es.username());
            args.add("--warta.es.password=" + es.password());
        }
        if (es.caCertificate() != null) {
            args.add("--warta.es.ca=" + es.caCertificate());
        }
        context = new SpringApplicationBuilder(WartaApplication.class).web(WebApplicationType.NONE)
                .logStartupInfo(false).run(args.toArray(String[]::new));
    }

    /** A bean of this context, e.g. the reindex runner. */
    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    public IngestSummary run(JobDefinition job) {
        return context.getBean(IngestRunner.class).run(job, false, null);
    }

    /** The job `warta ingest ARGS...` would run. */
    public static JobDefinition fromCommandLine(String... args) {
        IngestCommand command = new IngestCommand();
        new CommandLine(command).parseArgs(args);
        return command.definition();
    }

    @Override
    public void close() {
        context.close();
    }
}
