package id.warta.ingest;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** CSV rows as the reader gives them: every row a record of its own, located at its first line, or rejected with the reason. */
class CsvSourceTest {

    @TempDir
    Path dir;

    @Test
    @DisplayName("an unclosed quote rejects the row that opened it; the rows after it are read as rows")
    void unclosedQuote() throws IOException {
        Path csv = Files.writeString(dir.resolve("c.csv"), """
                title,body
                Judul1,"Isi satu tanpa penutup
                Judul2,Isi2
                Judul3,Isi3
                Judul4,"Isi empat"
                Judul5,Isi5
                """);
        List<RawRecord> records = TestReading.read(csv);
        assertThat(records).extracting(RawRecord::location, r -> r.fields() == null ? null : r.fields().get("body")).containsExactly(
                tuple(csv + ":2", null), tuple(csv + ":3", "Isi2"), tuple(csv + ":4", "Isi3"), tuple(csv + ":5", "Isi empat"),
                tuple(csv + ":6", "Isi5"));
        RawRecord unclosed = records.getFirst();
        assertThat(unclosed.problem()).startsWith("unclosed quote: ").contains("starting at line 2", "before the end of the file");
        assertThat(unclosed.text()).isEqualTo("Judul1,\"Isi satu tanpa penutup");
        assertThat(new Rejection(unclosed.location(), unclosed.text(), unclosed.problem()).kind()).isEqualTo("unclosed quote");
    }

    @Test
    @DisplayName("a quote inside an unquoted field is a character of it (an inch mark), not the start of a quoted field that swallows the next row")
    void quoteInsideAnUnquotedField() throws IOException {
        Path csv = Files.writeString(dir.resolve("layar.csv"), """
                title,source,body
                Satu,s,Layar 5" besar dan terang
                Dua,s,Layar 6" kecil
                Tiga,s,"Isi ""dikutip"" di
                dua baris"
                Empat,s,  "Isi, dengan koma"
                """);
        List<RawRecord> records = TestReading.read(csv);
        assertThat(records).extracting(RawRecord::location, RawRecord::problem, r -> r.fields() == null ? null : r.fields().get("body"))
                .containsExactly(
                        tuple(csv + ":2", null, "Layar 5\" besar dan terang"),
                        tuple(csv + ":3", null, "Layar 6\" kecil"),
                        tuple(csv + ":4", null, "Isi \"dikutip\" di\ndua baris"),
                        tuple(csv + ":6", null, "Isi, dengan koma"));
    }

    @Test
    @DisplayName("a quote that stays open past " + "10 000 lines is unclosed: it does not take the rows up to the next stray quote with it")
    void quoteOpenPastTheCap() throws IOException {
        StringBuilder text = new StringBuilder("title,body\nJudul1,\"Isi tanpa penutup\n");
        int rows = CsvSource.MAX_ROW_LINES + 2000;
        for (int i = 0; i < rows; i++) {
            text.append("Judul").append(i).append(",Isi").append(i).append('\n');
        }
        text.append("JudulX,\"Isi dengan kutipan\nJudulY,IsiY\n");
        Path csv = Files.writeString(dir.resolve("panjang.csv"), text);
        List<RawRecord> records = TestReading.read(csv);
        assertThat(records).hasSize(rows + 3);
        assertThat(records.getFirst().location()).isEqualTo(csv + ":2");
        assertThat(records.getFirst().problem()).startsWith("unclosed quote: ").contains("within " + CsvSource.MAX_ROW_LINES + " lines");
        assertThat(records.subList(1, rows + 1)).allSatisfy(r -> assertThat(r.problem()).isNull());
        assertThat(records.get(rows).location()).isEqualTo(csv + ":" + (rows + 2));
        assertThat(records.get(rows + 1).location()).isEqualTo(csv + ":" + (rows + 3));
        assertThat(records.get(rows + 1).problem()).startsWith("unclosed quote: ");
        assertThat(records.getLast().fields()).containsEntry("body", "IsiY");
    }

