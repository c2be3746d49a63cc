package id.warta.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.warta.article.TextCleaner;
import id.warta.ingest.ArticleIdentity;
import id.warta.ingest.ArchiveReader;
import id.warta.ingest.ArticleProcessor;
import id.warta.ingest.InputFormat;
import id.warta.ingest.JobDefinition;
import id.warta.ingest.ProcessedRecord;
import id.warta.ingest.RawRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.infrastructure.item.ExecutionContext;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The scale benchmark's archive generator, on the bundled 403-article sample. */
class ScaleArchiveGeneratorTest {

    private static final Path SAMPLE = Path.of("samples/click-id/articles.jsonl.gz");
    private static final int COUNT = 2_000;
    private static final ObjectMapper JSON = new ObjectMapper();

    private static ScaleArchiveGenerator generator;
    private static List<String> lines;

    @BeforeAll
    static void generate() throws IOException {
        generator = ScaleArchiveGenerator.fromClickId(SAMPLE, ScaleArchiveGenerator.DEFAULT_SEED);
        lines = lines(generator, COUNT);
    }

    @Test // #9
    @DisplayName("the same seed gives the same archive, another seed another; a smaller archive is the start of a larger one")
    void deterministic() throws IOException {
        assertThat(lines(ScaleArchiveGenerator.fromClickId(SAMPLE, ScaleArchiveGenerator.DEFAULT_SEED), COUNT)).isEqualTo(lines);
        assertThat(lines(generator, 500)).isEqualTo(lines.subList(0, 500));
        List<String> other = lines(ScaleArchiveGenerator.fromClickId(SAMPLE, 10), COUNT);
        assertThat(other).hasSize(COUNT).doesNotContainAnyElementsOf(lines);
    }

    @Test // #9
    @DisplayName("every article has its own id, URL and content hash, and no article is a source article as it was")
    void distinct() throws IOException {
        List<JsonNode> records = records();
        assertThat(records.stream().map(r -> r.get("id").asText()).distinct()).hasSize(COUNT);
        assertThat(records.stream().map(r -> ArticleIdentity.canonicalUrl(r.get("url").asText()).orElseThrow()).distinct())
                .hasSize(COUNT);
        assertThat(records.stream().map(r -> ArticleIdentity.contentHash(TextCleaner.clean(r.get("content").asText()))).distinct())
                .hasSize(COUNT);
        Set<String> sourceBodies = new HashSet<>();
        try (var in = new java.io.BufferedReader(new java.io.InputStreamReader(
                new java.util.zip.GZIPInputStream(Files.newInputStream(SAMPLE)), java.nio.charset.StandardCharsets.UTF_8))) {
            in.lines().forEach(line -> sourceBodies.add(readTree(line).get("content").asText().strip()));
        }
        assertThat(records).noneMatch(r -> sourceBodies.contains(r.get("content").asText()));
    }

    @Test // #9
    @DisplayName("dates spread evenly over the ten years 2015-2024")
    void dateSpread() throws IOException {
        Map<Integer, Long> perYear = records().stream().map(r -> LocalDate.parse(r.get("date").asText()))
                .collect(Collectors.groupingBy(LocalDate::getYear, TreeMap::new, Collectors.counting()));
        assertThat(perYear.keySet()).containsExactly(2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024);
        assertThat(perYear.values()).allSatisfy(n -> assertThat(n).isBetween(COUNT / 10 - 60L, COUNT / 10 + 60L));
    }

    @Test // #9
    @DisplayName("the ingest job's reader and processor take every article of a gzipped archive, dated, none rejected")
    void ingestible(@TempDir Path folder) throws Exception {
        Path archive = folder.resolve("scale.jsonl.gz");
        generator.write(COUNT, archive);
        JobDefinition job = new JobDefinition("scale", "click-id",
                List.of(new JobDefinition.Input(archive.toString(), InputFormat.JSONL, "click-id")), Map.of(),
                JobDefinition.JAKARTA, "id", JobDefinition.DEFAULT_CHUNK_SIZE, JobDefinition.DEFAULT_BULK_SIZE, 1, false, false);
        ArchiveReader reader = new ArchiveReader(job);
        reader.open(new ExecutionContext());
        ArticleProcessor processor = new ArticleProcessor(job, null, Clock.systemUTC());
        List<String> problems = new ArrayList<>();
        int read = 0;
        for (RawRecord record; (record = reader.read()) != null; read++) {
            ProcessedRecord processed = processor.process(record);
            if (processed.article() == null || processed.article().publishedAt() == null) {
                problems.add(record.location() + ": " + processed);
            }
        }
        reader.close();
        assertThat(read).isEqualTo(COUNT);
        assertThat(problems).isEmpty();
        assertThat(JSON.readValue(lines.get(0), java.util.LinkedHashMap.class).keySet())
                .containsExactly("id", "url", "source", "title", "date", "time_raw", "category", "content");
    }

    @Test // #9
    @DisplayName("CLICK-ID bodies split into paragraphs at line breaks or at the comma after a sentence")
    void paragraphs() {
        assertThat(ScaleArchiveGenerator.paragraphs("Banyak penelitian , membantu.,Lewat seni, si kecil.,\"Seni itu penting,\" kata Lilie."))
                .containsExactly("Banyak penelitian , membantu.", "Lewat seni, si kecil.", "\"Seni itu penting,\" kata Lilie.");
        assertThat(ScaleArchiveGenerator.paragraphs("Satu.\n\nDua, tiga.\n")).containsExactly("Satu.", "Dua, tiga.");
    }

    private static List<String> lines(ScaleArchiveGenerator generator, int count) throws IOException {
        StringWriter out = new StringWriter();
        generator.write(count, out);
        return out.toString().lines().toList();
    }

    private static List<JsonNode> records() {
        return lines.stream().map(ScaleArchiveGeneratorTest::readTree).toList();
    }

    private static JsonNode readTree(String line) {
        try {
            return JSON.readTree(line);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
