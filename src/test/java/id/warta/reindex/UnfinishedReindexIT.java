package id.warta.reindex;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import id.warta.index.ClusterConnection;
import id.warta.index.IndexNames;
import id.warta.index.IndexVersion;
import id.warta.index.IndexVersions;
import id.warta.ingest.IngestHarness;
import id.warta.testing.ElasticsearchTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** A reindex stopped right after its alias swap (see {@link StoppedAfterSwap}) can be finished, or ended. */
@ElasticsearchTest
class UnfinishedReindexIT {

    @Test
    @DisplayName("run again after the swap, a reindex skips verify and swap, catches up and completes; the summary reads the aliases")
    void resumesAfterTheSwap(ClusterConnection es, ElasticsearchClient client, IndexNames names, @TempDir Path home) throws Exception {
        try (IngestHarness harness = new IngestHarness(es, names, home, null)) {
            ReindexRunner runner = stoppedAfterSwap(harness, client, names, home);
            StoppedAfterSwap.article(client, names.version(1), "late"); // took the write alias just before the swap

            ReindexSummary resumed = runner.run(false, null);
            assertThat(resumed.completed()).as(resumed.render()).isTrue();
            assertThat(resumed.aliasesMoved()).isTrue();
            assertThat(resumed.render()).contains("The aliases now point at " + names.version(2),
                    "`warta rollback` points them back at " + names.version(1));
            assertThat(client.exists(e -> e.index(names.version(2)).id("late")).value()).as("caught up").isTrue();
            assertThat(ReindexIT.count(client, names.readAlias())).isEqualTo(300 + 2);

            assertThat(runner.rollback()).isEqualTo(names.version(1));
            assertThat(ReindexIT.count(client, names.readAlias())).as("the article ingested after the swap too").isEqualTo(302);
        }
    }

    @Test
    @DisplayName("--discard after the swap ends the job and leaves the live version; rollback then works")
    void discardAfterTheSwap(ClusterConnection es, ElasticsearchClient client, IndexNames names, @TempDir Path home) throws Exception {
        try (IngestHarness harness = new IngestHarness(es, names, home, null)) {
            ReindexRunner runner = stoppedAfterSwap(harness, client, names, home);

            runner.discard();
            IndexVersion live = new IndexVersions(client, names).live().orElseThrow();
            assertThat(live.name()).as("the live version is not deleted").isEqualTo(names.version(2));
            assertThat(runner.rollback()).isEqualTo(names.version(1));
            assertThat(ReindexIT.count(client, names.readAlias())).isEqualTo(301);
        }
    }

    /** 300 articles in v1, then a reindex into v2 stopped right after its swap. */
    private static ReindexRunner stoppedAfterSwap(IngestHarness harness, ElasticsearchClient client, IndexNames names,
                                                  Path home) throws Exception {
        ReindexRunner runner = harness.bean(ReindexRunner.class);
        ReindexIT.ingest(harness, home, names, 0, 300);
        StoppedAfterSwap.prepare(client, names);
        ReindexSummary stopped = runner.run(false, null);
        assertThat(stopped.completed()).as(stopped.render()).isFalse();
        StoppedAfterSwap.swap(client, names);
        return runner;
    }
}
