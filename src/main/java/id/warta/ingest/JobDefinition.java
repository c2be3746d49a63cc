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

    /** Bounds of chunk and bulk sizes: a chunk is held in memory twice over (read ahead, then written). */
    public static final int MAX_CHUNK_SIZE = 10_000;
    public static final int MAX_BULK_SIZE = 10_000;
    public static final int MAX_THREADS = 256;

    public JobDefinition {
        if (name == null || name.isBlank() || name.equals(".") || name.equals("..") || name.chars().anyMatch(c -> c == '/'
                || c == '\\' || Character.isISOControl(c))) {
            throw new IllegalArgumentException("the job name names a folder of its own under WARTA_HOME/jobs: it cannot be "
                    + "empty, '.' or '..', or hold '/' or '\\', was '" + name + "'");
        }
        if (inputs.isEmpty()) {
            throw new IllegalArgumentException("the job names no input");
        }
        within("chunk-size", chunkSize, MAX_CHUNK_SIZE);
        within("bulk-size", bulkSize, MAX_BULK_SIZE);
        within("threads", threads, MAX_THREADS);
        fields = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(fields));
        inputs = List.copyOf(inputs);
    }

    private static void within(String key, int value, int max) {
        if (value < 1 || value > max) {
            throw new IllegalArgumentException("'" + key + "' must be from 1 to " + String.format("%,d", max) + ", was " + value);
        }
    }

    /** Files, a folder or a glob (absolute, or resolved against the job file's folder) read in one format. */
    public record Input(String pattern, InputFormat format, String source) {
    }

    /**
     * What identifies the job when it is run again: its name, what it reads and how it makes documents of it; not
     * how fast (chunk and bulk sizes, threads), so that a killed run is resumed also with other ones.
     */
    public String identity() {
        return String.join("|", name, String.valueOf(source), inputs.toString(), fields.toString(), timeZone.getId(),
                language, String.valueOf(dateFallback), String.valueOf(extractEntities));
    }

    /** The input field that holds a Warta field (itself unless the job maps it). */
    public String inputField(String wartaField) {
        return fields.getOrDefault(wartaField, wartaField);
    }
}
