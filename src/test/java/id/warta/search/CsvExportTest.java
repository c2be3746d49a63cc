package id.warta.search;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CsvExportTest {

    @Test
    @DisplayName("cells a spreadsheet would run as a formula get an apostrophe, a leading tab or CR included (OWASP)")
    void formulaGuard() {
        assertThat(CsvExport.cell("=1+1")).isEqualTo("'=1+1");
        assertThat(CsvExport.cell("+62 21")).isEqualTo("'+62 21");
        assertThat(CsvExport.cell("-5")).isEqualTo("'-5");
        assertThat(CsvExport.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CsvExport.cell("\t=1+1")).isEqualTo("'\t=1+1");
        assertThat(CsvExport.cell("\r=1+1")).isEqualTo("\"'\r=1+1\"");
        assertThat(CsvExport.cell("\n=1+1")).isEqualTo("\"'\n=1+1\"");
        assertThat(CsvExport.cell("=HYPERLINK(\"x\",\"y\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\"");
    }

    @Test
    @DisplayName("other cells are written as they are, quoted only when RFC 4180 needs it")
    void plainCells() {
        assertThat(CsvExport.cell("Banjir di Semarang")).isEqualTo("Banjir di Semarang");
        assertThat(CsvExport.cell("a = b")).isEqualTo("a = b");
        assertThat(CsvExport.cell("Jakarta, Indonesia")).isEqualTo("\"Jakarta, Indonesia\"");
        assertThat(CsvExport.cell(null)).isEmpty();
    }

    @Test
    @DisplayName("an id that starts with '-' is exported as it is, so that it still finds its article")
    void idAsItIs() {
        java.io.StringWriter out = new java.io.StringWriter();
        CsvExport.write(out, new ArticleHit("-Ab3dEfGhIjKlMnOpQrStU", "=Judul", null, "-sumber", null, null, java.util.List.of(),
                java.util.List.of(), java.util.List.of(), java.util.List.of()));
        assertThat(out.toString()).startsWith("-Ab3dEfGhIjKlMnOpQrStU,,'-sumber,'=Judul,");
    }
}
