package id.warta.extract;

import id.warta.WartaException;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The rows of a hand-written list shipped next to a package's classes: TAB-separated, '#' comments. */
public final class TabSeparatedResource {

    private TabSeparatedResource() {
    }

    /** {@link #rows(Class, String, int)} of a list next to this package's classes. */
    static List<String[]> rows(String resource, int columns) {
        return rows(TabSeparatedResource.class, resource, columns);
    }

    /**
     * Every row of the list {@code resource} next to {@code owner}'s class that is neither blank nor a comment; a row
     * with fewer than {@code columns} columns is an error.
     */
    public static List<String[]> rows(Class<?> owner, String resource, int columns) {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = owner.getResourceAsStream(resource)) {
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
