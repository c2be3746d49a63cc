package id.warta.ingest;

import org.springframework.batch.infrastructure.item.file.transform.DelimitedLineTokenizer;
import org.springframework.batch.infrastructure.item.file.transform.FieldSet;
import org.springframework.batch.infrastructure.item.file.transform.IncorrectTokenCountException;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * CSV with a header row. A quoted field may span lines. A row whose column count differs from the
 * header's becomes a record with that problem, so it is rejected with its reason, not dropped.
 */
final class CsvSource extends LineSource {

    private final DelimitedLineTokenizer tokenizer = new DelimitedLineTokenizer();
    private String[] header;
    private long lineNumber;

    CsvSource(Path file, JobDefinition.Input input) throws IOException {
        super(file, input);
        tokenizer.setStrict(true);
    }

    @Override
    public RawRecord next() throws IOException {
        if (header == null) {
            Row first = nextRow();
            if (first == null) {
                return null;
            }
            header = new DelimitedLineTokenizer().tokenize(first.text()).getValues();
            for (int i = 0; i < header.length; i++) {
                header[i] = header[i].trim();
            }
            tokenizer.setNames(header);
        }
        long startLine = lineNumber + 1;
        Row next = nextRow();
        if (next == null) {
            return null;
        }
        String location = name + ":" + startLine;
        if (next.problem() != null) {
            return RawRecord.unreadable(location, input, "", next.problem());
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

    private record Row(String text, String problem) {
    }

    /** One logical row: physical lines joined while a quote is open. Blank lines are skipped. */
    private Row nextRow() throws IOException {
        StringBuilder row = null;
        while (true) {
            ByteLines.Line line = lines.next();
            if (line == null) {
                return row == null ? null : new Row(row.toString(), null);
            }
            lineNumber++;
            if (row == null && JsonLinesSource.isBlank(line.bytes())) {
                continue;
            }
            TextDecoding.Decoded decoded = TextDecoding.decode(line.bytes());
            if (decoded.problem() != null) {
                return new Row(null, decoded.problem());
            }
            row = row == null ? new StringBuilder(decoded.text()) : row.append('\n').append(decoded.text());
            if (quotesBalanced(row)) {
                return new Row(row.toString(), null);
            }
        }
    }

    private static boolean quotesBalanced(CharSequence text) {
        long quotes = text.chars().filter(c -> c == '"').count();
        return quotes % 2 == 0;
    }

}
