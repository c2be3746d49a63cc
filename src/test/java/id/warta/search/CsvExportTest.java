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
                java.util.List.of(), java.util.List.of(), java.util.List.of()), java.time.ZoneId.of("Asia/Jakarta"));
        assertThat(out.toString()).startsWith("-Ab3dEfGhIjKlMnOpQrStU,,'-sumber,'=Judul,");
    }

    @Test
    @DisplayName("published_at is written in the search's zone with its offset: an article at 23:30 WIB is on that WIB day")
    void publishedInTheSearchZone() {
        java.io.StringWriter out = new java.io.StringWriter();
        ArticleHit late = new ArticleHit("a1", "Judul", null, "kompas", java.time.Instant.parse("2019-09-18T16:30:00Z"), null,
                java.util.List.of(), java.util.List.of(), java.util.List.of(), java.util.List.of());
        CsvExport.write(out, late, java.time.ZoneId.of("Asia/Jakarta"));
        CsvExport.write(out, late, java.time.ZoneOffset.UTC);
        assertThat(out.toString().lines()).containsExactly("a1,2019-09-18T23:30:00+07:00,kompas,Judul,,,,", "a1,2019-09-18T16:30:00Z,kompas,Judul,,,,");
    }
}
