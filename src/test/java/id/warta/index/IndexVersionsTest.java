package id.warta.index;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class IndexVersionsTest {

    private static final IndexNames NAMES = new IndexNames("articles");

    @Test
    @DisplayName("prune keeps the rollback chain of the live version before the others, whatever their numbers")
    void pruneOrderFollowsTheCopies() {
        // v2 was copied from v1 and rolled back from; v3 from v1 too; v4 from v3 (live); v5 rolled back from earlier.
        List<IndexVersion> all = List.of(version(1, null, false), version(2, 1, false), version(3, 1, false),
                version(4, 3, true), version(5, 4, false));
        IndexVersion live = all.get(3);
        assertThat(IndexVersions.rollbackTarget(all, live)).contains(all.get(2));
        assertThat(IndexVersions.pruneOrder(all, live)).extracting(IndexVersion::name)
                .containsExactly("articles-v3", "articles-v1", "articles-v2");
    }

    @Test
    @DisplayName("no rollback target when the version copied from is gone, or the live one was not copied")
    void noRollbackTarget() {
        List<IndexVersion> all = List.of(version(2, 1, false), version(3, 1, true));
        assertThat(IndexVersions.rollbackTarget(all, all.get(1))).isEmpty();
        assertThat(IndexVersions.rollbackTarget(all, version(1, null, true))).isEmpty();
        assertThat(IndexVersions.pruneOrder(all, all.get(1))).extracting(IndexVersion::name).containsExactly("articles-v2");
    }

    private static IndexVersion version(int n, Integer from, boolean live) {
        return new IndexVersion(NAMES.version(n), n, live, live, 0, null, from == null ? null : NAMES.version(from),
                null, false, null);
    }
}
