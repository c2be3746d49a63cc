package id.warta.ingest;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.warta.index.ClusterConnection;
import id.warta.index.IndexNames;
import id.warta.testing.ElasticsearchTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The ingest job end to end against the real node. */
@ElasticsearchTest
class IngestIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    @DisplayName("the sample job indexes the bundled archive; running it again changes nothing")
    void sampleArchive(ClusterConnection es, ElasticsearchClient client, IndexNames names, @TempDir Path home) throws IOException {
        JobDefinition sample = JobFiles.load(Path.of("batch-jobs/sample.yml"));
        try (IngestHarness harness = new IngestHarness(es, names, home, null)) {
            IngestSummary first = harness.run(sample);
            assertThat(first.completed()).as(first.render()).isTrue();
            assertThat(first.read()).isEqualTo(406);
            assertThat(first.balanced()).as(first.render()).isTrue();
            assertThat(first.undated()).as("the three plain-text articles carry no date").isEqualTo(3);
            assertThat(count(client, names)).isEqualTo(first.indexed());

            IngestSummary again = harness.run(sample);
            assertThat(again.completed()).isTrue();
            assertThat(again.indexed()).as("nothing is indexed twice").isZero();
            assertThat(again.unchanged()).isEqualTo(first.indexed());
            assertThat(again.duplicates()).isEqualTo(first.duplicates());
            assertThat(count(client, names)).isEqualTo(first.indexed());
        }
    }

    @Test
    @DisplayName("every bad record is accounted for with a reason, and the job goes on")
    void badInput(ClusterConnection es, ElasticsearchClient client, IndexNames names, @TempDir Path home) throws IOException {
        Path dir = Files.createDirectories(home.resolve("input"));
        ByteArrayOutputStream jsonl = new ByteArrayOutputStream();
        write(jsonl, article("good-1", "Presiden meresmikan jalan tol", "Presiden Joko Widodo meresmikan jalan tol baru di Jawa Barat."));
        write(jsonl, article("good-2", "Harga beras naik", "Harga beras di pasar tradisional naik menjelang akhir tahun."));
        write(jsonl, "{\"id\": \"broken\", \"title\": \"Tanpa kurung tutup\"".getBytes(StandardCharsets.UTF_8));
        byte[] badUtf8 = article("utf8", "Menteri “baru”", "Menteri baru dilantik hari ini di Istana.");
        badUtf8[badUtf8.length - 10] = (byte) 0xC3;
        badUtf8[badUtf8.length - 9] = (byte) 0x28;
        write(jsonl, badUtf8);
        write(jsonl, article("empty", "Judul tanpa isi", "   "));
        write(jsonl, article("untitled", "", "Isi berita tanpa judul sama sekali."));
        write(jsonl, articleWithDate("dateless", "Tanggal aneh", "Isi berita dengan tanggal yang tidak terbaca.", "kemarin sore"));
        write(jsonl, article("huge", "Artikel raksasa", "kata ".repeat(1_100_000)));
        byte[] garbage = new byte[3000];
        new java.util.Random(1).nextBytes(garbage);
        for (int i = 0; i < garbage.length; i++) {
            if (garbage[i] == '\n') {
                garbage[i] = 0;
            }
        }
        write(jsonl, garbage);
        write(jsonl, article("syndicated", "Presiden resmikan tol", "Presiden Joko Widodo meresmikan jalan tol baru di Jawa Barat."));
        Files.write(dir.resolve("articles.jsonl"), jsonl.toByteArray());
        Files.write(dir.resolve("legacy.jsonl"), (JSON.writeValueAsString(Map.of("id", "cp1252", "url", "https://example.id/cp1252",
                "title", "Kata \u201cdemokrasi\u201d", "content", "Caf\u00e9 di Jakarta membahas \u201cdemokrasi\u201d \u2013 kata warga.")) + "\n")
                .getBytes(Charset.forName("windows-1252")));
        Files.writeString(dir.resolve("rows.csv"), """
                id,url,title,content,date
                csv-1,https://example.id/csv-1,Banjir di Medan,"Banjir melanda Medan, ribuan warga mengungsi.",2024-11-26
                csv-2,https://example.id/csv-2,Baris pendek
                """);
        JobDefinition job = new JobDefinition("bad-input", "test", List.of(
                new JobDefinition.Input(dir.resolve("articles.jsonl").toString(), InputFormat.JSONL, null),
                new JobDefinition.Input(dir.resolve("legacy.jsonl").toString(), InputFormat.JSONL, null),
                new JobDefinition.Input(dir.resolve("rows.csv").toString(), InputFormat.CSV, null)),
                Map.of("body", "content"), JobDefinition.JAKARTA, "id", 4, 2, 2, false, false);

        try (IngestHarness harness = new IngestHarness(es, names, home, null)) {
            IngestSummary summary = harness.run(job);
            assertThat(summary.completed()).as(summary.render()).isTrue();
            assertThat(summary.read()).isEqualTo(13);
            assertThat(summary.balanced()).as("read = indexed + unchanged + duplicates + rejected\n" + summary.render()).isTrue();
            assertThat(summary.indexed()).as(summary.render()).isEqualTo(4);
            assertThat(summary.duplicates()).isEqualTo(1);
            assertThat(summary.rejectReasons()).containsOnlyKeys("malformed JSON", "invalid UTF-8", "empty body", "missing title",
                    "unparsable date", "body too long", "binary data", "wrong column count");
            assertThat(count(client, names)).isEqualTo(4);

            List<String> rejects = Files.readAllLines(summary.rejectsFile());
            assertThat(rejects).hasSize((int) summary.rejected());
            for (String line : rejects) {
                JsonNode reject = JSON.readTree(line);
                assertThat(reject.get("location").asText()).matches(".*(articles\\.jsonl|rows\\.csv):\\d+");
                assertThat(reject.get("reason").asText()).isNotBlank();
            }
            assertThat(rejects).anySatisfy(l -> assertThat(l).contains("articles.jsonl:8").contains("over the 1000000 limit"));
            var legacy = client.search(s -> s.index(names.readAlias()).query(q -> q.term(t -> t.field("title.exact").value("demokrasi"))), Map.class);
            assertThat(legacy.hits().hits()).hasSize(1);
            assertThat(legacy.hits().hits().getFirst().source().get("body").toString()).contains("Caf\u00e9", "\u201cdemokrasi\u201d");
        }
    }

    @Test
    @DisplayName("an article updated under its URL within one run is indexed once, in its later version; the earlier record is accounted as replaced")
    void articleUpdatedWithinOneRun(ClusterConnection es, ElasticsearchClient client, IndexNames names, @TempDir Path home) throws IOException {
        ByteArrayOutputStream jsonl = new ByteArrayOutputStream();
        write(jsonl, article("a", "Banjir di Medan", "Banjir melanda Medan pagi ini."));
        write(jsonl, article("b", "Harga beras naik", "Harga beras di pasar tradisional naik."));
        write(jsonl, article("a", "Banjir di Medan meluas", "Banjir melanda Medan, ribuan warga mengungsi."));
        write(jsonl, article("c", "Jalan tol baru", "Presiden meresmikan jalan tol baru di Jawa Barat."));
        write(jsonl, article("d", "Gempa di Cianjur", "Gempa mengguncang Cianjur."));
        write(jsonl, article("e", "Pemilu daerah", "Pemilu daerah berlangsung damai."));
        write(jsonl, article("f", "Harga cabai", "Harga cabai turun."));
        write(jsonl, article("g", "Kereta cepat", "Kereta cepat mulai beroperasi."));
        write(jsonl, article("d", "Gempa di Cianjur: korban bertambah", "Gempa mengguncang Cianjur, korban bertambah."));
        write(jsonl, article("d", "Gempa di Cianjur: korban bertambah", "Gempa mengguncang Cianjur, korban bertambah."));
        Path archive = Files.write(home.resolve("updates.jsonl"), jsonl.toByteArray());
        JobDefinition job = smallChunks("updates", archive, Map.of("body", "content"));

        try (IngestHarness harness = new IngestHarness(es, names, home, null)) {
            IngestSummary summary = harness.run(job);
            assertThat(summary.completed()).as(summary.render()).isTrue();
            assertThat(summary.read()).isEqualTo(10);
            assertThat(summary.balanced()).as(summary.render()).isTrue();
            assertThat(summary.indexed()).as(summary.render()).isEqualTo(7);
            assertThat(summary.duplicates()).as("the first versions of a and d").isEqualTo(2);
            assertThat(summary.unchanged()).as("d's last version came twice").isEqualTo(1);
            assertThat(count(client, names)).isEqualTo(7);
            var bodies = client.search(s -> s.index(names.readAlias()).size(20), Map.class).hits().hits().stream()
                    .map(h -> h.source().get("body").toString()).toList();
            assertThat(bodies).contains("Banjir melanda Medan, ribuan warga mengungsi.", "Gempa mengguncang Cianjur, korban bertambah.")
                    .doesNotContain("Banjir melanda Medan pagi ini.", "Gempa mengguncang Cianjur.");

            List<JsonNode> replaced = Files.readAllLines(summary.duplicatesFile()).stream().map(IngestIT::json).toList();
            assertThat(replaced).extracting(n -> n.get("location").asText() + " -> " + n.get("replaced_by").asText())
                    .containsExactly(archive + ":1 -> " + archive + ":3", archive + ":5 -> " + archive + ":9");
        }
    }

    @Test
    @DisplayName("an article updated twice, across chunks, is indexed once, in its last version, also when that is the first again; a later version Elasticsearch refuses leaves the version before it indexed")
    void versionChainsAndRefusedVersions(ClusterConnection es, ElasticsearchClient client, IndexNames names, @TempDir Path home) throws IOException {
        ByteArrayOutputStream jsonl = new ByteArrayOutputStream();
        write(jsonl, article("a", "Banjir di Medan", "Banjir melanda Medan pagi ini."));
        write(jsonl, article("b", "Harga beras naik", "Harga beras di pasar tradisional naik."));
        write(jsonl, article("c", "Jalan tol baru", "Presiden meresmikan jalan tol baru."));
        write(jsonl, article("d", "Gempa di Cianjur", "Gempa mengguncang Cianjur."));
        write(jsonl, article("a", "Banjir di Medan meluas", "Banjir melanda Medan, ribuan warga mengungsi."));
        write(jsonl, article("a", "Banjir di Medan surut", "Banjir di Medan mulai surut sore ini."));
        write(jsonl, article("b", "Harga beras turun", "Harga beras di pasar tradisional turun."));
        // a keyword over Lucene's term limit: Elasticsearch refuses this version of b for good
        write(jsonl, JSON.writeValueAsBytes(Map.of("id", "b", "url", "https://example.id/b", "title", "Harga beras anjlok",
                "content", "Harga beras di pasar tradisional anjlok.", "date", "2024-11-26 10:00", "category", "x".repeat(40_000))));
        // c changed, then changed back: the last record is c's first version again
        write(jsonl, article("c", "Jalan tol baru dibuka", "Presiden membuka jalan tol baru."));
        write(jsonl, article("c", "Jalan tol baru", "Presiden meresmikan jalan tol baru."));
        Path archive = Files.write(home.resolve("versions.jsonl"), jsonl.toByteArray());
        JobDefinition job = smallChunks("versions", archive, Map.of("body", "content", "category", "category"));

        try (IngestHarness harness = new IngestHarness(es, names, home, null)) {
            IngestSummary summary = harness.run(job);
            assertThat(summary.completed()).as(summary.render()).isTrue();
            assertThat(summary.read()).isEqualTo(10);
            assertThat(summary.balanced()).as(summary.render()).isTrue();
            assertThat(summary.rejected()).as("b's last version").isEqualTo(1);
            assertThat(summary.indexed()).as(summary.render()).isEqualTo(4);
            assertThat(summary.duplicates()).as("a's first two versions, b's first, c's first two").isEqualTo(5);
            assertThat(count(client, names)).isEqualTo(4);
            var titles = client.search(s -> s.index(names.readAlias()).size(20), Map.class).hits().hits().stream()
                    .map(h -> h.source().get("title").toString()).toList();
            assertThat(titles).containsExactlyInAnyOrder("Banjir di Medan surut", "Harga beras turun", "Jalan tol baru", "Gempa di Cianjur");

            List<JsonNode> replaced = Files.readAllLines(summary.duplicatesFile()).stream().map(IngestIT::json).toList();
            assertThat(replaced).extracting(n -> n.get("location").asText() + " -> " + n.get("replaced_by").asText())
                    .containsExactlyInAnyOrder(archive + ":1 -> " + archive + ":6", archive + ":5 -> " + archive + ":6",
                            archive + ":2 -> " + archive + ":7", archive + ":3 -> " + archive + ":10", archive + ":9 -> " + archive + ":10");
        }
    }

    @Test
    @DisplayName("a mistyped input is reported before Elasticsearch is even contacted")
    void missingInput(IndexNames names, @TempDir Path home) {
        JobDefinition job = IngestHarness.fromCommandLine("--format", "jsonl", "--source", "x",
                home.resolve("no-such-archive.jsonl").toString());
        try (IngestHarness harness = new IngestHarness(ClusterConnection.plain("http://127.0.0.1:1"), names, home, null)) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> harness.run(job))
                    .isInstanceOf(id.warta.WartaException.class)
                    .hasMessageContaining("no-such-archive.jsonl does not exist");
        }
    }

    private static JsonNode json(String line) {
        try {
            return JSON.readTree(line);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A JSON Lines job in chunks of 4 records, bulk requests of 2, one thread, without entities. */
    @Test
    @DisplayName("a job run again with its time zone mended writes its articles again (they were not 'unchanged'); each run, and a job of the same name over other files, keeps its own rejects file")
    void mendedJobRewritesAndKeepsEachRunsRejects(ClusterConnection es, ElasticsearchClient client, IndexNames names, @TempDir Path home)
            throws IOException {
        ByteArrayOutputStream jsonl = new ByteArrayOutputStream();
        write(jsonl, article("a", "Banjir di Medan", "Banjir melanda Medan pagi ini."));
        write(jsonl, article("b", "Harga beras naik", "Harga beras di pasar tradisional naik."));
        write(jsonl, "{\"title\": \"Tanpa kurung tutup\"".getBytes(StandardCharsets.UTF_8));
        Path archive = Files.write(home.resolve("arsip.jsonl"), jsonl.toByteArray());
        JobDefinition utc = new JobDefinition("arsip", "test", List.of(new JobDefinition.Input(archive.toString(), InputFormat.JSONL, null)),
                Map.of("body", "content"), java.time.ZoneOffset.UTC, "id", 4, 2, 1, false, false);
        JobDefinition jakarta = new JobDefinition(utc.name(), utc.source(), utc.inputs(), utc.fields(), JobDefinition.JAKARTA,
                utc.language(), utc.chunkSize(), utc.bulkSize(), utc.threads(), false, false);
        Path other = Files.write(home.resolve("lain.jsonl"), "{\"title\": \"Juga rusak\"\n".getBytes(StandardCharsets.UTF_8));
        JobDefinition sameName = new JobDefinition(utc.name(), utc.source(), List.of(new JobDefinition.Input(other.toString(), InputFormat.JSONL, null)),
                utc.fields(), JobDefinition.JAKARTA, "id", 4, 2, 1, false, false);

        try (IngestHarness harness = new IngestHarness(es, names, home, null)) {
            IngestSummary first = harness.run(utc);
            IngestSummary mended = harness.run(jakarta);
            IngestSummary otherFiles = harness.run(sameName);

            assertThat(first.indexed()).as(first.render()).isEqualTo(2);
            assertThat(mended.indexed()).as(mended.render()).isEqualTo(2);
            assertThat(mended.unchanged()).isZero();
            assertThat(count(client, names)).as("written again, not twice").isEqualTo(2);
            var published = client.search(s -> s.index(names.readAlias()).size(10), Map.class).hits().hits().stream()
                    .map(h -> h.source().get("published_at").toString()).distinct().toList();
            assertThat(published).as("10:00 in Jakarta").containsExactly("2024-11-26T03:00:00Z");
            assertThat(List.of(first.rejectsFile(), mended.rejectsFile(), otherFiles.rejectsFile())).doesNotHaveDuplicates();
            assertThat(Files.readAllLines(first.rejectsFile())).as("the first run's reject is still where its summary said").hasSize(1)
                    .allSatisfy(line -> assertThat(line).contains(archive + ":3"));
            assertThat(Files.readAllLines(otherFiles.rejectsFile())).hasSize(1).allSatisfy(line -> assertThat(line).contains(other + ":1"));
        }
    }

    private static JobDefinition smallChunks(String name, Path archive, Map<String, String> fields) {
        return new JobDefinition(name, "test", List.of(new JobDefinition.Input(archive.toString(), InputFormat.JSONL, null)),
                fields, JobDefinition.JAKARTA, "id", 4, 2, 1, false, false);
    }

    static long count(ElasticsearchClient client, IndexNames names) throws IOException {
        client.indices().refresh(r -> r.index(names.readAlias()));
        return client.count(c -> c.index(names.readAlias())).count();
    }

    private static byte[] article(String id, String title, String body) throws IOException {
        return articleWithDate(id, title, body, "2024-11-26 10:00");
    }

    private static byte[] articleWithDate(String id, String title, String body, String date) throws IOException {
        return JSON.writeValueAsBytes(Map.of("id", id, "url", "https://example.id/" + id, "title", title, "content", body, "date", date));
    }

    private static void write(ByteArrayOutputStream out, byte[] line) throws IOException {
        out.write(line);
        out.write('\n');
    }
}
