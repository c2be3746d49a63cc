package id.warta.extract;

import id.warta.WartaException;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The rows of a hand-written list shipped next to this package's classes: TAB-separated, '#' comments. */
final class TabSeparatedResource {

    private TabSeparatedResource() {
    }

    /** Every row that is neither blank nor a comment; a row with fewer than {@code columns} columns is an error. */
    static List<String[]> rows(String resource, int columns) {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = TabSeparatedResource.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new WartaException("the list " + resource + " is missing from the jar");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] row = line.split("\t");
                if (row.length < columns) {
                    throw new WartaException("bad line in " + resource + " (" + columns + " TAB-separated columns expected): " + line);
                }
                rows.add(row);
            }
        } catch (IOException e) {
            throw new WartaException("cannot read " + resource + ": " + e.getMessage(), e);
        }
        return rows;
    }
}
