package id.warta.ingest;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * What one ingest job does, as a job file in batch-jobs/ says it (or the `ingest` options).
 *
 * @param name          the job's name; with the inputs it identifies the job for restarts
 * @param source        the source label given to articles that do not name their own
 * @param inputs        files, folders or globs, each with its format and source label
 * @param fields        Warta field -> input field, for JSON Lines and CSV with other names
 * @param timeZone      zone for dates that carry none (WIB, Asia/Jakarta, by default)
 * @param language      the language to assume when detection is unsure
 * @param chunkSize     records per committed chunk (the restart granularity)
 * @param bulkSize      documents per bulk request (a chunk is sent as several concurrent requests)
 * @param threads       worker threads that clean and extract (the read and the write stay ordered)
 * @param dateFallback  when true an unparsable date is indexed undated instead of rejected
 * @param extractEntities whether countries and persons are extracted
 */
public record JobDefinition(
        String name,
        String source,
        List<Input> inputs,
        Map<String, String> fields,
        ZoneId timeZone,
        String language,
        int chunkSize,
        int bulkSize,
        int threads,
        boolean dateFallback,
        boolean extractEntities) {

    public static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
    public static final int DEFAULT_CHUNK_SIZE = 500;
    public static final int DEFAULT_BULK_SIZE = 250;

    public JobDefinition {
        if (inputs.isEmpty()) {
            throw new IllegalArgumentException("the job names no input");
        }
        if (chunkSize < 1 || bulkSize < 1 || threads < 1) {
            throw new IllegalArgumentException("chunk size, bulk size and threads must be at least 1");
        }
        fields = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(fields));
        inputs = List.copyOf(inputs);
    }

    /** Files, a folder or a glob (absolute, or resolved against the job file's folder) read in one format. */
    public record Input(String pattern, InputFormat format, String source) {
    }

    /** The input field that holds a Warta field (itself unless the job maps it). */
    public String inputField(String wartaField) {
        return fields.getOrDefault(wartaField, wartaField);
    }
}
