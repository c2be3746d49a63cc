package id.warta.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Writes hits as CSV (RFC 4180, a header line, lists joined by "; "). Cells that a spreadsheet would
 * run as a formula get a leading apostrophe, as OWASP's advice on CSV injection has it: those starting
 * with = + - @, a tab or a carriage return (a spreadsheet skips those and reads the formula after
 * them); a line feed too, for the same reason. The id is written as it is: Warta makes it (22 characters of URL-safe
 * Base64, a hash), so it can hold no formula, and one in 64 starts with "-", which an apostrophe would turn into an id
 * that /api/articles/{id} does not know.
 */
public final class CsvExport {

    /** Seconds always written, so that every row's date has the same shape for a spreadsheet to parse. */
    private static final DateTimeFormatter PUBLISHED = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");
    private static final String FORMULA_STARTS = "=+-@\t\r\n";

    public static final String HEADER = "id,published_at,source,title,url,countries,persons,authors";

    private CsvExport() {
    }

    public static void writeHeader(Writer out) {
        line(out, HEADER);
    }

    /**
     * One article's row. {@code published_at} is given in {@code zone}, the zone the search's days are in, with its
     * offset (2019-09-19T06:30:00+07:00), so that a spreadsheet's day of a row is the day the search filtered it by.
     */
    public static void write(Writer out, ArticleHit hit, ZoneId zone) {
        line(out, String.join(",", hit.id(), cell(hit.publishedAt() == null ? "" : PUBLISHED.format(hit.publishedAt().atZone(zone))),
                cell(hit.source()), cell(hit.title()), cell(hit.url()), cell(list(hit.countries())), cell(list(hit.persons())),
                cell(list(hit.authors()))));
    }

    private static String list(List<String> values) {
        return String.join("; ", values);
    }

    static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String safe = FORMULA_STARTS.indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (safe.indexOf(',') < 0 && safe.indexOf('"') < 0 && safe.indexOf('\n') < 0 && safe.indexOf('\r') < 0) {
            return safe;
        }
        return '"' + safe.replace("\"", "\"\"") + '"';
    }

    private static void line(Writer out, String text) {
        try {
            out.write(text);
            out.write("\r\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
