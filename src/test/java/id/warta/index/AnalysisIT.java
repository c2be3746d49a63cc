package id.warta.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.indices.analyze.AnalyzeToken;
import id.warta.testing.ElasticsearchTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Warta's analysis plugin inside the real node: the articles index analyses and matches Indonesian. */
@ElasticsearchTest
class AnalysisIT {

    @Test
    @DisplayName("_analyze through indonesian_news stems Indonesian, keeps Tala's over-stems away and drops stop words")
    void analyze(ElasticsearchClient client, IndexNames names) throws IOException {
        String index = new IndexBootstrap(client, names, IndexDefinition.fromClasspath()).ensure();
        assertThat(tokens(client, index, "indonesian_news", "Menteri menandatangani perjanjian itu kemarin di pantai"))
                .containsExactly("menteri", "tandatangan", "janji", "kemarin", "pantai");
        assertThat(tokens(client, index, "indonesian_news", "ditandatangani penandatanganan negara-negara"))
                .containsExactly("tandatangan", "tandatangan", "negara", "negara");
        assertThat(tokens(client, index, "indonesian_news", "Warga Kediri berdiri di pesisir Bekasi saat pemilu"))
                .as("names news capitalises and words listed bare stay whole, inside Elasticsearch too")
                .containsExactly("warga", "kediri", "diri", "pesisir", "bekasi", "pemilu");
        assertThat(tokens(client, index, "indonesian_exact", "Menandatangani Perjanjian"))
                .as("the exact sub-field keeps words as written, lower-cased").containsExactly("menandatangani", "perjanjian");
        assertThat(tokens(client, index, "indonesian_exact", "Ma’ruf Amin")).as("a phrase's name with a curly apostrophe "
                + "meets the one with a straight one or none").containsExactly("maruf", "amin")
                .isEqualTo(tokens(client, index, "indonesian_exact", "Ma'ruf Amin"));
    }

    @Test
    @DisplayName("a search for one form of a word finds the others, through the mapping in index-mappings/")
    void stemmedMatching(ElasticsearchClient client, IndexNames names) throws IOException {
        new IndexBootstrap(client, names, IndexDefinition.fromClasspath()).ensure();
        client.index(i -> i.index(names.writeAlias()).id("1").document(Map.of("title", "Perjanjian ditandatangani",
                "body", "Kedua negara telah menandatangani perjanjian pertahanan.")));
        client.index(i -> i.index(names.writeAlias()).id("2").document(Map.of("title", "Cuaca hari ini",
                "body", "Hujan turun di pantai utara Jawa.")));
        client.indices().refresh(r -> r.index(names.readAlias()));
        var hits = client.search(s -> s.index(names.readAlias())
                .query(q -> q.match(m -> m.field("body").query("penandatanganan"))), Map.class).hits().hits();
        assertThat(hits).extracting(h -> h.id()).containsExactly("1");
        var exact = client.search(s -> s.index(names.readAlias())
                .query(q -> q.match(m -> m.field("body.exact").query("penandatanganan"))), Map.class).hits().hits();
        assertThat(exact).as("the unstemmed sub-field matches only the form written").isEmpty();
    }

    private static List<String> tokens(ElasticsearchClient client, String index, String analyzer, String text) throws IOException {
        return client.indices().analyze(a -> a.index(index).analyzer(analyzer).text(text)).tokens().stream()
                .map(AnalyzeToken::token).toList();
    }
}
