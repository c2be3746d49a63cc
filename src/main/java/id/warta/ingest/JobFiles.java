package id.warta.ingest;

import id.warta.WartaException;
import id.warta.article.Article;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a job file from batch-jobs/ (YAML). Unknown keys are errors, so that a typo does not silently
 * fall back to a default. Relative input paths are resolved against the job file's folder.
 *
 * <pre>
 * name: sample
 * source: click-id            # label for records that carry no source
 * format: jsonl               # jsonl | csv | text | feed | html | warc | auto (for inputs that name
 *                             # none; default auto: each file's format from its name and first bytes)
 * inputs:
 *   - ../samples/click-id-sample.jsonl.gz
 *   - { path: ../samples/text, format: text }
 * fields: { body: content }   # Warta field: input field
 * time-zone: Asia/Jakarta     # or WIB, WITA, WIT
 * language: id
 * chunk-size: 500
 * bulk-size: 250
 * threads: 2
 * date-fallback: false        # true: index an unparsable date as undated instead of rejecting
 * entities: true
 * </pre>
 */
public final class JobFiles {

    private static final Set<String> KEYS = Set.of("name", "source", "format", "inputs", "fields", "time-zone",
            "language", "chunk-size", "bulk-size", "threads", "date-fallback", "entities");
    private static final Set<String> INPUT_KEYS = Set.of("path", "format", "source");
    /** The fields of an article that a mapping may name, as the processor reads them. */
    static final Set<String> WARTA_FIELDS = Set.of("title", "body", "content", "url", "source", "date", "time",
            "category", "author", "authors");

    private JobFiles() {
    }

