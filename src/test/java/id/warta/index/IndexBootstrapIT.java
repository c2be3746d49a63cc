package id.warta.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import id.warta.WartaException;
import id.warta.testing.ElasticsearchTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@ElasticsearchTest
class IndexBootstrapIT {

    @Test
    @DisplayName("creates version 1 behind the read and write aliases, with the definition's hash in _meta")
    void createsFirstVersion(ElasticsearchClient client, IndexNames names) throws IOException {
        IndexDefinition definition = IndexDefinition.fromClasspath();
        String index = new IndexBootstrap(client, names, definition).ensure();

        assertThat(index).isEqualTo(names.version(1));
        assertThat(client.indices().getAlias(g -> g.name(names.readAlias())).aliases()).containsOnlyKeys(index);
        var writeAlias = client.indices().getAlias(g -> g.name(names.writeAlias())).aliases().get(index).aliases();
        assertThat(writeAlias.get(names.writeAlias()).isWriteIndex()).isTrue();
        var meta = client.indices().getMapping(g -> g.index(index)).mappings().get(index).mappings().meta();
        assertThat(meta.get("mapping_hash").to(String.class)).isEqualTo(definition.hash());
        assertThat(client.indices().getSettings(g -> g.index(index)).get(index).settings().index().numberOfReplicas())
                .as("one node: no replicas, so the cluster stays green").isEqualTo("0");
    }

    @Test
    @DisplayName("running bootstrap again changes nothing")
    void idempotent(ElasticsearchClient client, IndexNames names) throws IOException {
        IndexDefinition definition = IndexDefinition.fromClasspath();
        String first = new IndexBootstrap(client, names, definition).ensure();
        String second = new IndexBootstrap(client, names, definition).ensure();
        assertThat(second).isEqualTo(first);
        assertThat(client.indices().get(g -> g.index(names.base() + "-v*")).indices()).hasSize(1);
    }

    @Test
    @DisplayName("a live index made from other mappings is refused with what differs and a pointer to reindex, never overwritten")
    void refusesDifferentMapping(ElasticsearchClient client, IndexNames names) throws IOException {
        IndexDefinition current = IndexDefinition.fromClasspath();
        IndexDefinition older = withLanguageAs(current, "text");
        String live = new IndexBootstrap(client, names, older).ensure();

        assertThatThrownBy(() -> new IndexBootstrap(client, names, current).ensure())
                .isInstanceOf(WartaException.class)
                .hasMessageContaining(live)
                .hasMessageContaining("language.type: live text, index-mappings/ keyword")
                .hasMessageContaining("warta reindex");

        var mapping = client.indices().getMapping(g -> g.index(live)).mappings().get(live).mappings();
        assertThat(mapping.properties().get("language").isText()).as("the live mapping is left as it was").isTrue();
        assertThat(mapping.meta().get("mapping_hash").to(String.class)).isEqualTo(older.hash());
    }

    @Test
    @DisplayName("the reading commands' check refuses an index of other definitions as ensure does, and creates nothing when there is none")
    void readersRequireCurrent(ElasticsearchClient client, IndexNames names) throws IOException {
        IndexDefinition current = IndexDefinition.fromClasspath();
        IndexDefinition older = withLanguageAs(current, "text");
        new IndexBootstrap(client, names, current).requireCurrent();
        assertThat(client.indices().get(g -> g.index(names.base() + "-v*")).indices()).as("nothing created").isEmpty();

        String live = new IndexBootstrap(client, names, older).ensure();
        assertThatThrownBy(() -> new IndexBootstrap(client, names, current).requireCurrent())
                .isInstanceOf(WartaException.class).hasMessageContaining(live).hasMessageContaining("warta reindex");
        new IndexBootstrap(client, names, older).requireCurrent(); // the index's own definitions pass
    }

    @Test
    @DisplayName("while a newer version made from index-mappings/ exists (a reindex under way, or rolled back from), the live one is used as it is")
    void newerVersionFromTheseMappings(ElasticsearchClient client, IndexNames names) throws IOException {
        IndexDefinition current = IndexDefinition.fromClasspath();
        IndexDefinition older = withLanguageAs(current, "text");
        String live = new IndexBootstrap(client, names, older).ensure();
        new IndexBootstrap(client, names, current).createVersion(2, java.util.Map.of());

        assertThat(new IndexBootstrap(client, names, current).ensure()).isEqualTo(live);
        assertThatThrownBy(() -> new IndexBootstrap(client, names, withLanguageAs(current, "wildcard")).ensure())
                .as("mappings that no version was made from are still refused").isInstanceOf(WartaException.class);
    }

    @Test
    @DisplayName("the packaged index-mappings/ match the files at the top of the repository")
    void packagedCopyMatchesSource() {
        assertThat(IndexDefinition.fromClasspath().hash())
                .isEqualTo(IndexDefinition.fromFolder(java.nio.file.Path.of("index-mappings")).hash());
    }

    /** The definitions of this build with the {@code language} field mapped as another type: those of another build. */
    private static IndexDefinition withLanguageAs(IndexDefinition current, String type) {
        return IndexDefinition.parse(current.settings().toString(), current.mappings().toString()
                .replace("\"language\":{\"type\":\"keyword\"}", "\"language\":{\"type\":\"" + type + "\"}"));
    }
}
