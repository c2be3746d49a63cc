package id.warta.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.indices.get_mapping.IndexMappingRecord;
import co.elastic.clients.json.JsonData;
import co.elastic.clients.json.JsonpUtils;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.warta.WartaException;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.List;
import java.util.Optional;

/**
 * Makes sure the articles index exists as index-mappings/ defines it: creates the first version with
 * both aliases when nothing is there, and refuses — never overwrites — when the live index was made
 * from other definitions. Except while a newer version made from index-mappings/ exists: a reindex to them is
 * under way (its catch-up carries over what is written to the live version meanwhile), or the user rolled
 * back from it; searches and ingests then go on against the live version.
 */
public final class IndexBootstrap {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ElasticsearchClient client;
    private final IndexNames names;
    private final IndexDefinition definition;

    public IndexBootstrap(ElasticsearchClient client, IndexNames names, IndexDefinition definition) {
        this.client = client;
        this.names = names;
        this.definition = definition;
    }

    /** Returns the live physical index behind the read alias, creating version 1 if there is none. */
    public String ensure() {
        try {
            IndexVersions versions = new IndexVersions(client, names);
            List<IndexVersion> all = versions.list();
            Optional<IndexVersion> live = IndexVersions.live(all);
            if (live.isEmpty()) {
                return create(IndexVersions.nextVersion(all), Map.of(), true);
            }
            String index = live.get().name();
            requireCurrent(all, live.get());
            if (all.stream().noneMatch(IndexVersion::write)) {
                client.indices().updateAliases(u -> u.actions(a -> a.add(add -> add.index(index)
                        .alias(names.writeAlias()).isWriteIndex(true))));
            }
            return index;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Refuses, with what differs and a pointer to `warta reindex`, a live index made from other definitions than this
     * build's, as {@link #ensure} does; changes nothing, and says nothing when there is no index yet. For commands that
     * only read (`search`, `analyze`): on an index of an older analysis or mapping they would miss words or filter on
     * fields it lacks, without a word why.
     */
    public void requireCurrent() {
        try {
            List<IndexVersion> all = new IndexVersions(client, names).list();
            Optional<IndexVersion> live = IndexVersions.live(all);
            if (live.isPresent()) {
                requireCurrent(all, live.get());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The live index must be made from this build's definitions, unless a newer version is (a reindex under way). */
    private void requireCurrent(List<IndexVersion> all, IndexVersion live) throws IOException {
        if (all.stream().noneMatch(v -> v.version() > live.version() && isCurrent(v))) {
            requireSameDefinition(live.name());
        }
    }

    /**
     * Creates version {@code version} from index-mappings/ without aliases (the reindex fills it first),
     * recording {@code meta} (see {@link IndexMeta}) beside the mapping hash.
     */
    public String createVersion(int version, Map<String, String> meta) {
        try {
            return create(version, meta, false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether {@code index} was made from the index definition of this build. */
    public boolean isCurrent(IndexVersion index) {
        return definition.hash().equals(index.mappingHash());
    }

    private String create(int version, Map<String, String> meta, boolean withAliases) throws IOException {
        String index = names.version(version);
        ObjectNode body = JSON.createObjectNode();
        body.set("settings", definition.settingsFor(dataNodes()));
        ObjectNode mappings = definition.mappingsWithMeta();
        meta.forEach(((ObjectNode) mappings.get("_meta"))::put);
        body.set("mappings", mappings);
        if (withAliases) {
            ObjectNode aliases = body.putObject("aliases");
            aliases.putObject(names.readAlias());
            aliases.putObject(names.writeAlias()).put("is_write_index", true);
        }
        client.indices().create(c -> c.index(index).withJson(new StringReader(body.toString())));
        return index;
    }

    private void requireSameDefinition(String index) throws IOException {
        IndexMappingRecord record = client.indices().getMapping(g -> g.index(index)).mappings().get(index);
        Map<String, JsonData> meta = record.mappings().meta();
        String liveHash = meta != null && meta.containsKey(IndexMeta.MAPPING_HASH)
                ? meta.get(IndexMeta.MAPPING_HASH).to(String.class) : null;
        if (definition.hash().equals(liveHash)) {
            return;
        }
        JsonNode liveMappings = JSON.readTree(JsonpUtils.toJsonString(record.mappings(), client._jsonpMapper()));
        String differences = MappingDifferences.between(liveMappings.path("properties"),
                definition.mappings().path("properties"));
        throw new WartaException("the live index " + index + " (alias '" + names.readAlias() + "') was created from "
                + "other index definitions than index-mappings/ (" + (liveHash == null ? "no mapping_hash in _meta"
                : "hash " + liveHash.substring(0, 12) + " vs " + definition.hash().substring(0, 12)) + "). "
                + (differences.isEmpty() ? "The field mappings agree; the index settings or the version of Warta's Indonesian analysis differ."
                : "Differences:\n" + differences)
                + "\nWarta never overwrites a live mapping: run `warta reindex` to build a new version from index-mappings/.");
    }

    private int dataNodes() throws IOException {
        return client.cluster().health().numberOfDataNodes();
    }
}
