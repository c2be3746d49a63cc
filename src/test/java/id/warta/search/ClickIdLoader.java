package id.warta.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.warta.article.Article;
import id.warta.article.ArticleEntities;
import id.warta.article.TextCleaner;
import id.warta.extract.EntityExtractor;
import id.warta.index.IndexBootstrap;
import id.warta.index.IndexDefinition;
import id.warta.index.IndexNames;
import id.warta.ingest.ArticleDates;
import id.warta.ingest.ArticleDocument;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * Bulk-loads the CLICK-ID articles (JSON Lines, .gz) for the search benchmark, straight through the
 * client, cleaned and with countries and persons as the ingest job gives them ({@link TextCleaner},
 * {@link EntityExtractor}; on both cores, about a minute), so that the facets count what users see.
 */
final class ClickIdLoader {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int BATCH = 1000;

    private final ElasticsearchClient client;
    private final IndexNames names;

    ClickIdLoader(ElasticsearchClient client, IndexNames names) {
        this.client = client;
        this.names = names;
    }

    /** Loads the file unless the index already holds exactly its articles; returns the document count. */
    long load(Path file) throws IOException {
        List<String> lines = lines(file);
        new IndexBootstrap(client, names, IndexDefinition.fromClasspath()).ensure();
        long present = client.count(c -> c.index(names.readAlias())).count();
        if (present == lines.size()) {
            return present;
        }
        EntityExtractor extractor = new EntityExtractor();
        List<Article> articles = lines.parallelStream().map(line -> article(line, extractor)).toList();
        for (int i = 0; i < articles.size(); i += BATCH) {
            List<Article> batch = articles.subList(i, Math.min(articles.size(), i + BATCH));
            BulkRequest.Builder bulk = new BulkRequest.Builder();
            batch.forEach(a -> bulk.operations(op -> op.index(x -> x.index(names.writeAlias()).id(a.id())
                    .document(ArticleDocument.of(a)))));
            if (client.bulk(bulk.build()).errors()) {
                throw new IllegalStateException("bulk errors while loading " + file);
            }
        }
        client.indices().refresh(r -> r.index(names.readAlias()));
        client.indices().forcemerge(f -> f.index(names.readAlias()).maxNumSegments(1L));
        return client.count(c -> c.index(names.readAlias())).count();
    }

    private static List<String> lines(Path file) throws IOException {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(file)),
                StandardCharsets.UTF_8))) {
            return in.lines().filter(line -> !line.isBlank()).toList();
        }
    }

    private static Article article(String line, EntityExtractor extractor) {
        JsonNode r;
        try {
            r = JSON.readTree(line);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String title = TextCleaner.cleanTitle(r.path("title").asText(""));
        String body = TextCleaner.clean(r.path("content").asText(""));
        Instant published = ArticleDates.parse(r.path("date").asText(null), r.path("time_raw").asText(null),
                DateRange.JAKARTA).orElse(null);
        ArticleEntities entities = extractor.extract(title, body);
        return new Article(r.path("id").asText(), r.path("url").asText(null), r.path("source").asText("unknown"),
                title, body, published, Instant.now(), "id", entities.countryCodes(), entities.personNames(), List.of(),
                List.of(r.path("category").asText("-")), Integer.toHexString((title + body).hashCode()));
    }
}
