package id.warta.extract;

import id.warta.WartaException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NameGazetteerTest {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    @Test
    void marksEachWordByItsPlaceInPersonPlaceAndOrganisationNames(@TempDir Path dbpedia) throws IOException {
        write(dbpedia, "original-dbpedia/person.txt", "Mark Rutte", "Joko Widodo", "Anthrax (band)", "Tompi",
                "Gojko Ka?ar", "Émile Zola", "Ma'ruf Amin");
        // the expanded list repeats a name: it counts once
        write(dbpedia, "expanded-dbpedia/mdee/person.txt", "Mark Rutte", "Mark Ruffalo", "Widodo");
        // a regency named on many village lines is one place
        write(dbpedia, "original-dbpedia/place.txt", "Penaruban, Bukateja, Purbalingga", "Kedungjati, Bukateja, Purbalingga",
                "Jawa Barat");
        write(dbpedia, "original-dbpedia/organization.txt", "Partai Golkar", "Universitas Jawa");

        Path out = dbpedia.resolve("gazetteer.tsv.gz");
        int words = NameGazetteerBuilder.build(dbpedia, out);

        assertThat(lines(out)).containsExactly(
                "amin\tpl1",
                "anthrax\tpm1",
                "barat\tl1",
                "bukateja\tl1",
                "golkar\to1",
                "jawa\tl1 o1",
                "joko\tpf1",
                "kedungjati\tl1",
                "ma'ruf\tpf1",
                "mark\tpf2",
                "partai\to1",
                "penaruban\tl1",
                "purbalingga\tl1",
                "ruffalo\tpl1",
                "rutte\tpl1",
                "tompi\tpm1",
                "universitas\to1",
                "widodo\tpl1 pm1",
                "zola\tpl1",
                "émile\tpf1");
        assertThat(words).isEqualTo(20);
    }

    @Test
    void aFolderWithoutTheListsIsRefusedWithWhatIsMissing(@TempDir Path folder) throws IOException {
        write(folder, "original-dbpedia/person.txt", "Mark Rutte");

        assertThatThrownBy(() -> NameGazetteerBuilder.build(folder, folder.resolve("out.gz")))
                .isInstanceOf(WartaException.class)
                .hasMessageContaining("expanded-dbpedia/mdee/person.txt")
                .hasMessageContaining("original-dbpedia/place.txt")
                .hasMessageContaining("give the folder that holds original-dbpedia/");
        assertThat(folder.resolve("out.gz")).doesNotExist();
    }

    @Test
    void writesNoTimestampSoARebuildGivesTheSameBytes(@TempDir Path dbpedia) throws IOException {
        write(dbpedia, "original-dbpedia/person.txt", "Mark Rutte");
        write(dbpedia, "expanded-dbpedia/mdee/person.txt", "Joko Widodo");
        write(dbpedia, "original-dbpedia/place.txt", "Bandung");
        write(dbpedia, "original-dbpedia/organization.txt", "NATO");

        NameGazetteerBuilder.build(dbpedia, dbpedia.resolve("a.gz"));

        byte[] gzip = Files.readAllBytes(dbpedia.resolve("a.gz"));
        // RFC 1952: bytes 4-7 of the header are the modification time, 0 when none is stored
        assertThat(new byte[]{gzip[4], gzip[5], gzip[6], gzip[7]}).containsOnly(0);
    }

    @Test
    void theShippedGazetteerMarksWordsOfPersonAndPlaceNames() {
        NameGazetteer gazetteer = NameGazetteer.standard();

        assertThat(gazetteer.marks("rutte")).anyMatch(mark -> mark.startsWith("pl"));
        assertThat(NameGazetteer.inPersonName(gazetteer.marks("rutte"))).isTrue();
        assertThat(gazetteer.marks("purbalingga")).anyMatch(mark -> mark.startsWith("l"));
        assertThat(NameGazetteer.inPersonName(gazetteer.marks("purbalingga"))).isFalse();
        assertThat(gazetteer.marks("menandatangani")).isEmpty();
    }

    private static void write(Path root, String list, String... names) throws IOException {
        Path file = root.resolve(list);
        Files.createDirectories(file.getParent());
        Files.writeString(file, String.join("\r\n", names) + "\r\n", WINDOWS_1252);
    }

    private static List<String> lines(Path gz) throws IOException {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(gz)), StandardCharsets.UTF_8))) {
            return reader.lines().toList();
        }
    }
}
