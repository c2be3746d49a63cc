package id.warta.search;

import id.warta.testing.Ports;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import id.warta.index.ClusterConnection;
import id.warta.index.ElasticsearchClients;
import id.warta.index.IndexNames;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UnreachableClusterTest {

    @Test
    @DisplayName("an unreachable cluster is SearchUnavailableException, never a raw I/O error")
    void unreachable() throws IOException {
        int port = Ports.unused();
        try (ElasticsearchClient client = ElasticsearchClients.create(ClusterConnection.plain("http://127.0.0.1:" + port))) {
            ArticleSearch search = new ArticleSearch(client, IndexNames.ARTICLES, new GazetteerCountryNames(id.warta.extract.CountryGazetteer.standard()),
                    CursorCodec.withRandomKey());
            assertThatThrownBy(() -> search.search(search.validate(SearchParameters.query("beras"))))
                    .isInstanceOf(SearchUnavailableException.class).hasMessageContaining("cannot be reached");
            assertThatThrownBy(() -> search.article("a1")).isInstanceOf(SearchUnavailableException.class);
        }
    }
}
