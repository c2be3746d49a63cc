package id.warta.reindex;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import id.warta.index.AliasSwitch;
import id.warta.index.IndexBootstrap;
import id.warta.index.IndexDefinition;
import id.warta.index.IndexMeta;
import id.warta.index.IndexNames;

import java.io.IOException;
import java.time.Instant;
import java.util.Map;

/**
 * The state a reindex v1 → v2 killed right after its alias swap leaves when the job repository lost the
 * last commits: the job restarts at verify while both aliases already point at v2, which meanwhile took
 * an ingest v1 never saw. Built without a kill: {@link #prepare} makes the run stop at verify (v2 holds
 * an article v1 lacks), {@link #swap} then moves the aliases as the swap step would have.
 */
public final class StoppedAfterSwap {

    private StoppedAfterSwap() {
    }

    /** Before the first reindex: v2 made as a reindex of v1 makes it, with an article ingested after the swap. */
    public static void prepare(ElasticsearchClient client, IndexNames names) throws IOException {
        new IndexBootstrap(client, names, IndexDefinition.load()).createVersion(2, Map.of(IndexMeta.REINDEXED_FROM,
                names.version(1), IndexMeta.REINDEX_STARTED_AT, Instant.now().toString(), IndexMeta.RE_EXTRACT, "false"));
        article(client, names.version(2), "after-swap");
    }

    /** After that run failed verification: the alias swap the killed run made. */
    public static void swap(ElasticsearchClient client, IndexNames names) {
        new AliasSwitch(client, names).pointAt(names.version(2));
    }

    /** An article ingested now straight into {@code index}. */
    public static void article(ElasticsearchClient client, String index, String id) throws IOException {
        client.index(i -> i.index(index).id(id).document(Map.of("id", id, "title", "Artikel " + id,
                "body", "Artikel " + id + " yang baru masuk.", "source", "manual", "ingested_at", Instant.now().toString())));
    }
}
