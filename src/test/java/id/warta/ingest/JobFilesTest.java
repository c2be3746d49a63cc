package id.warta.ingest;

import id.warta.WartaException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JobFilesTest {

    @Test
    @DisplayName("the bundled sample job reads the bundled archive: JSON Lines and a folder of text files")
    void sampleJob() {
        JobDefinition job = JobFiles.load(Path.of("batch-jobs/sample.yml"));
        assertThat(job.name()).isEqualTo("sample");
        assertThat(job.inputs()).extracting(JobDefinition.Input::format).containsExactly(InputFormat.JSONL, InputFormat.TEXT);
        assertThat(job.inputs().getFirst().pattern()).endsWith("samples/click-id/articles.jsonl.gz");
        assertThat(Path.of(job.inputs().getFirst().pattern())).exists();
        assertThat(job.inputField("body")).isEqualTo("content");
    }

    @Test
    @DisplayName("a typo in a key is refused, naming the key")
    void unknownKey(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("bad.yml"), "inputs: [a.jsonl]\nchunk_size: 10\n");
        assertThatThrownBy(() -> JobFiles.load(file)).isInstanceOf(WartaException.class).hasMessageContaining("chunk_size");
    }

    @Test
    @DisplayName("a job file that says something Warta cannot follow is refused with what is wrong, never read as a default")
    void wrongValuesAreRefused(@TempDir Path dir) throws IOException {
        java.util.Map<String, String> wrong = new java.util.LinkedHashMap<>();
        wrong.put("inputs: [a.jsonl]\nfields: { title: }\n", "no input field for 'title'");
        wrong.put("inputs: [ ~ ]\n", "each input is a path");
        wrong.put("inputs: [a.jsonl]\nentities: nope\n", "'entities' is true or false, was 'nope'");
        wrong.put("inputs: [a.jsonl]\ndate-fallback: ya\n", "'date-fallback' is true or false");
        wrong.put("inputs:\n  - { path: a.csv, fromat: csv }\n", "unknown key of an input 'fromat'");
        wrong.put("inputs: [a.jsonl]\nfields: { judul: title }\n", "unknown Warta field in 'fields' 'judul'");
        wrong.put("inputs: [a.jsonl]\nfields: body\n", "'fields' maps Warta fields to input fields");
        wrong.put("inputs: [a.jsonl]\nname: [x, y]\n", "'name' takes one value");
        wrong.put("inputs: [a.jsonl]\nlanguage: klingon\n", "'language' is the language of articles the detector cannot tell");
        wrong.put("inputs: [a.jsonl]\nchunk-size: 1500000000\n", "'chunk-size' must be from 1 to 10,000, was 1500000000");
        wrong.put("inputs: [a.jsonl]\nbulk-size: -5\n", "'bulk-size' must be from 1 to 10,000, was -5");
        wrong.put("inputs: [a.jsonl]\nthreads: 0\n", "'threads' must be from 1 to 256, was 0");
        wrong.put("inputs: [a.jsonl]\ntime-zone: Jakarta\n", "'time-zone' is a zone such as Asia/Jakarta");
        wrong.put("inputs: [a.jsonl]\ntime-zone: UTC\ntime-zone: Asia/Jakarta\n", "duplicate key time-zone");
        wrong.put("inputs: [a.jsonl]\nname: ../../keluar\n", "the job name names a folder of its own");
        wrong.put("inputs: [a.jsonl, tidak-ada.jsonl]\n", "in 'inputs', input " + dir.resolve("tidak-ada.jsonl") + " does not exist");
        Files.writeString(dir.resolve("a.jsonl"), "{}\n");
        Files.writeString(dir.resolve("a.csv"), "title\n");
        int n = 0;
        for (var entry : wrong.entrySet()) {
            Path file = Files.writeString(dir.resolve("wrong-" + n++ + ".yml"), entry.getKey());
            assertThatThrownBy(() -> JobFiles.load(file)).as(entry.getKey()).isInstanceOf(WartaException.class)
                    .hasMessageContaining(file.toString()).hasMessageContaining(entry.getValue());
        }
        Path right = Files.writeString(dir.resolve("right.yml"), "inputs: [a.jsonl]\nentities: false\ndate-fallback: true\nlanguage: en\n"
                + "fields: { authors: penulis, time: time_raw }\ntime-zone: wita\n");
        JobDefinition job = JobFiles.load(right);
        assertThat(job.timeZone()).as("WIB, WITA and WIT, as news names them").isEqualTo(java.time.ZoneId.of("Asia/Makassar"));
        assertThat(job.extractEntities()).isFalse();
        assertThat(job.dateFallback()).isTrue();
        assertThat(job.language()).isEqualTo("en");
        assertThat(job.inputField("authors")).as("a list of authors is mapped too").isEqualTo("penulis");
    }

    @Test
    @DisplayName("a job is the same job whatever its threads, chunk and bulk sizes, and however its paths are written")
    void identityLeavesOutSpeed() {
        JobDefinition job = IngestHarness.fromCommandLine("--source", "s", "--threads", "2", "arsip/a.jsonl");
        JobDefinition other = IngestHarness.fromCommandLine("--source", "s", "--threads", "1", "./arsip/../arsip/a.jsonl");
        assertThat(IngestRunner.hash(other)).isEqualTo(IngestRunner.hash(job));
        JobDefinition bigger = new JobDefinition(job.name(), job.source(), job.inputs(), job.fields(), job.timeZone(), job.language(),
                2_000, 1_000, 4, job.dateFallback(), job.extractEntities());
        assertThat(IngestRunner.hash(bigger)).isEqualTo(IngestRunner.hash(job));
        JobDefinition withoutEntities = new JobDefinition(job.name(), job.source(), job.inputs(), job.fields(), job.timeZone(),
                job.language(), job.chunkSize(), job.bulkSize(), job.threads(), job.dateFallback(), false);
        assertThat(IngestRunner.hash(withoutEntities)).as("other documents: another job").isNotEqualTo(IngestRunner.hash(job));
    }

    @Test
    @DisplayName("the same job read twice is the same job (so a rerun resumes it), whatever order its field mapping came in")
    void stableIdentity() {
        Path file = Path.of("batch-jobs/sample.yml");
        assertThat(IngestRunner.hash(JobFiles.load(file))).isEqualTo(IngestRunner.hash(JobFiles.load(file)));
        java.util.Map<String, String> oneOrder = new java.util.LinkedHashMap<>();
        oneOrder.put("body", "content");
        oneOrder.put("time", "time_raw");
        oneOrder.put("title", "headline");
        java.util.Map<String, String> otherOrder = new java.util.LinkedHashMap<>();
        otherOrder.put("title", "headline");
        otherOrder.put("time", "time_raw");
        otherOrder.put("body", "content");
        assertThat(IngestRunner.hash(withFields(oneOrder))).isEqualTo(IngestRunner.hash(withFields(otherOrder)));
    }

    @Test
    @DisplayName("a job file or command line that names no format detects each file's format; a named one is kept")
    void formatDetectedWhenNotNamed(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("web.yml"), "inputs:\n  - crawl.warc.gz\n  - { path: feeds, format: rss }\n");
        Files.writeString(dir.resolve("crawl.warc.gz"), "");
        Files.writeString(Files.createDirectory(dir.resolve("feeds")).resolve("nasional.rss"), "<rss/>");
        assertThat(JobFiles.load(file).inputs()).extracting(JobDefinition.Input::format).containsExactly(InputFormat.AUTO, InputFormat.FEED);
        assertThat(IngestHarness.fromCommandLine("--source", "arsip", "a.warc.gz", "b.rss").inputs())
                .extracting(JobDefinition.Input::format).containsOnly(InputFormat.AUTO);
        assertThat(IngestHarness.fromCommandLine("--format", "html", "--source", "arsip", "pages").inputs())
                .extracting(JobDefinition.Input::format).containsOnly(InputFormat.HTML);
        assertThat(IngestHarness.fromCommandLine("batch-jobs/sample.yml").name()).isEqualTo("sample");
        assertThatThrownBy(() -> IngestHarness.fromCommandLine("--source", "arsip", "batch-jobs/sample.yml"))
                .as("--source would be ignored beside a job file").hasMessageContaining("names its source");
        assertThatThrownBy(() -> IngestHarness.fromCommandLine("--format", "jsonl", "batch-jobs/sample.yml"))
                .as("the job file is no archive to read").isInstanceOf(WartaException.class).hasMessageContaining("is a job file");
        assertThatThrownBy(() -> IngestHarness.fromCommandLine("--threads", "0", "batch-jobs/sample.yml"))
                .isInstanceOf(WartaException.class).hasMessageContaining("'threads' must be from 1");
        assertThat(IngestHarness.fromCommandLine("--source", "tempo.co/nasional", "a.jsonl").name())
                .as("a source with a slash names no folder path").isEqualTo("tempo.co-nasional");
    }

    private static JobDefinition withFields(java.util.Map<String, String> fields) {
        return new JobDefinition("j", "s", java.util.List.of(new JobDefinition.Input("a.jsonl", InputFormat.JSONL, "s")),
                fields, JobDefinition.JAKARTA, "id", 500, 250, 2, false, true);
    }
}
