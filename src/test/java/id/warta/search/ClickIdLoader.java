package id.warta.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.warta.article.Article;
import id.warta.index.IndexBootstrap;
import id.warta.index.IndexDefinition;
import id.warta.index.IndexNames;
import id.warta.ingest.ArticleDates;
import id.warta.ingest.ArticleDocument;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * Bulk-loads the CLICK-ID articles (JSON Lines, .gz) for the search benchmark, straight through the
 * client. The extractor is not merged yet, so countries come from a scan of the text with
 * {@link GazetteerCountryNames} and persons from capitalised word pairs: a stand-in that gives the facets
 * realistic cardinality, not entity quality.
 */
final class ClickIdLoader {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern CAPITALISED_PAIR = Pattern.compile("\\b([A-Z][a-z]{2,} [A-Z][a-z]{2,})\\b");
    private static final Pattern WORD = Pattern.compile("[\\p{L}]+");
    private static final int BATCH = 1000;

    private final ElasticsearchClient client;
    private final IndexNames names;
    private final CountryNames countries = new GazetteerCountryNames(id.warta.extract.CountryGazetteer.standard());

    ClickIdLoader(ElasticsearchClient client, IndexNames names) {
        this.client = client;
        this.names = names;
    }

    /** Loads the file unless the index already holds exactly its articles; returns the document count. */
    long load(Path file) throws IOException {
        List<Article> articles = read(file);
        new IndexBootstrap(client, names, IndexDefinition.fromClasspath()).ensure();
        long present = client.count(c -> c.index(names.readAlias())).count();
        if (present == articles.size()) {
            return present;
        }
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

    private List<Article> read(Path file) throws IOException {
        List<Article> out = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(file)),
                StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                JsonNode r = JSON.readTree(line);
                String title = r.path("title").asText("");
                String body = r.path("content").asText("");
                Instant published = ArticleDates.parse(r.path("date").asText(null), r.path("time_raw").asText(null),
                        DateRange.JAKARTA).orElse(null);
                out.add(new Article(r.path("id").asText(), r.path("url").asText(null), r.path("source").asText("unknown"),
                        title, body, published, Instant.now(), "id", countriesIn(title + " " + body),
                        personsIn(title + " " + body), List.of(), List.of(r.path("category").asText("-")),
                        Integer.toHexString((title + body).hashCode())));
            }
        }
        return out;
    }

    private List<String> countriesIn(String text) {
        Set<String> codes = new LinkedHashSet<>();
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            words.add(m.group());
        }
        for (int i = 0; i < words.size(); i++) {
            countries.codeFor(words.get(i)).ifPresent(codes::add);
            if (i + 1 < words.size()) {
                countries.codeFor(words.get(i) + " " + words.get(i + 1)).ifPresent(codes::add);
            }
        }
        return List.copyOf(codes);
    }

    private static List<String> personsIn(String text) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        Matcher m = CAPITALISED_PAIR.matcher(text);
        while (m.find()) {
            counts.merge(m.group(1), 1, Integer::sum);
        }
        return counts.entrySet().stream().filter(e -> e.getValue() >= 2)
                .sorted((a, b) -> b.getValue() - a.getValue()).limit(3).map(Map.Entry::getKey).toList();
    }
}
