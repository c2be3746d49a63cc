package id.warta.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.indices.update_aliases.Action;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Points the read and the write alias at one index version in ONE _aliases request, so that searches
 * and ingests see either the old version or the new one, never neither nor both.
 */
public final class AliasSwitch {

    private final ElasticsearchClient client;
    private final IndexNames names;

    public AliasSwitch(ElasticsearchClient client, IndexNames names) {
        this.client = client;
        this.names = names;
    }

    /** Moves both aliases to {@code index}; does nothing when they are already there alone. */
    public void pointAt(String index) {
        try {
            List<IndexVersion> versions = new IndexVersions(client, names).list();
            Set<String> readers = holders(versions, IndexVersion::read);
            Set<String> writers = holders(versions, IndexVersion::write);
            if (readers.equals(Set.of(index)) && writers.equals(Set.of(index))) {
                return;
            }
            List<Action> actions = new ArrayList<>();
            readers.stream().filter(i -> !i.equals(index)).forEach(i ->
                    actions.add(Action.of(a -> a.remove(r -> r.index(i).alias(names.readAlias())))));
            writers.stream().filter(i -> !i.equals(index)).forEach(i ->
                    actions.add(Action.of(a -> a.remove(r -> r.index(i).alias(names.writeAlias())))));
            actions.add(Action.of(a -> a.add(add -> add.index(index).alias(names.readAlias()))));
            actions.add(Action.of(a -> a.add(add -> add.index(index).alias(names.writeAlias()).isWriteIndex(true))));
            client.indices().updateAliases(u -> u.actions(actions));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<String> holders(List<IndexVersion> versions, java.util.function.Predicate<IndexVersion> alias) {
        return versions.stream().filter(alias).map(IndexVersion::name).collect(java.util.stream.Collectors.toSet());
    }
}
