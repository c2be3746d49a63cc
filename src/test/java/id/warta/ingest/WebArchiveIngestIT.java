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

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #8 end to end against the real node: one job file, no format named, reading feeds, a folder of
 * saved pages, a WARC crawl, a truncated WARC and a JSON Lines archive together. Every record is
 * accounted: indexed, duplicate (a WARC revisit, a syndicated copy), rejected with its reason, or
 * skipped by kind (WARC records that hold no article).
 */
@ElasticsearchTest
class WebArchiveIngestIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    @DisplayName("feeds, saved pages, WARC files and JSON Lines in one job: indexed with authors and dates, every record accounted, a rerun changes nothing")
    void mixedWebArchives(ClusterConnection es, ElasticsearchClient client, IndexNames names, @TempDir Path home) throws IOException {
        Path job = archives(home.resolve("archives"));
        try (IngestHarness harness = new IngestHarness(es, names, home, null)) {
            IngestSummary summary = harness.run(JobFiles.load(job));
            System.out.print(summary.render());
            assertThat(summary.completed()).as(summary.render()).isTrue();
            assertThat(summary.balanced()).as("read = indexed + unchanged + duplicates + rejected + skipped\n" + summary.render()).isTrue();
            assertThat(summary.read()).as(summary.render()).isEqualTo(23);
            assertThat(summary.indexed()).as(summary.render()).isEqualTo(12);
            assertThat(summary.duplicates()).as("a WARC revisit and a syndicated copy").isEqualTo(2);
            assertThat(summary.rejected()).isEqualTo(4);
            assertThat(summary.rejectReasons()).containsOnlyKeys("empty body", "invalid feed", "no article text", "truncated WARC");
            assertThat(summary.skipped()).isEqualTo(5);
            assertThat(summary.skippedKinds()).containsExactlyInAnyOrderEntriesOf(Map.of("warcinfo", 1L, "request", 1L, "metadata", 1L,
                    "non-HTML response", 1L, "non-200 response", 1L));
            assertThat(summary.render()).contains("skipped 5").containsPattern("skipped +1 +warcinfo");
            assertThat(IngestIT.count(client, names)).isEqualTo(12);

            List<JsonNode> rejects = lines(summary.rejectsFile());
            assertThat(rejects).hasSize(4);
            JsonNode truncation = rejects.stream().filter(r -> r.get("reason").asText().startsWith("truncated WARC")).findFirst().orElseThrow();
            String location = truncation.get("location").asText();
            assertThat(location).matches(".*cut\\.warc\\.gz@\\d+");
            assertThat(truncation.get("reason").asText()).contains("at offset " + location.substring(location.lastIndexOf('@') + 1));
            assertThat(rejects).anySatisfy(r -> assertThat(r.get("location").asText()).endsWith("rusak.rss"));

            List<JsonNode> duplicates = lines(summary.duplicatesFile());
            assertThat(duplicates).extracting(d -> d.path("reason").asText("")).contains("WARC revisit record");
            assertThat(duplicates).anySatisfy(d -> assertThat(d.get("location").asText()).endsWith("archive.jsonl:1"));

            Map<?, ?> gowa = byUrl(client, names, "https://kabarmakassar.example/2024/12/05/jembatan-gantung-gowa/");
            assertThat(gowa.get("authors")).isEqualTo(List.of("Andi Baso Tenri"));
            assertThat(gowa.get("published_at")).isEqualTo("2024-12-05T00:15:00Z");
            assertThat(gowa.get("source")).isEqualTo("kabarmakassar.example");
            assertThat(gowa.get("body").toString()).contains("Daeng Sannang").doesNotContain("Tinggalkan Balasan", "Tentang Kami", "Baca Juga");
            Map<?, ?> sentani = search(client, names, "title.exact", "Sentani").getFirst();
            assertThat(sentani.get("source")).as("a saved page without an address takes the input's source").isEqualTo("arsip-uji");
            assertThat(search(client, names, "authors", "Dewi Lestari")).as("the Atom entry and the page in the crawl").hasSize(2);

            IngestSummary again = harness.run(JobFiles.load(job));
            assertThat(again.completed()).as(again.render()).isTrue();
            assertThat(again.indexed()).as(again.render()).isZero();
            assertThat(again.unchanged()).isEqualTo(12);
            assertThat(again.duplicates()).isEqualTo(2);
            assertThat(again.skipped()).isEqualTo(5);
            assertThat(again.rejected()).isEqualTo(4);
            assertThat(IngestIT.count(client, names)).isEqualTo(12);
        }
    }

    /** The archives and the job file that reads them, naming no format. */
    private static Path archives(Path dir) throws IOException {
        Path feeds = Files.createDirectories(dir.resolve("feeds"));
        TestFeeds.rss(feeds.resolve("regional.rss"));
        TestFeeds.atom(feeds.resolve("bisnis.atom"));
        TestFeeds.invalidXml(feeds.resolve("rusak.rss"));

        Path pages = Files.createDirectories(dir.resolve("pages"));
        Files.write(pages.resolve("harga-beras.html"), WebFormatsTest.page("wartadetik-harga-beras"));
        Files.write(pages.resolve("festival-sentani.html"), WebFormatsTest.page("suaratimur-festival-sentani"));
        Files.writeString(pages.resolve("kosong.html"), "<html><head><title>Kosong</title></head></html>");
        Files.writeString(Files.createDirectories(pages.resolve("harga-beras_files")).resolve("main.js"), "var x = 1;");

        try (TestWarc crawl = new TestWarc(dir.resolve("crawl.warc.gz"))) {
            crawl.warcinfo("crawl.warc.gz");
            crawl.request("https://kabarmakassar.example/2024/12/05/jembatan-gantung-gowa/");
            var gowa = crawl.gzippedPage("https://kabarmakassar.example/2024/12/05/jembatan-gantung-gowa/", WebFormatsTest.page("kabarmakassar-jembatan-gowa"));
            crawl.page("https://kabarmakassar.example/logo.png", new byte[] {(byte) 0x89, 'P', 'N', 'G'}, "image/png");
            crawl.response("https://kabarmakassar.example/hilang", 404, "text/html", "<html><body><p>Tidak ditemukan</p></body></html>".getBytes(), false);
            crawl.metadata("https://kabarmakassar.example/2024/12/05/jembatan-gantung-gowa/");
            crawl.page("https://www.liputannusantara.example/bisnis/read/5801234/harga-avtur-turun-maskapai-diminta-pangkas-tarif",
                    WebFormatsTest.page("liputannusantara-avtur"), "text/html; charset=utf-8");
            crawl.revisit("https://kabarmakassar.example/2024/12/05/jembatan-gantung-gowa/", gowa);
        }
        Path whole = dir.resolveSibling("whole.warc.gz");
        try (TestWarc crawl = new TestWarc(whole)) {
            for (int i = 1; i <= 3; i++) {
                crawl.page("https://berita.example/singkat/" + i, shortPage(i), "text/html");
            }
        }
        TestWarc.truncated(whole, dir.resolve("cut.warc.gz"), 0.8);

        Files.writeString(dir.resolve("archive.jsonl"), JSON.writeValueAsString(Map.of("url", "https://sindikasi.example/cabai",
                "source", "sindikasi", "title", "Cabai Rawit Rp 80.000 di Petisah", "date", "2024-11-26 16:00",
                "content", "Harga cabai rawit di Pasar Petisah, Medan, naik menjadi Rp 80.000 per kilogram karena pasokan dari Karo berkurang akibat hujan.")) + "\n");

        return Files.writeString(dir.resolve("web.yml"), """
                name: web-archives
                inputs:
                  - feeds
                  - { path: pages, format: html, source: arsip-uji }
                  - crawl.warc.gz
                  - cut.warc.gz
                  - archive.jsonl
                fields: { body: content }
                chunk-size: 4
                bulk-size: 2
                threads: 2
                entities: false
                """);
    }

    /** A small article page with a visible dateline only, distinct per number. */
    private static byte[] shortPage(int number) {
        return """
                <html><head><title>Kabar Singkat %1$d</title></head><body>
                <nav><a href="/">Beranda</a> <a href="/daerah">Daerah</a></nav>
                <article><h1>Kabar Singkat Nomor %1$d dari Kota Palu</h1><div class="date">Kamis, %1$d Oktober 2024 10:00 WITA</div>
                <p>Pemerintah Kota Palu meresmikan taman baca ke-%1$d di kawasan Talise untuk anak-anak sekolah dasar.</p>
                <p>Taman baca itu menyediakan lebih dari %1$d00 buku cerita, komik sejarah, dan buku pelajaran yang dapat dipinjam gratis.</p>
                </article><footer>Hak cipta dilindungi</footer></body></html>
                """.formatted(number).getBytes(StandardCharsets.UTF_8);
    }

    private static Map<?, ?> byUrl(ElasticsearchClient client, IndexNames names, String url) throws IOException {
        List<Map<?, ?>> hits = search(client, names, "id", ArticleIdentity.id(ArticleIdentity.canonicalUrl(url), null, null, null, null));
        assertThat(hits).as(url).hasSize(1);
        return hits.getFirst();
    }

    private static List<Map<?, ?>> search(ElasticsearchClient client, IndexNames names, String field, String value) throws IOException {
        client.indices().refresh(r -> r.index(names.readAlias()));
        var response = client.search(s -> s.index(names.readAlias()).query(q -> field.endsWith(".exact")
                ? q.match(m -> m.field(field).query(value)) : q.term(t -> t.field(field).value(value))), Map.class);
        return response.hits().hits().stream().<Map<?, ?>>map(h -> h.source()).toList();
    }

    private static List<JsonNode> lines(Path file) throws IOException {
        return Files.readAllLines(file).stream().map(l -> {
            try {
                return JSON.readTree(l);
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        }).toList();
    }
}
