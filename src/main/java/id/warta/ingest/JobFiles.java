package id.warta.ingest;

import id.warta.WartaException;
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
 * time-zone: Asia/Jakarta
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

    private JobFiles() {
    }

    public static JobDefinition load(Path file) {
        Map<String, Object> yaml;
        try {
            yaml = new Yaml(new SafeConstructor(new LoaderOptions())).load(Files.readString(file));
        } catch (IOException e) {
            throw new WartaException("cannot read the job file " + file + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new WartaException("the job file " + file + " is not valid YAML: " + e.getMessage(), e);
        }
        if (yaml == null) {
            throw new WartaException("the job file " + file + " is empty");
        }
        try {
            return parse(yaml, file.toAbsolutePath().getParent(), fileName(file));
        } catch (IllegalArgumentException | ClassCastException | DateTimeException e) {
            throw new WartaException("the job file " + file + " is wrong: " + e.getMessage(), e);
        }
    }

    private static String fileName(Path file) {
        return file.getFileName().toString().replaceFirst("\\.ya?ml$", "");
    }

    static JobDefinition parse(Map<String, Object> yaml, Path folder, String defaultName) {
        for (String key : yaml.keySet()) {
            if (!KEYS.contains(key)) {
                throw new IllegalArgumentException("unknown key '" + key + "' (known: " + String.join(", ", KEYS.stream().sorted().toList()) + ")");
            }
        }
        String source = string(yaml, "source", null);
        InputFormat format = InputFormat.parse(string(yaml, "format", "auto"));
        Object rawInputs = yaml.get("inputs");
        if (!(rawInputs instanceof List<?> list) || list.isEmpty()) {
            throw new IllegalArgumentException("'inputs' must list at least one file, folder or glob");
        }
        List<JobDefinition.Input> inputs = new ArrayList<>();
        for (Object item : list) {
            if (item instanceof Map<?, ?> map) {
                Object path = map.get("path");
                if (path == null) {
                    throw new IllegalArgumentException("an input without 'path': " + map);
                }
                inputs.add(new JobDefinition.Input(resolve(folder, path.toString()),
                        map.get("format") == null ? format : InputFormat.parse(map.get("format").toString()),
                        map.get("source") == null ? source : map.get("source").toString()));
            } else {
                inputs.add(new JobDefinition.Input(resolve(folder, item.toString()), format, source));
            }
        }
        Map<String, String> fields = new LinkedHashMap<>();
        if (yaml.get("fields") instanceof Map<?, ?> map) {
            map.forEach((k, v) -> fields.put(k.toString(), v.toString()));
        }
        return new JobDefinition(string(yaml, "name", defaultName), source, inputs, fields,
                ZoneId.of(string(yaml, "time-zone", JobDefinition.JAKARTA.getId())),
                string(yaml, "language", "id"),
                integer(yaml, "chunk-size", JobDefinition.DEFAULT_CHUNK_SIZE),
                integer(yaml, "bulk-size", JobDefinition.DEFAULT_BULK_SIZE),
                integer(yaml, "threads", Math.max(1, Runtime.getRuntime().availableProcessors())),
                Boolean.parseBoolean(string(yaml, "date-fallback", "false")),
                Boolean.parseBoolean(string(yaml, "entities", "true")));
    }

    private static String resolve(Path folder, String pattern) {
        Path path = Path.of(pattern);
        return path.isAbsolute() || folder == null ? pattern : folder.resolve(pattern).normalize().toString();
    }

    private static String string(Map<String, Object> yaml, String key, String fallback) {
        Object value = yaml.get(key);
        return value == null ? fallback : value.toString();
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
