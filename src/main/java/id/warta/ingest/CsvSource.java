package id.warta.ingest;

import id.warta.WartaException;
import org.springframework.batch.infrastructure.item.file.transform.DelimitedLineTokenizer;
import org.springframework.batch.infrastructure.item.file.transform.FieldSet;
import org.springframework.batch.infrastructure.item.file.transform.IncorrectTokenCountException;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * CSV with a header row. A quote inside a field that does not start with one is a character of the field (an inch
 * mark), as spreadsheets read it. A quoted field may span lines, up to {@link #MAX_ROW_LINES} lines and
 * {@link ByteLines#MAX_LINE_BYTES} bytes for one row. A quote still open at that cap, or at the end of the
 * file, is taken for an unclosed quote: the row that opened it is rejected with that reason and reading
 * goes on with the line after it, so that one stray quote costs one row, not the rest of the file. A row
 * whose column count differs from the header's, a line over the size limit and a row that cannot be
 * decoded are rejected with their reason too; every row is located at its first line (blank lines
 * counted). A header that cannot be read is one rejected record at its line, and the file's rows are
 * not read: without the header they have no column names.
 */
final class CsvSource extends LineSource {

    /** The most lines one row may span; a quote open longer is unclosed. */
    static final int MAX_ROW_LINES = 10_000;

    private final DelimitedLineTokenizer tokenizer = new DelimitedLineTokenizer();
    /** Lines read ahead for a row whose quote did not close, to be read again as rows of their own. */
    private final Deque<ByteLines.Line> readAgain = new ArrayDeque<>();
    private String[] header;
    private boolean ended;

    CsvSource(Path file, JobDefinition.Input input) throws IOException {
        super(file, input);
        tokenizer.setStrict(true);
    }

    @Override
    public RawRecord next() {
        if (ended) {
            return null;
        }
        if (header == null) {
            Row first = nextRow();
            if (first == null) {
                return end();
            }
            if (first.problem() != null) {
                ended = true;
                return RawRecord.unreadable(name + ":" + first.line(), input, JsonLinesSource.excerpt(first.bytes()),
                        "unreadable CSV header: " + first.problem() + "; the rows after it are not read");
            }
            header = columnsOf(first.text());
            tokenizer.setNames(header);
        }
        Row next = nextRow();
        if (next == null) {
            return end();
        }
        String location = name + ":" + next.line();
        if (next.problem() != null) {
            return RawRecord.unreadable(location, input, JsonLinesSource.excerpt(next.bytes()), next.problem());
        }
        String row = next.text();
        try {
            FieldSet fields = tokenizer.tokenize(row);
            Map<String, String> values = new LinkedHashMap<>();
            for (String column : header) {
                values.put(column, fields.readRawString(column));
            }
            return RawRecord.row(location, input, row, values);
        } catch (IncorrectTokenCountException e) {
            return RawRecord.unreadable(location, input, row,
                    "wrong column count: row has " + e.getActualCount() + " columns, the header has " + e.getExpectedCount());
        }
    }

    private static String[] columnsOf(String headerRow) {
        String[] columns = new DelimitedLineTokenizer().tokenize(headerRow).getValues();
        for (int i = 0; i < columns.length; i++) {
            columns[i] = columns[i].trim();
        }
        return columns;
    }

    /**
     * Stops a job before it starts when a CSV file has no column for the title or the body (as the job's
     * {@code fields} name them, else "title" and "body" or "content"): every row would be rejected as
     * "missing title" or "empty body". A header that cannot be read is left to the rows, as one rejection saying why.
     */
    static void requireColumns(Path file, JobDefinition job) throws IOException {
        List<String> columns;
        try (CsvSource csv = new CsvSource(file, null)) {
            Row first = csv.nextRow();
            if (first == null || first.problem() != null) {
                return;
            }
            columns = List.of(columnsOf(first.text()));
        }
        require(file, columns, job, "title", List.of(job.inputField("title")));
        require(file, columns, job, "body", List.of(job.inputField("body"), job.inputField("content")));
    }

    private static void require(Path file, List<String> columns, JobDefinition job, String field, List<String> candidates) {
        if (candidates.stream().anyMatch(columns::contains)) {
            return;
        }
        String mapped = job.fields().containsKey(field) ? "the job's fields map " + field + " to '" + job.inputField(field) + "'"
                : "map the column that holds it in the job file, as in fields: { " + field + ": " + columns.stream().findFirst().orElse("...") + " }";
        throw new WartaException(file + " has no column " + candidates.stream().distinct().map(c -> "'" + c + "'")
                .collect(java.util.stream.Collectors.joining(" or ")) + " for the " + field + " of its articles (" + mapped
                + "); its columns: " + String.join(", ", columns));
    }

    /** One logical row from its first line: its text, or the problem that makes it unreadable. */
    private record Row(long line, String text, String problem, byte[] bytes) {
    }

    /** The next row: physical lines joined while a quote is open. Blank lines between rows are skipped. */
    private Row nextRow() {
        ByteLines.Line first;
        do {
            first = nextLine();
            if (first == null) {
                return null;
            }
        } while (JsonLinesSource.isBlank(first.bytes()));
        if (first.tooLong()) {
            return new Row(first.number(), null, JsonLinesSource.tooLarge(first), first.bytes());
        }
        List<ByteLines.Line> more = new ArrayList<>();
        long size = first.bytes().length;
        boolean quoted = quoteOpenAfter(first.bytes(), false);
        while (quoted) {
            ByteLines.Line line = nextLine();
            if (line == null) {
                return unclosed(first, more, "before the end of the file");
            }
            more.add(line);
            size += 1 + line.length();
            if (line.tooLong() || size > ByteLines.MAX_LINE_BYTES || more.size() >= MAX_ROW_LINES) {
                return unclosed(first, more, "within " + MAX_ROW_LINES + " lines or " + ByteLines.MAX_LINE_BYTES / (1024 * 1024) + " MB");
            }
            quoted = quoteOpenAfter(line.bytes(), true);
        }
        byte[] bytes = join(first, more);
        TextDecoding.Decoded decoded = TextDecoding.decode(bytes);
        return new Row(first.number(), decoded.text(), decoded.problem(), bytes);
    }

    /** The row that opened a quote never closed: rejected, and the lines after it read again as rows. */
    private Row unclosed(ByteLines.Line first, List<ByteLines.Line> more, String where) {
        for (int i = more.size() - 1; i >= 0; i--) {
            readAgain.push(more.get(i));
        }
        return new Row(first.number(), null, "unclosed quote: the quoted field starting at line " + first.number()
                + " has no closing quote " + where + "; the lines after it are read as rows", first.bytes());
    }

    private ByteLines.Line nextLine() {
        return readAgain.isEmpty() ? lines.next() : readAgain.pop();
    }

    /**
     * Whether a quoted field is still open at the end of a line of a row, {@code quoted} saying whether one was open
     * at its start. A field that starts with a quote (spaces before it allowed) is quoted, and each quote in it opens
     * or closes its quoted part (a doubled quote does both); a quote inside a field that does not start with one is a
     * character of it ({@code Layar 5" besar}), as spreadsheets read it. '"' and ',' are the same byte in UTF-8 and in
     * the single-byte encodings.
     */
    static boolean quoteOpenAfter(byte[] line, boolean quoted) {
        boolean fieldStart = !quoted;
        boolean quotedField = quoted;
        for (byte b : line) {
            if (b == '"' && (quotedField || fieldStart)) {
                quoted = !quoted;
                quotedField = true;
                fieldStart = false;
            } else if (b == ',' && !quoted) {
                fieldStart = true;
                quotedField = false;
            } else if (!fieldStart || b != ' ' && b != '\t') {
                fieldStart = false;
            }
        }
        return quoted;
    }

    private static byte[] join(ByteLines.Line first, List<ByteLines.Line> more) {
        if (more.isEmpty()) {
            return first.bytes();
        }
        ByteArrayOutputStream row = new ByteArrayOutputStream();
        row.writeBytes(first.bytes());
        for (ByteLines.Line line : more) {
            row.write('\n');
            row.writeBytes(line.bytes());
        }
        return row.toByteArray();
    }
}
