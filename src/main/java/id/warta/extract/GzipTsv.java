package id.warta.extract;

import id.warta.WartaException;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.function.Function;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The gzipped word lists built from corpora and shipped next to this package's classes
 * ({@link WordStats}, {@link NameGazetteer}): one "word TAB value" line per word, sorted, written
 * without a timestamp so the same input gives the same bytes.
 */
final class GzipTsv {

    private GzipTsv() {
    }

    /** Writes the lines in key order; returns how many were written. */
    static int write(SortedMap<String, String> lines, Path out) {
        try {
            if (out.toAbsolutePath().getParent() != null) {
                Files.createDirectories(out.toAbsolutePath().getParent());
            }
            try (OutputStream os = Files.newOutputStream(out);
                 GZIPOutputStream gzip = new GZIPOutputStream(os, 1 << 16);
                 Writer writer = new OutputStreamWriter(gzip, StandardCharsets.UTF_8)) {
                for (Map.Entry<String, String> line : lines.entrySet()) {
                    writer.write(line.getKey());
                    writer.write('\t');
                    writer.write(line.getValue());
                    writer.write('\n');
                }
            }
        } catch (IOException e) {
            throw new WartaException("cannot write " + out + ": " + e.getMessage(), e);
        }
        return lines.size();
    }

    /**
     * The lines of a resource of this package as word → {@code value(text after the TAB)}; empty if the
     * jar has no such resource.
     */
    static <V> Map<String, V> read(String resource, Function<String, V> value) {
        Map<String, V> map = new HashMap<>(1 << 17);
        InputStream raw = GzipTsv.class.getResourceAsStream(resource);
        if (raw == null) {
            return map;
        }
        try (raw; BufferedReader reader = new BufferedReader(
                new InputStreamReader(new GZIPInputStream(raw, 1 << 16), StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                int tab = line.indexOf('\t');
                if (tab > 0) {
                    map.put(line.substring(0, tab), value.apply(line.substring(tab + 1)));
                }
            }
        } catch (IOException e) {
            throw new WartaException("cannot read " + resource + ": " + e.getMessage(), e);
        }
        return map;
    }
}
