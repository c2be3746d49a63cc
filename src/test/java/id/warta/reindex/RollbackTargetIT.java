package id.warta.reindex;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import id.warta.WartaException;
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
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Rollback and prune follow what the live version was copied from, not the version numbers. */
@ElasticsearchTest
class RollbackTargetIT {

    @Test
    @DisplayName("after a rollback and a new reindex, rollback and prune keep to the version copied from, not the stale one")
    void rollbackFollowsTheCopy(ClusterConnection es, ElasticsearchClient client, IndexNames names, @TempDir Path home) throws Exception {
        try (IngestHarness harness = new IngestHarness(es, names, home, null)) {
            ReindexRunner runner = harness.bean(ReindexRunner.class);
            ReindexIT.ingest(harness, home, names, 0, 200);
            assertThat(runner.run(false, null).completed()).isTrue();
            assertThat(runner.rollback()).isEqualTo(names.version(1));
            ReindexIT.ingest(harness, home, names, 200, 50); // into v1 only: v2 is stale now

            ReindexSummary third = runner.run(false, null);
            assertThat(third.completed()).as(third.render()).isTrue();
            assertThat(third.target()).isEqualTo(names.version(3));
            assertThat(third.render()).contains("`warta rollback` points them back at " + names.version(1) + ".");

            assertThat(new IndexVersions(client, names).prune(2)).as("the stale version goes, the rollback target stays")
                    .containsExactly(names.version(2));
            assertThat(runner.rollback()).isEqualTo(names.version(1));
            assertThat(ReindexIT.count(client, names.readAlias())).as("every article after the rollback").isEqualTo(250);

            // Once the version the live one was copied from is gone, rollback says so instead of picking another.
            assertThat(runner.run(false, null).target()).isEqualTo(names.version(4));
            client.indices().delete(d -> d.index(names.version(1)));
            assertThatThrownBy(runner::rollback).isInstanceOf(WartaException.class)
                    .hasMessageContaining(names.version(4) + " was copied from " + names.version(1) + ", which no longer exists");
            assertThat(new IndexVersions(client, names).live().map(IndexVersion::name)).contains(names.version(4));
        }
    }
}
