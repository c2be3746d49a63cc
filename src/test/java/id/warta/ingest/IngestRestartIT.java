package id.warta.ingest;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import id.warta.index.ClusterConnection;
import id.warta.index.ElasticsearchClients;
import id.warta.index.IndexNames;
import id.warta.node.LocalNode;
import id.warta.testing.ElasticsearchTest;
import id.warta.testing.TestCluster;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;

/** However a run ends, running the same command again completes it: every article once, none lost. */
@ElasticsearchTest
class IngestRestartIT {

    private static final int ARTICLES = 5_000;

    @Test
    @DisplayName("the ingest JVM killed with SIGKILL mid-run: the same command resumes and completes (H2 job repository)")
    void killedIngestResumes(ClusterConnection es, ElasticsearchClient client, IndexNames names, @TempDir Path home) throws Exception {
        killAndResume(es, client, names, home, null);
    }

    @Test
    @EnabledIfEnvironmentVariable(named = "WARTA_TEST_POSTGRES_URL", matches = "jdbc:postgresql:.*",
            disabledReason = "needs a PostgreSQL server: .ci/run starts one and sets WARTA_TEST_POSTGRES_URL")
    @DisplayName("the ingest JVM killed with SIGKILL mid-run: the same command resumes and completes (PostgreSQL job repository)")
    void killedIngestResumesOnPostgres(ClusterConnection es, ElasticsearchClient client, IndexNames names, @TempDir Path home) throws Exception {
        killAndResume(es, client, names, home, System.getenv("WARTA_TEST_POSTGRES_URL"));
    }

    private static void killAndResume(ClusterConnection es, ElasticsearchClient client, IndexNames names, Path home, String databaseUrl)
            throws Exception {
        Path archive = TestArchives.generate(home.resolve("archive.jsonl"), ARTICLES);
        String[] args = killedRun(es, client, names, home, databaseUrl, archive, true);

        // other threads than the killed run's: how fast a job runs is not what identifies it
        String[] otherThreads = java.util.Arrays.copyOfRange(args, 1, args.length);
        otherThreads[java.util.Arrays.asList(otherThreads).indexOf("--threads") + 1] = "1";
        IngestSummary resumed = resumeCompletes(es, client, names, home, databaseUrl, otherThreads);
        assertThat(resumed.indexed()).as("what the killed process wrote in its last, uncommitted chunk counts as indexed, "
                + "not as unchanged: " + resumed.render()).isEqualTo(ARTICLES);
    }

    /** Runs `warta ingest COMMAND-LINE...` in this JVM and checks that it completes the killed run: every article once. */
    private static IngestSummary resumeCompletes(ClusterConnection es, ElasticsearchClient client, IndexNames names, Path home,
                                                 String databaseUrl, String... commandLine) throws IOException {
        try (IngestHarness harness = new IngestHarness(es, names, home, databaseUrl)) {
            IngestSummary resumed = harness.run(IngestHarness.fromCommandLine(commandLine));
            assertThat(resumed.completed()).as(resumed.render()).isTrue();
            assertThat(resumed.read()).as("records read over both executions").isEqualTo(ARTICLES);
            assertThat(resumed.balanced()).as(resumed.render()).isTrue();
            assertThat(IngestIT.count(client, names)).as("every article once, none twice").isEqualTo(ARTICLES);
            return resumed;
        }
    }

    @Test
    @DisplayName("the input replaced after a killed run: the same command starts a new run from the first record instead of resuming past records it never read")
    void changedInputIsNotResumedPart(ClusterConnection es, ElasticsearchClient client, IndexNames names, @TempDir Path home)
            throws Exception {
        Path archive = TestArchives.generate(home.resolve("archive.jsonl"), ARTICLES);
        String[] args = killedRun(es, client, names, home, null, archive, true);
        long fromKilledRun = settledCount(client, names);
        TestArchives.generate(archive, ARTICLES, ARTICLES); // other articles, as many

        try (IngestHarness harness = new IngestHarness(es, names, home, null)) {
            IngestSummary next = harness.run(IngestHarness.fromCommandLine(java.util.Arrays.copyOfRange(args, 1, args.length)));
            assertThat(next.completed()).as(next.render()).isTrue();
            assertThat(next.read()).as("the new file read from its first record").isEqualTo(ARTICLES);
            assertThat(next.indexed()).as(next.render()).isEqualTo(ARTICLES);
            assertThat(next.rejectsFile().getFileName().toString()).as("a run of its own").startsWith("run-2-");
            assertThat(next.render()).as("the summary says why the run began afresh, with or without a progress bar")
                    .startsWith("note: the inputs or the index changed since run 1").contains("starting run 2 from the first record");
        }
        assertThat(IngestIT.count(client, names)).as("every article of the new file, beside the killed run's")
                .isEqualTo(fromKilledRun + ARTICLES);
    }

