package id.warta.ingest;

import id.warta.WartaException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** A folder given as one input: which of its files are read, and what the others become. */
class FolderInputsTest {

    private static final String ARTICLE = "Banjir Rendam Medan\n\nMEDAN, KOMPAS.com - Hujan deras sejak pagi merendam 12 kelurahan.\n";

    @TempDir
    Path dir;

    @Test
    @DisplayName("format detected: a file that is no archive (an image, a README) is one skipped record, not the end of the job; hidden folders (.git) are not read")
    void strayAndHiddenFilesInAFolder() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("arsip"));
        Path article = Files.writeString(folder.resolve("banjir.txt"), ARTICLE);
        Path readme = Files.writeString(folder.resolve("README.md"), "Arsip berita daerah, disusun oleh redaksi.\n");
        Path logo = Files.write(Files.createDirectories(folder.resolve("banjir_files")).resolve("logo.png"),
                new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d});
        Path git = Files.createDirectories(folder.resolve(".git").resolve("hooks"));
        Files.writeString(git.resolve("pre-commit.sample"), "#!/bin/sh\n# An example hook script\nexit 0\n");
        Files.writeString(folder.resolve(".git").resolve("description"), "Unnamed repository; edit this file.\n");
        Files.writeString(folder.resolve(".catatan.txt"), ARTICLE);

        List<RawRecord> records = TestReading.read(folder);
        assertThat(records).extracting(RawRecord::location, RawRecord::skipped).containsExactly(
                tuple(readme.toString(), ArchiveReader.UNKNOWN_FORMAT),
                tuple(article.toString(), null),
                tuple(logo.toString(), ArchiveReader.UNKNOWN_FORMAT));
        assertThat(TestReading.process(folder)).filteredOn(r -> r.article() != null).singleElement()
                .satisfies(r -> assertThat(r.article().title()).isEqualTo("Banjir Rendam Medan"));
    }

    @Test
    @DisplayName("an unknown --format is the user's mistake: a message naming the formats, not an exception class")
    void unknownFormatOption() {
        assertThatThrownBy(() -> IngestHarness.fromCommandLine("--format", "foo", "--source", "x", "README.md"))
                .isInstanceOf(WartaException.class).hasMessageStartingWith("unknown format 'foo'").hasMessageContaining("--format");
    }

    @Test
    @DisplayName("a single file whose format cannot be told still stops the job before it starts, saying how to name the format")
    void aFileOfUnknownFormatGivenByName() throws IOException {
        Path readme = Files.writeString(dir.resolve("README.md"), "Arsip berita daerah.\n");
        assertThatThrownBy(() -> TestReading.read(readme)).isInstanceOf(WartaException.class)
                .hasMessageContaining("cannot tell the format of " + readme).hasMessageContaining("--format");
    }
}