    public static JobDefinition load(Path file) {
        Map<String, Object> yaml;
        try {
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(false); // a key given twice would silently take its last value
            yaml = new Yaml(new SafeConstructor(options)).load(Files.readString(file));
        } catch (IOException e) {
            throw new WartaException("cannot read the job file " + file + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new WartaException("the job file " + file + " is not valid YAML: " + e.getMessage(), e);
        }
        if (yaml == null) {
            throw new WartaException("the job file " + file + " is empty");
        }
        JobDefinition job;
        try {
            job = parse(yaml, file.toAbsolutePath().getParent(), fileName(file));
        } catch (IllegalArgumentException | ClassCastException | DateTimeException e) {
            throw new WartaException("the job file " + file + " is wrong: " + e.getMessage(), e);
        }
        for (JobDefinition.Input input : job.inputs()) {
            try {
                InputFiles.expand(input.pattern());
            } catch (WartaException e) {
                throw new WartaException("the job file " + file + " is wrong: in 'inputs', " + e.getMessage(), e);
            }
        }
        return job;
    }

    private static String fileName(Path file) {
        return file.getFileName().toString().replaceFirst("\\.ya?ml$", "");
    }

    static JobDefinition parse(Map<String, Object> yaml, Path folder, String defaultName) {
        known(yaml, KEYS, "key");
        String source = string(yaml, "source", null);
        InputFormat format = InputFormat.parse(string(yaml, "format", "auto"));
        Object rawInputs = yaml.get("inputs");
        if (!(rawInputs instanceof List<?> list) || list.isEmpty()) {
            throw new IllegalArgumentException("'inputs' must list at least one file, folder or glob");
        }
        List<JobDefinition.Input> inputs = new ArrayList<>();
        for (Object item : list) {
            if (item instanceof Map<?, ?> map) {
                known(map, INPUT_KEYS, "key of an input");
                String path = string(map, "path", null);
                if (path == null) {
                    throw new IllegalArgumentException("an input without 'path': " + map);
                }
                inputs.add(new JobDefinition.Input(resolve(folder, path),
                        map.get("format") == null ? format : InputFormat.parse(string(map, "format", null)),
                        string(map, "source", source)));
            } else if (item == null || item instanceof List<?>) {
                throw new IllegalArgumentException("each input is a path or { path: ..., format: ..., source: ... }, was '" + item + "'");
            } else {
                inputs.add(new JobDefinition.Input(resolve(folder, item.toString()), format, source));
            }
        }
        String language = string(yaml, "language", "id");
        if (!Article.LANGUAGES.contains(language)) {
            throw new IllegalArgumentException("'language' is the language of articles the detector cannot tell: one of "
                    + String.join(", ", Article.LANGUAGES) + ", was '" + language + "'");
        }
        return new JobDefinition(string(yaml, "name", defaultName), source, inputs, fields(yaml.get("fields")),
                zone(string(yaml, "time-zone", JobDefinition.JAKARTA.getId())),
                language,
                integer(yaml, "chunk-size", JobDefinition.DEFAULT_CHUNK_SIZE),
                integer(yaml, "bulk-size", JobDefinition.DEFAULT_BULK_SIZE),
                integer(yaml, "threads", Math.min(Runtime.getRuntime().availableProcessors(), JobDefinition.MAX_THREADS)),
                bool(yaml, "date-fallback", false),
                bool(yaml, "entities", true));
    }

    /** Indonesia's zones by the names news gives them. */
    private static final Map<String, String> INDONESIAN_ZONES = Map.of("WIB", "Asia/Jakarta", "WITA", "Asia/Makassar",
            "WIT", "Asia/Jayapura");

    private static ZoneId zone(String name) {
        try {
            return ZoneId.of(INDONESIAN_ZONES.getOrDefault(name.toUpperCase(java.util.Locale.ROOT), name));
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("'time-zone' is a zone such as Asia/Jakarta or UTC+7, or WIB, WITA or WIT; was '"
                    + name + "'");
        }
    }

    /** The field mapping: Warta field to input field, each a name. */
    private static Map<String, String> fields(Object raw) {
        Map<String, String> fields = new LinkedHashMap<>();
        if (raw == null) {
            return fields;
        }
        if (!(raw instanceof Map<?, ?> map)) {
            throw new IllegalArgumentException("'fields' maps Warta fields to input fields, as in { body: content }, was '" + raw + "'");
        }
        known(map, WARTA_FIELDS, "Warta field in 'fields'");
        for (Object key : map.keySet()) {
            fields.put(key.toString(), string(map, key.toString(), null));
            if (fields.get(key.toString()) == null) {
                throw new IllegalArgumentException("'fields' gives no input field for '" + key + "'");
            }
        }
        return fields;
    }

    private static void known(Map<?, ?> map, Set<String> keys, String what) {
        for (Object key : map.keySet()) {
            if (!keys.contains(String.valueOf(key))) {
                throw new IllegalArgumentException("unknown " + what + " '" + key + "' (known: "
                        + String.join(", ", keys.stream().sorted().toList()) + ")");
            }
        }
    }

    private static String resolve(Path folder, String pattern) {
        Path path = Path.of(pattern);
        return path.isAbsolute() || folder == null ? pattern : folder.resolve(pattern).normalize().toString();
    }

    /** A single value as text (YAML may have read it as a number or a boolean); a list or map is an error. */
    private static String string(Map<?, ?> yaml, String key, String fallback) {
        Object value = yaml.get(key);
        if (value instanceof Map<?, ?> || value instanceof List<?>) {
            throw new IllegalArgumentException("'" + key + "' takes one value, was '" + value + "'");
        }
        return value == null ? fallback : value.toString();
    }

    private static boolean bool(Map<String, Object> yaml, String key, boolean fallback) {
        String value = string(yaml, key, String.valueOf(fallback));
        return switch (value) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException("'" + key + "' is true or false, was '" + value + "'");
        };
    }

    private static int integer(Map<String, Object> yaml, String key, int fallback) {
        Object value = yaml.get(key);
        if (value == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.toString());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + key + "' must be a whole number, was '" + value + "'");
        }
    }
}