    @Test
    @DisplayName("a row over 16 MB is rejected as too large, and the rows after it are read")
    void rowOverTheSizeLimit() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes("title,body\nJudul1,\"".getBytes(StandardCharsets.US_ASCII));
        bytes.writeBytes("x".repeat(17 * 1024 * 1024).getBytes(StandardCharsets.US_ASCII));
        bytes.writeBytes("\"\nJudul2,Isi2\nJudul3,\"Isi3\"\n".getBytes(StandardCharsets.US_ASCII));
        Path csv = Files.write(dir.resolve("besar.csv"), bytes.toByteArray());
        List<RawRecord> records = TestReading.read(csv);
        assertThat(records).extracting(RawRecord::location).containsExactly(csv + ":2", csv + ":3", csv + ":4");
        assertThat(records.getFirst().problem()).startsWith("record too large: ");
        assertThat(records.get(1).fields()).containsEntry("body", "Isi2");
        assertThat(records.get(2).fields()).containsEntry("body", "Isi3");
    }

    @Test
    @DisplayName("a row is located at its own line, blank lines before it counted; a quoted field may span lines")
    void rowsAreLocatedAtTheirFirstLine() throws IOException {
        Path csv = Files.writeString(dir.resolve("b.csv"), """
                title,body


                Judul1,"baris satu
                baris dua"

                Judul2,Isi2
                """);
        assertThat(TestReading.read(csv)).extracting(RawRecord::location, r -> r.fields().get("body")).containsExactly(
                tuple(csv + ":4", "baris satu\nbaris dua"), tuple(csv + ":7", "Isi2"));
    }

    @Test
    @DisplayName("a header that cannot be decoded is one rejected record at line 1 with the reason, and the job reads on")
    void undecodableHeader() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes("judul,".getBytes(StandardCharsets.US_ASCII));
        bytes.writeBytes(new byte[] {(byte) 0xC3, (byte) 0xA9, (byte) 0xFF});
        bytes.writeBytes("isi\nJudul1,Isi1\n".getBytes(StandardCharsets.US_ASCII));
        Path csv = Files.write(dir.resolve("rusak.csv"), bytes.toByteArray());
        byte[] binary = new byte[4096];
        for (int i = 0; i < binary.length; i++) {
            binary[i] = (byte) (i * 7);
        }
        Path image = Files.write(dir.resolve("gambar.csv"), binary);
        Path good = Files.writeString(dir.resolve("baik.csv"), "title,body\nJudul,Isi\n");

        List<RawRecord> records = TestReading.read(csv, image, good);
        assertThat(records).extracting(RawRecord::location).containsExactly(csv + ":1", image + ":1", good + ":2");
        assertThat(records.get(0).problem()).startsWith("unreadable CSV header: invalid UTF-8: byte 0xFF");
        assertThat(records.get(1).problem()).startsWith("unreadable CSV header: binary data");
    }

    @Test
    @DisplayName("a CSV without a column for the title or the body stops the job before it starts, naming the file, the field and the columns it has")
    void missingColumnForTitleOrBody() throws IOException {
        Path csv = Files.writeString(dir.resolve("b.csv"), "judul,isi,tautan\nBanjir,Isi,https://contoh.id/1\n");

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new ArchiveReader(withFields(csv, java.util.Map.of("title", "headline", "body", "isi"))))
                .isInstanceOf(id.warta.WartaException.class)
                .hasMessageContaining(csv + " has no column 'headline' for the title")
                .hasMessageContaining("the job's fields map title to 'headline'").hasMessageContaining("its columns: judul, isi, tautan");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new ArchiveReader(withFields(csv, java.util.Map.of())))
                .isInstanceOf(id.warta.WartaException.class).hasMessageContaining("has no column 'title' for the title")
                .hasMessageContaining("fields: { title: judul }");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new ArchiveReader(withFields(csv, java.util.Map.of("title", "judul"))))
                .isInstanceOf(id.warta.WartaException.class).hasMessageContaining("has no column 'body' or 'content' for the body");

        List<RawRecord> records = TestReading.read(withFields(csv, java.util.Map.of("title", "judul", "body", "isi")), 0);
        assertThat(records).extracting(RawRecord::location).containsExactly(csv + ":2");
    }

    private static JobDefinition withFields(Path csv, java.util.Map<String, String> fields) {
        return new JobDefinition("csv", "s", List.of(new JobDefinition.Input(csv.toString(), InputFormat.CSV, "s")), fields,
                JobDefinition.JAKARTA, "id", 500, 250, 1, false, false);
    }
}
