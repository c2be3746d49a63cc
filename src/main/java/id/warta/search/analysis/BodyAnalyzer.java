package id.warta.search.analysis;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.indices.AnalyzeResponse;
import id.warta.index.IndexNames;
import id.warta.search.ElasticsearchCalls;

import java.util.List;

/**
 * Text through the body field's own analyzer ({@code indonesian_news}: lower case, stop words out,
 * stemmed), by Elasticsearch's _analyze: each token is a stem with the offsets of the word it came from.
 */
final class BodyAnalyzer {

    private final ElasticsearchClient client;
    private final IndexNames names;

    BodyAnalyzer(ElasticsearchClient client, IndexNames names) {
        this.client = client;
        this.names = names;
    }

    List<Token> tokens(String text) {
        if (text.isBlank()) {
            return List.of();
        }
        AnalyzeResponse analyzed = ElasticsearchCalls.run("analyze", () -> client.indices().analyze(a -> a
                .index(names.readAlias()).field("body").text(text)));
        return analyzed.tokens().stream().map(t -> new Token(t.token(), (int) t.startOffset(), (int) t.endOffset())).toList();
    }

    /** A stem and where, in the analysed text, the word it came from starts and ends. */
    record Token(String stem, int start, int end) {
    }
}
