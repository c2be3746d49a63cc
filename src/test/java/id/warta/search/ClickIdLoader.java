package id.warta.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import id.warta.article.Article;
import id.warta.benchmark.IngestRuns;
import id.warta.extract.EntityExtractor;
import id.warta.index.IndexBootstrap;
import id.warta.index.IndexDefinition;
import id.warta.index.IndexNames;
import id.warta.ingest.ArticleDocument;
import id.warta.ingest.JobDefinition;
import id.warta.ingest.RawRecord;

import java.nio.file.Path;
import java.util.List;

/**
 * Bulk-loads the CLICK-ID articles (JSON Lines, .gz) for the search benchmark, straight through the client,
 * as the ingest job makes them: its reader and processor ({@link IngestRuns#finalDocuments}: cleaned, dated,
 * countries and persons extracted, on every core, about a minute), so that the facets count what users see.
 */
final class ClickIdLoader {

    private static final int BATCH = 1000;

    private final ElasticsearchClient client;
    private final IndexNames names;

    ClickIdLoader(ElasticsearchClient client, IndexNames names) {
        this.client = client;
        this.names = names;
    }

    /**
     * Loads the file unless the index already holds as many articles as it yields (records that share an id are
     * one article, rejects none: counted by a quick pass without entities, 3 s); returns the document count. The
     * benchmark's index, if it was made from other index definitions (an older analysis version), is made anew.
     */
    long load(Path file) throws Exception {
        JobDefinition job = IngestRuns.job(file, true);
        List<RawRecord> records = IngestRuns.records(job);
        try {
            new IndexBootstrap(client, names, IndexDefinition.fromClasspath()).ensure();
        } catch (id.warta.WartaException e) {
            // the benchmark's own index, built from other definitions (an older analysis version): made anew
            client.indices().delete(d -> d.index(names.base() + "-v*"));
            new IndexBootstrap(client, names, IndexDefinition.fromClasspath()).ensure();
        }
        long present = client.count(c -> c.index(names.readAlias())).count();
        long expected = IngestRuns.finalDocuments(IngestRuns.job(file, false), records, null).stream()
                .map(Article::id).distinct().count();
        if (present == expected) {
            return present;
        }
        List<Article> articles = IngestRuns.finalDocuments(job, records, new EntityExtractor());
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
}
