package id.warta.benchmark;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._helpers.bulk.BulkIngester;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.warta.index.ClusterConnection;
import id.warta.index.ElasticsearchClients;
import id.warta.index.IndexBootstrap;
import id.warta.index.IndexDefinition;
import id.warta.index.IndexNames;

import java.io.BufferedReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The raw-bulk baseline of the ingest benchmark as a program of its own, so that it runs in a fresh JVM
 * with the job's heap, as the job does: reads final documents (one JSON object a line, as the job would
 * index them) and sends them with plain bulk requests of the job's size and concurrency, PASSES times
 * (default 1), each pass into a fresh index, as {@link IngestPasses} runs the job. Prints a {@link PassMeter}
 * line per pass, timed from the first line read to the last response, like the job's elapsed time.
 *
 * <pre>java RawBulkLoader URL INDEX_BASE DOCUMENTS.ndjson BULK_SIZE CONCURRENCY [PASSES]</pre>
 */
public final class RawBulkLoader {

    private RawBulkLoader() {
    }

    public static void main(String[] args) throws Exception {
        IndexNames names = new IndexNames(args[1]);
        int bulkSize = Integer.parseInt(args[3]);
        int concurrency = Integer.parseInt(args[4]);
        int passes = args.length > 5 ? Integer.parseInt(args[5]) : 1;
        PassMeter meter = new PassMeter(args[0]);
        try (ElasticsearchClient client = ElasticsearchClients.connect(ClusterConnection.plain(args[0]))) {
            for (int pass = 1; pass <= passes; pass++) {
                if (pass > 1) {
                    IngestRuns.delete(client, names.base());
                }
                new IndexBootstrap(client, names, IndexDefinition.fromClasspath()).ensure();
                meter.start();
                long start = System.nanoTime();
                long read = load(client, names, Path.of(args[2]), bulkSize, concurrency);
                meter.finish(pass, read, read, (System.nanoTime() - start) / 1e9);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static long load(ElasticsearchClient client, IndexNames names, Path documents, int bulkSize, int concurrency)
            throws Exception {
        ObjectMapper json = new ObjectMapper();
        long read = 0;
        try (BufferedReader in = Files.newBufferedReader(documents);
             BulkIngester<Void> ingester = BulkIngester.of(b -> b.client(client).maxOperations(bulkSize)
                     .maxSize(8L * 1024 * 1024).maxConcurrentRequests(concurrency))) {
            for (String line; (line = in.readLine()) != null; read++) {
                Map<String, Object> document = json.readValue(line, Map.class);
                ingester.add(op -> op.index(i -> i.index(names.writeAlias()).id((String) document.get("id")).document(document)));
            }
        }
        return read;
    }
}
