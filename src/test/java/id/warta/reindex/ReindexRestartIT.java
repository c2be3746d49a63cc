package id.warta.reindex;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import id.warta.WartaException;
import id.warta.index.ClusterConnection;
import id.warta.index.IndexNames;
import id.warta.index.IndexVersion;
import id.warta.index.IndexVersions;
import id.warta.ingest.IngestHarness;
import id.warta.ingest.IngestSummary;
import id.warta.ingest.TestArchives;
import id.warta.testing.ElasticsearchTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Issue #6: a reindex killed halfway resumes when run again; a second reindex while one runs is refused. */
@ElasticsearchTest
class ReindexRestartIT {

    private static final int ARTICLES = 20_000;

    @Test
    @DisplayName("reindex JVM killed with SIGKILL mid-copy: a second reindex meanwhile is refused; running it again completes")
    void killedReindexResumes(ClusterConnection es, ElasticsearchClient client, IndexNames names, @TempDir Path home) throws Exception {
        try (IngestHarness harness = new IngestHarness(es, names, home, null)) {
            Path archive = TestArchives.generate(home.resolve("archive.jsonl"), ARTICLES);
            IngestSummary ingested = harness.run(IngestHarness.fromCommandLine("--format", "jsonl", "--source", "gen",
                    "--no-entities", "--threads", "2", archive.toString()));
            assertThat(ingested.completed()).as(ingested.render()).isTrue();

            Process reindex = start(es, names, home);
            String target = names.version(2);
            long copiedWhenKilled = waitForCopy(client, target, reindex, home.resolve("killed-run.log"));

            assertThatThrownBy(() -> harness.bean(ReindexRunner.class).run(false, null))
                    .isInstanceOf(WartaException.class)
                    .hasMessageContaining("already running (process " + reindex.pid() + ")");

            reindex.destroyForcibly().waitFor();
            assertThat(copiedWhenKilled).as("killed mid-copy, not after it").isLessThan(ARTICLES);
            assertThat(new IndexVersions(client, names).live().orElseThrow().name())
                    .as("a killed reindex moved no alias").isEqualTo(names.version(1));

            ReindexSummary resumed = harness.bean(ReindexRunner.class).run(false, null);
            assertThat(resumed.completed()).as(resumed.render()).isTrue();
            assertThat(resumed.target()).isEqualTo(target);
            assertThat(resumed.copied()).as("copied over both executions, each committed chunk once").isEqualTo(ARTICLES);
            IndexVersion live = new IndexVersions(client, names).live().orElseThrow();
            assertThat(live.name()).isEqualTo(target);
            assertThat(ReindexIT.count(client, names.readAlias())).isEqualTo(ARTICLES);
        }
    }

    private static Process start(ClusterConnection es, IndexNames names, Path home) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "id.warta.WartaApplication", "reindex", "--quiet"));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(home.resolve("killed-run.log").toFile());
        builder.environment().put("WARTA_HOME", home.toString());
        builder.environment().put("WARTA_ES_URL", es.url());
        builder.environment().put("WARTA_ES_INDEX", names.base());
        return builder.start();
    }

    /** Waits (bounded) until the new version holds some copied articles; returns how many it saw. */
    private static long waitForCopy(ElasticsearchClient client, String target, Process process, Path log) throws Exception {
        long deadline = System.nanoTime() + 180_000_000_000L;
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError("the reindex ended before it could be killed:\n" + Files.readString(log));
            }
            if (client.indices().exists(e -> e.index(target)).value()) {
                client.indices().refresh(r -> r.index(target));
                long count = client.count(c -> c.index(target)).count();
                if (count >= 1_000) {
                    return count;
                }
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the copy never started:\n" + Files.readString(log));
    }
}
