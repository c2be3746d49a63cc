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
 * index them) and sends them with plain bulk requests of the job's size and concurrency. Prints
 * "read N" and "elapsed S s" (from the first line read to the last response, like the job's summary).
 *
 * <pre>java RawBulkLoader URL INDEX_BASE DOCUMENTS.ndjson BULK_SIZE CONCURRENCY</pre>
 */
public final class RawBulkLoader {

    private RawBulkLoader() {
    }

    @SuppressWarnings("unchecked")
    public static void main(String[] args) throws Exception {
        IndexNames names = new IndexNames(args[1]);
        int bulkSize = Integer.parseInt(args[3]);
        int concurrency = Integer.parseInt(args[4]);
        ObjectMapper json = new ObjectMapper();
        try (ElasticsearchClient client = ElasticsearchClients.connect(ClusterConnection.plain(args[0]))) {
            new IndexBootstrap(client, names, IndexDefinition.fromClasspath()).ensure();
            long read = 0;
            long start = System.nanoTime();
            try (BufferedReader in = Files.newBufferedReader(Path.of(args[2]));
                 BulkIngester<Void> ingester = BulkIngester.of(b -> b.client(client).maxOperations(bulkSize)
                         .maxSize(8L * 1024 * 1024).maxConcurrentRequests(concurrency))) {
                for (String line; (line = in.readLine()) != null; read++) {
                    Map<String, Object> document = json.readValue(line, Map.class);
                    ingester.add(op -> op.index(i -> i.index(names.writeAlias()).id((String) document.get("id")).document(document)));
                }
            }
            System.out.printf("read %,d%nelapsed %.3f s%n", read, (System.nanoTime() - start) / 1e9);
        }
    }
}
