package id.warta.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.indices.IndexState;
import co.elastic.clients.json.JsonData;
import id.warta.WartaException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The versions of one logical index and the aliases on them: which is live (behind the read alias),
 * which takes writes, what each was made from. The only place that reads this layout from the cluster.
 */
public final class IndexVersions {

    private final ElasticsearchClient client;
    private final IndexNames names;

    public IndexVersions(ElasticsearchClient client, IndexNames names) {
        this.client = client;
        this.names = names;
    }

    public IndexNames names() {
        return names;
    }

    /** All versions, oldest first. */
    public List<IndexVersion> list() {
        try {
            Map<String, IndexState> indices = client.indices().get(g -> g.index(names.base() + "-v*").allowNoIndices(true))
                    .indices();
            var counts = client.cat().indices(i -> i.index(names.base() + "-v*")).indices().stream()
                    .collect(java.util.stream.Collectors.toMap(r -> r.index(), r -> r.docsCount() == null ? 0L
                            : Long.parseLong(r.docsCount()), (a, b) -> a));
            return indices.entrySet().stream().filter(e -> names.versionOf(e.getKey()) > 0)
                    .map(e -> version(e.getKey(), e.getValue(), counts.getOrDefault(e.getKey(), 0L)))
                    .sorted(Comparator.comparingInt(IndexVersion::version)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The version behind the read alias, if there is one. */
    public Optional<IndexVersion> live() {
        return live(list());
    }

    /** The newest of {@code versions} behind the read alias. */
    public static Optional<IndexVersion> live(List<IndexVersion> versions) {
        return versions.stream().filter(IndexVersion::read).reduce((a, b) -> b);
    }

    public IndexVersion requireLive() {
        return requireLive(list());
    }

    /** The live version among {@code versions} (one {@link #list()}), or a message saying how to make one. */
    public IndexVersion requireLive(List<IndexVersion> versions) {
        return live(versions).orElseThrow(() -> new WartaException("there is no live index behind the alias '" + names.readAlias()
                + "' yet: ingest something first (`warta ingest batch-jobs/sample.yml`)"));
    }

    /** The number the next version gets: one above every version that exists. */
    public int nextVersion() {
        return nextVersion(list());
    }

    public static int nextVersion(List<IndexVersion> versions) {
        return versions.stream().mapToInt(IndexVersion::version).max().orElse(0) + 1;
    }

    public Optional<IndexVersion> find(String index) {
        return find(list(), index);
    }

    public static Optional<IndexVersion> find(List<IndexVersion> versions, String index) {
        return versions.stream().filter(v -> v.name().equals(index)).findFirst();
    }

    /**
     * The version `warta rollback` goes back to from {@code live}: the one it was copied from by `warta
     * reindex`, while that still exists. Never a version picked by its number: one rolled back from earlier
     * lacks what was ingested since.
     */
    public static Optional<IndexVersion> rollbackTarget(List<IndexVersion> versions, IndexVersion live) {
        return Optional.ofNullable(live.reindexedFrom()).filter(from -> !from.equals(live.name()))
                .flatMap(from -> find(versions, from));
    }

    /**
     * Deletes old versions so that {@code keep} remain, the live one included. What stays, in order: the live
     * version, the one it was copied from (where `warta rollback` goes), that one's own source and so on back,
     * then the other older versions, newest first. Never deletes a version holding an alias or one newer than
     * the live version (an unfinished reindex, or a version rolled back from). The caller makes sure that no
     * reindex is unfinished: its catch-up may still need its source.
     *
     * @return the deleted indices
     */
    public List<String> prune(int keep) {
        if (keep < 1) {
            throw new WartaException("--keep must be at least 1: the live version always stays");
        }
        List<IndexVersion> all = list();
        IndexVersion live = live(all).orElseThrow(() -> new WartaException("there is no live index behind '"
                + names.readAlias() + "': nothing is pruned without one"));
        List<String> deleted = pruneOrder(all, live).stream().skip(keep - 1L).map(IndexVersion::name).toList();
        try {
            for (String index : deleted) {
                client.indices().delete(d -> d.index(index));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return deleted;
    }

    /** The versions prune may delete, the one most worth keeping first: the rollback chain, then the newest. */
    static List<IndexVersion> pruneOrder(List<IndexVersion> all, IndexVersion live) {
        List<IndexVersion> order = new ArrayList<>();
        for (Optional<IndexVersion> from = rollbackTarget(all, live); from.isPresent() && !order.contains(from.get());
             from = rollbackTarget(all, from.get())) {
            order.add(from.get());
        }
        all.stream().filter(v -> v.version() < live.version() && !order.contains(v))
                .sorted(Comparator.comparingInt(IndexVersion::version).reversed()).forEach(order::add);
        return order.stream().filter(v -> !v.aliased() && v.version() < live.version()).toList();
    }

    private IndexVersion version(String index, IndexState state, long documents) {
        Map<String, ?> aliases = state.aliases() == null ? Map.of() : state.aliases();
        Map<String, JsonData> meta = state.mappings() == null || state.mappings().meta() == null ? Map.of()
                : state.mappings().meta();
        String created = state.settings() == null || state.settings().index() == null ? null
                : state.settings().index().creationDate() == null ? null : String.valueOf(state.settings().index().creationDate());
        return new IndexVersion(index, names.versionOf(index), aliases.containsKey(names.readAlias()),
                aliases.containsKey(names.writeAlias()), documents, text(meta, IndexMeta.MAPPING_HASH),
                text(meta, IndexMeta.REINDEXED_FROM), Optional.ofNullable(text(meta, IndexMeta.REINDEX_STARTED_AT))
                .map(Instant::parse).orElse(null), "true".equals(text(meta, IndexMeta.RE_EXTRACT)),
                created == null ? null : Instant.ofEpochMilli(Long.parseLong(created)));
    }

    private static String text(Map<String, JsonData> meta, String key) {
        JsonData value = meta.get(key);
        return value == null ? null : value.to(String.class);
    }
}
