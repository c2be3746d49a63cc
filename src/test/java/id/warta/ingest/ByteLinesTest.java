package id.warta.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

class ByteLinesTest {

    @TempDir
    Path folder;

    @Test
    void linesOfEverySizeComeBackWholeWithoutTheirLineBreaks() throws IOException {
        String longLine = "x".repeat(3 * 1024 * 1024 + 17); // longer than the read buffer, and than the kept line buffer
        String across = "y".repeat(70_000);                 // crosses the 64 KB read buffer
        String text = "first\r\n\nsecond\n" + longLine + "\nshort after long\n" + across + "\r\nlast, without a line break";

        assertThat(lines(write("articles.jsonl", text.getBytes(StandardCharsets.UTF_8))))
                .containsExactly("first", "", "second", longLine, "short after long", across, "last, without a line break");
    }

    @Test
    void gzipIsReadTransparentlyAndFileBytesAreCounted() throws IOException {
        Path file = folder.resolve("articles.jsonl.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write("satu\ndua\n".getBytes(StandardCharsets.UTF_8));
        }
        try (ByteLines lines = new ByteLines(file)) {
            assertThat(new String(lines.next().bytes(), StandardCharsets.UTF_8)).isEqualTo("satu");
            assertThat(new String(lines.next().bytes(), StandardCharsets.UTF_8)).isEqualTo("dua");
            assertThat(lines.next()).isNull();
            assertThat(lines.bytesRead()).isEqualTo(Files.size(file));
        }
    }

    @Test
    void aLineOverTheLimitIsCutAndMarked() throws IOException {
        byte[] bytes = new byte[ByteLines.MAX_LINE_BYTES + 10 + 4];
        java.util.Arrays.fill(bytes, (byte) 'a');
        bytes[ByteLines.MAX_LINE_BYTES + 10] = '\n';
        bytes[ByteLines.MAX_LINE_BYTES + 11] = 'o';
        bytes[ByteLines.MAX_LINE_BYTES + 12] = 'k';
        bytes[ByteLines.MAX_LINE_BYTES + 13] = '\n';
        try (ByteLines lines = new ByteLines(write("big.jsonl", bytes))) {
            ByteLines.Line big = lines.next();
            assertThat(big.tooLong()).isTrue();
            assertThat(big.bytes()).hasSize(ByteLines.MAX_LINE_BYTES);
            assertThat(big.length()).isEqualTo(ByteLines.MAX_LINE_BYTES + 10);
            ByteLines.Line next = lines.next();
            assertThat(next.tooLong()).isFalse();
            assertThat(new String(next.bytes(), StandardCharsets.UTF_8)).isEqualTo("ok");
        }
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(folder.resolve(name), bytes);
    }

    private static List<String> lines(Path file) throws IOException {
        List<String> lines = new ArrayList<>();
        try (ByteLines in = new ByteLines(file)) {
            for (ByteLines.Line line; (line = in.next()) != null; ) {
                lines.add(new String(line.bytes(), StandardCharsets.UTF_8));
            }
        }
        return lines;
    }
}