    @Test
    @DisplayName("Ctrl-C or SIGTERM mid-run: the job stops at the end of its chunk, says how to resume, with no stack trace; the same command completes it")
    void terminatedIngestStopsCleanly(ClusterConnection es, ElasticsearchClient client, IndexNames names, @TempDir Path home)
            throws Exception {
        Path archive = TestArchives.generate(home.resolve("archive.jsonl"), ARTICLES);
        String[] args = killedRun(es, client, names, home, null, archive, false);
        String log = java.nio.file.Files.readString(home.resolve("killed-run.log"));
        assertThat(log).contains("run the same command again to resume").doesNotContain("Exception").doesNotContain("\tat ");

        resumeCompletes(es, client, names, home, null, java.util.Arrays.copyOfRange(args, 1, args.length));
    }

    /**
     * Starts `warta ingest` on the archive in a JVM of its own and ends it once 1,000 articles are in, with SIGKILL
     * ({@code forcibly}) or SIGTERM; its arguments.
     */
    private static String[] killedRun(ClusterConnection es, ElasticsearchClient client, IndexNames names, Path home, String databaseUrl,
                                      Path archive, boolean forcibly) throws Exception {
        String[] args = {"ingest", "--quiet", "--format", "jsonl", "--source", "gen", "--name", names.base(), "--no-entities",
                "--threads", "2", archive.toString()};
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "id.warta.WartaApplication"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(home.resolve("killed-run.log").toFile());
        builder.environment().put("WARTA_HOME", home.toString());
        builder.environment().put("WARTA_ES_URL", es.url());
        builder.environment().put("WARTA_ES_INDEX", names.base());
        if (databaseUrl != null) {
            builder.environment().put("WARTA_DB_URL", databaseUrl);
            builder.environment().put("WARTA_DB_USER", System.getenv().getOrDefault("WARTA_TEST_POSTGRES_USER", "warta"));
            builder.environment().put("WARTA_DB_PASSWORD", System.getenv().getOrDefault("WARTA_TEST_POSTGRES_PASSWORD", "warta"));
        }
        Process ingest = builder.start();
        long before = waitForCount(client, names, 1_000, ingest, home.resolve("killed-run.log"));
        if (forcibly) {
            ingest.destroyForcibly();
        } else {
            ingest.destroy();
        }
        assertThat(ingest.waitFor(2, java.util.concurrent.TimeUnit.MINUTES)).as("the process ended").isTrue();
        assertThat(before).as("ended mid-run, not after the end").isLessThan(ARTICLES);
        return args;
    }

    @Test
    @DisplayName("Elasticsearch killed mid-run: the job stops with a clear message; once the node is back the same command completes")
    void elasticsearchKilled(IndexNames names, @TempDir Path home) throws Exception {
        LocalNode node = new LocalNode(TestCluster.testNodeSettings(9271, "fault-node"), System.getenv());
        ClusterConnection es = ClusterConnection.of(node.start());
        try (ElasticsearchClient client = ElasticsearchClients.connect(es);
             IngestHarness harness = new IngestHarness(es, names, home, null)) {
            Path archive = TestArchives.generate(home.resolve("archive.jsonl"), ARTICLES);
            JobDefinition job = IngestHarness.fromCommandLine("--format", "jsonl", "--source", "gen", "--name", names.base(),
                    "--no-entities", "--threads", "2", archive.toString());
            CompletableFuture<IngestSummary> run = CompletableFuture.supplyAsync(() -> harness.run(job));
            waitForCount(client, names, 1_000, null, null);
            ProcessHandle.of(node.pid().orElseThrow()).orElseThrow().destroyForcibly();
            IngestSummary failed = run.get();
            assertThat(failed.completed()).isFalse();
            assertThat(failed.failure()).as(failed.render()).containsIgnoringCase("elasticsearch");
            assertThat(failed.render()).contains("Run the same command again");

            node.start();
            IngestSummary resumed = harness.run(job);
            assertThat(resumed.completed()).as(resumed.render()).isTrue();
            assertThat(resumed.read()).isEqualTo(ARTICLES);
            assertThat(resumed.balanced()).as(resumed.render()).isTrue();
            assertThat(IngestIT.count(client, names)).as("every article once, none twice").isEqualTo(ARTICLES);
        } finally {
            node.stop();
        }
    }

    /** The index's count once the killed process's last bulk requests are in: the same over two refreshes a second apart. */
    private static long settledCount(ElasticsearchClient client, IndexNames names) throws IOException, InterruptedException {
        long before = -1;
        for (int i = 0; i < 30; i++) {
            client.indices().refresh(r -> r.index(names.writeAlias()));
            long now = IngestIT.count(client, names);
            if (now == before) {
                return now;
            }
            before = now;
            Thread.sleep(1_000);
        }
        throw new AssertionError("the index count did not settle after the kill");
    }

    /** Waits (bounded) until the index holds at least {@code atLeast} documents; returns the count seen. */
    private static long waitForCount(ElasticsearchClient client, IndexNames names, long atLeast, Process process, Path log)
            throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(deadline)) {
            if (process != null && !process.isAlive()) {
                throw new AssertionError("the ingest process ended before it could be killed:\n" + java.nio.file.Files.readString(log));
            }
            try {
                long count = IngestIT.count(client, names);
                if (count >= atLeast) {
                    return count;
                }
            } catch (co.elastic.clients.elasticsearch._types.ElasticsearchException e) {
                // the index does not exist yet
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the index never reached " + atLeast + " documents");
    }
}
