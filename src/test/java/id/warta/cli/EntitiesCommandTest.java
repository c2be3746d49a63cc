package id.warta.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EntitiesCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static List<JsonNode> run(String... args) throws Exception {
        CommandLine cli = WartaCommand.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int code = cli.execute(args);
        assertThat(code).as("exit code; stderr: %s", err).isZero();
        List<JsonNode> lines = new ArrayList<>();
        for (String line : out.toString().split("\n")) {
            if (!line.isBlank()) {
                lines.add(JSON.readTree(line));
            }
        }
        return lines;
    }

    private static List<String> values(JsonNode array, String field) {
        List<String> values = new ArrayList<>();
        array.forEach(node -> values.add(node.get(field).asText()));
        return values;
    }

    @Test
    void aMissingEvaluationFileIsNamedAsMissing(@TempDir Path dir) {
        CommandLine cli = WartaCommand.commandLine();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(new StringWriter()));
        cli.setErr(new PrintWriter(err));

        int code = cli.execute("entities", "evaluate", dir.resolve("dev.txt").toString());

        assertThat(code).isNotZero();
        assertThat(err.toString()).contains("no such file").contains("dev.txt");
    }

    @Test
    void aMissingSilverFileIsRefusedBeforeAnyTraining(@TempDir Path dir) {
        CommandLine cli = WartaCommand.commandLine();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(new StringWriter()));
        cli.setErr(new PrintWriter(err));
        long started = System.nanoTime();

        int code = cli.execute("entities", "train", "--out", dir.resolve("ner.bin").toString(),
                "--silver", dir.resolve("missing.jsonl.gz").toString());

        assertThat(code).isNotZero();
        assertThat(err.toString()).contains("--silver").contains("missing.jsonl.gz").contains("no such file");
        assertThat((System.nanoTime() - started) / 1e9).as("seconds before the refusal").isLessThan(20);
        assertThat(dir.resolve("ner.bin")).doesNotExist();
    }

    @Test
    void plainTextFileIsOneArticle() throws Exception {
        List<JsonNode> lines = run("entities", "src/test/resources/id/warta/extract/kontan_nato_sample.txt");

        assertThat(lines).hasSize(1);
        JsonNode article = lines.get(0);
        assertThat(article.get("id").asText()).isEqualTo("kontan_nato_sample.txt");
        assertThat(values(article.get("countries"), "code")).contains("RU", "CN", "IR", "KP", "US", "UA", "FR");
        assertThat(values(article.get("persons"), "name")).contains("Mark Rutte", "Donald Trump", "Emmanuel Macron")
                .noneMatch(name -> name.contains("Putin"));
        JsonNode mention = article.get("persons").get(0).get("mentions").get(0);
        assertThat(mention.has("start") && mention.has("end") && mention.has("text")).isTrue();
        assertThat(article.get("countries").get(0).has("mentions")).isTrue();
    }

    @Test
    void jsonLinesGiveOneLinePerRecordWithOffsetsIntoTheBody(@TempDir Path dir) throws Exception {
        String body = "Presiden Prancis, Emmanuel Macron, tiba di Moskow. Macron bertemu Putin.";
        Path file = dir.resolve("articles.jsonl");
        Files.writeString(file, JSON.writeValueAsString(java.util.Map.of("id", "a1", "title", "Macron ke Rusia", "body", body))
                + "\n\n" + JSON.writeValueAsString(java.util.Map.of("id", "a2", "title", "", "body", "")) + "\n");

        List<JsonNode> lines = run("entities", file.toString());

        assertThat(lines).hasSize(2);
        assertThat(lines.get(0).get("id").asText()).isEqualTo("a1");
        assertThat(values(lines.get(0).get("countries"), "code")).contains("FR", "RU");
        JsonNode macron = lines.get(0).get("persons").get(0);
        assertThat(macron.get("name").asText()).isEqualTo("Emmanuel Macron");
        for (JsonNode span : macron.get("mentions")) {
            assertThat(body.substring(span.get("start").asInt(), span.get("end").asInt())).isEqualTo(span.get("text").asText());
        }
        assertThat(lines.get(1).get("persons")).isEmpty();
    }

    @Test
    void gzippedJsonLinesAreReadAsJsonLines(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("articles.jsonl.gz");
        try (var out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(file))) {
            out.write((JSON.writeValueAsString(java.util.Map.of("id", "a1", "title", "Macron ke Rusia",
                    "body", "Presiden Prancis, Emmanuel Macron, tiba di Moskow.")) + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }

        List<JsonNode> lines = run("entities", file.toString());

        assertThat(lines).hasSize(1);
        assertThat(lines.get(0).get("id").asText()).as("a record, not the compressed bytes as one article").isEqualTo("a1");
        assertThat(values(lines.get(0).get("countries"), "code")).contains("FR", "RU");
    }
}
