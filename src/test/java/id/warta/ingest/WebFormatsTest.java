package id.warta.ingest;

import id.warta.article.Article;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.infrastructure.item.ExecutionContext;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Issue #8: feeds, saved pages and WARC files read and processed as the ingest job does (without
 * Elasticsearch): what each record becomes, and that a restart resumes at any record.
 */
class WebFormatsTest {

    @TempDir
    Path dir;

    @Test
    @DisplayName("RSS: title, link, RFC 822 and Indonesian dates, dc:creator and 'email (Name)' authors, content:encoded before the description")
    void rss() throws IOException {
        List<ProcessedRecord> records = process(input(TestFeeds.rss(dir.resolve("regional.rss")), InputFormat.AUTO));
        assertThat(records).extracting(ProcessedRecord::location).containsExactly(
                dir.resolve("regional.rss") + "#1", dir.resolve("regional.rss") + "#2", dir.resolve("regional.rss") + "#3",
                dir.resolve("regional.rss") + "#4", dir.resolve("regional.rss") + "#5", dir.resolve("regional.rss") + "#6");
        List<Article> articles = articles(records);
        assertThat(articles).extracting(Article::publishedAt).containsExactly(
                Instant.parse("2024-11-26T06:30:00Z"), Instant.parse("2024-11-26T08:45:00Z"), Instant.parse("2024-11-27T01:10:00Z"),
                Instant.parse("2024-11-27T02:00:00Z"), null);
        Article first = articles.getFirst();
        assertThat(first.title()).isEqualTo("Banjir Rendam 12 Kelurahan di Medan, 3.400 Warga Mengungsi");
        assertThat(first.url()).isEqualTo("https://regional.kabarkota.example/read/2024/11/26/13300001/banjir-rendam-12-kelurahan-di-medan");
        assertThat(first.source()).isEqualTo("regional.kabarkota.example");
        assertThat(first.authors()).containsExactly("Rina Marlina");
        assertThat(first.categories()).containsExactly("Regional");
        assertThat(first.body()).isEqualTo("Banjir merendam sedikitnya 12 kelurahan di Kota Medan, Sumatera Utara, setelah hujan deras "
                + "mengguyur kota itu sejak Senin malam.\n\nSebanyak 3.400 warga terpaksa mengungsi ke masjid, sekolah, dan kantor kelurahan terdekat.");
        assertThat(articles.get(2).body()).doesNotContain("<p>").startsWith("Angkasa Pura menambah 20 penerbangan");
        assertThat(articles.get(3).authors()).containsExactly("Ahmad Santoso");
        assertThat(records.getLast().rejection().reason()).isEqualTo("empty body");
    }

    @Test
    @DisplayName("Atom: several authors, the updated date when none is published, escaped HTML content as text")
    void atom() throws IOException {
        Article entry = articles(process(input(TestFeeds.atom(dir.resolve("bisnis.atom")), InputFormat.FEED))).getFirst();
        assertThat(entry.authors()).containsExactly("Dewi Lestari", "Bagus Pratama");
        assertThat(entry.publishedAt()).isEqualTo(Instant.parse("2024-10-14T12:05:00Z"));
        assertThat(entry.url()).isEqualTo("https://www.liputannusantara.example/bisnis/read/5801234/harga-avtur-turun");
        assertThat(entry.body()).isEqualTo("Pemerintah meminta maskapai menurunkan tarif tiket pesawat menjelang libur Natal.\n\n"
                + "Harga avtur turun tiga bulan berturut-turut.");
    }

    @Test
    @DisplayName("feed encodings: Windows-1252 declared in the prolog, UTF-8 with a byte-order mark, undeclared Latin-1")
    void feedEncodings() throws IOException {
        assertThat(articles(process(input(TestFeeds.windows1252(dir.resolve("timur.xml")), InputFormat.AUTO))).getFirst().title())
                .isEqualTo("Kafe Terapung \u201cCaf\u00e9 Danau\u201d Ramai Pengunjung");
        assertThat(articles(process(input(TestFeeds.utf8WithBom(dir.resolve("makassar.rss")), InputFormat.AUTO))).getFirst().body())
                .isEqualTo("Angkutan kota \u201cpete-pete\u201d bertenaga listrik mulai diuji coba di rute Sentral\u2013Daya.");
        assertThat(articles(process(input(TestFeeds.undeclaredLatin1(dir.resolve("lama.rss")), InputFormat.AUTO))).getFirst().body())
                .isEqualTo("Resepsi pernikahan digelar di Caf\u00e9 Royal, Batavia, pada Senin pagi.");
    }

    @Test
    @DisplayName("a control character that XML does not allow (a backspace pasted into one title) costs nothing: every item is read")
    void controlCharacterInAFeed() throws IOException {
        Path feed = TestFeeds.rss(dir.resolve("regional.rss"));
        Path dirty = Files.writeString(dir.resolve("kotor.rss"), Files.readString(feed).replaceFirst("Medan, 3.400", "Medan,\u0008 3.400"));
        List<Article> clean = articles(process(input(feed, InputFormat.AUTO)));
        List<ProcessedRecord> records = process(input(dirty, InputFormat.AUTO));
        assertThat(records).noneMatch(r -> r.rejection() != null && r.rejection().kind().equals("invalid feed"));
        assertThat(articles(records)).isNotEmpty().extracting(Article::title).isEqualTo(clean.stream().map(Article::title).toList());
    }

    @Test
    @DisplayName("a broken feed is one rejected record with its reason: invalid XML, a DOCTYPE with an external entity, XML that is no feed")
    void brokenFeeds() throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "kata sandi rahasia");
        Path sitemap = Files.writeString(dir.resolve("sitemap.xml"), "<?xml version=\"1.0\"?><urlset><url><loc>https://x.example/</loc></url></urlset>");
        List<ProcessedRecord> records = process(
                input(TestFeeds.invalidXml(dir.resolve("rusak.rss")), InputFormat.AUTO),
                input(TestFeeds.externalEntity(dir.resolve("xxe.rss"), secret), InputFormat.AUTO),
                input(sitemap, InputFormat.FEED));
        assertThat(records).extracting(r -> r.rejection().location(), r -> r.rejection().kind()).containsExactly(
                tuple(dir.resolve("rusak.rss").toString(), "invalid feed"),
                tuple(dir.resolve("xxe.rss").toString(), "invalid feed"),
                tuple(sitemap.toString(), "not a feed"));
        assertThat(records.get(1).rejection().reason()).containsIgnoringCase("DOCTYPE");
        assertThat(records).noneMatch(r -> Objects.toString(r.rejection().record()).contains("kata sandi"));
    }

    @Test
    @DisplayName("WARC: HTTP 200 HTML responses are pages with target URI and capture date; other records are skipped by kind, revisits are duplicates")
    void warc() throws IOException {
        Path warc = dir.resolve("crawl.warc.gz");
        try (TestWarc crawl = new TestWarc(warc)) {
            crawl.warcinfo("crawl.warc.gz");
            crawl.request("https://regional.kabarkota.example/read/banjir");
            URI first = crawl.page("https://regional.kabarkota.example/read/banjir", page("kabarkota-banjir-medan"), "text/html; charset=utf-8");
            crawl.metadata("https://regional.kabarkota.example/read/banjir");
            crawl.page("https://regional.kabarkota.example/logo.png", new byte[] {(byte) 0x89, 'P', 'N', 'G'}, "image/png");
            crawl.response("https://regional.kabarkota.example/hilang", 404, "text/html", "<html><body><p>Halaman tidak ditemukan</p></body></html>".getBytes(), false);
            crawl.response("https://kabarmakassar.example/jembatan", 301, "text/html", new byte[0], false);
            crawl.gzippedPage("https://kabarmakassar.example/2024/12/05/jembatan-gantung-gowa/", page("kabarmakassar-jembatan-gowa"));
            crawl.page("http://suaratimur.example/berita.php?id=9131", page("suaratimur-festival-sentani"), "text/html; charset=windows-1252");
            crawl.page("https://undated.example/berita/1", """
                    <html><head><title>Warga Bersihkan Pantai Losari</title></head><body><article><h1>Warga Bersihkan Pantai Losari</h1>
                    <p>Ratusan warga membersihkan sampah plastik di Pantai Losari, Makassar, dalam aksi bersih pantai bersama.</p></article></body></html>
                    """.getBytes(StandardCharsets.UTF_8), "text/html");
            crawl.page("https://kosong.example/", "<html><head><title>Kosong</title></head></html>".getBytes(), "text/html");
            crawl.revisit("https://regional.kabarkota.example/read/banjir", first);
        }
        List<ProcessedRecord> records = process(input(warc, InputFormat.AUTO));
        assertThat(records).hasSize(12).allSatisfy(r -> assertThat(r.location()).matches(".*crawl\\.warc\\.gz@\\d+"));
        assertThat(records.stream().map(ProcessedRecord::skipped).filter(Objects::nonNull)).containsExactly(
                "warcinfo", "request", "metadata", "non-HTML response", "non-200 response", "non-200 response");
        List<Article> pages = articles(records);
        assertThat(pages).extracting(Article::title, Article::publishedAt, Article::authors).containsExactly(
                tuple("Banjir Rendam 12 Kelurahan di Medan, 3.400 Warga Mengungsi", Instant.parse("2024-11-26T06:30:00Z"), List.of("Rina Marlina")),
                tuple("Jembatan Gantung Penghubung Dua Desa di Gowa Akhirnya Diperbaiki", Instant.parse("2024-12-05T00:15:00Z"), List.of("Andi Baso Tenri")),
                tuple("Festival Danau Sentani Kembali Digelar, Pengunjung Diprediksi Capai 20 Ribu", Instant.parse("2024-12-06T07:45:00Z"), List.of("Yohanes Wenda")),
                tuple("Warga Bersihkan Pantai Losari", TestWarc.CAPTURED, List.of()));
        assertThat(pages.get(2).url()).as("no canonical link: the target URI").isEqualTo("http://suaratimur.example/berita.php?id=9131");
        assertThat(pages.get(2).body()).contains("\u201ccaf\u00e9 danau\u201d");
        assertThat(pages.get(0).body()).doesNotContain("Terpopuler", "Komentar", "Baca juga");
        ProcessedRecord empty = records.get(10);
        assertThat(empty.rejection().kind()).isEqualTo("no article text");
        ProcessedRecord revisit = records.getLast();
        assertThat(revisit.revisit().url()).isEqualTo("https://regional.kabarkota.example/read/banjir");
        assertThat(revisit.revisit().duplicateOf()).isEqualTo("https://regional.kabarkota.example/read/banjir captured " + TestWarc.CAPTURED);
    }

    @Test
    @DisplayName("a truncated WARC, gzipped or plain: the records before the cut are read, the cut is one rejection with file and offset")
    void truncatedWarc() throws IOException {
        for (String name : List.of("crawl.warc.gz", "crawl.warc")) {
            Path whole = dir.resolve(name);
            try (TestWarc crawl = new TestWarc(whole)) {
                crawl.page("https://regional.kabarkota.example/read/banjir", page("kabarkota-banjir-medan"), "text/html");
                crawl.page("https://finance.wartadetik.example/d-7654321", page("wartadetik-harga-beras"), "text/html");
                crawl.page("https://kabarmakassar.example/2024/12/05/jembatan-gantung-gowa/", page("kabarmakassar-jembatan-gowa"), "text/html");
            }
            Path cut = TestWarc.truncated(whole, dir.resolve("cut-" + name), 0.85);
            List<ProcessedRecord> records = process(input(cut, InputFormat.WARC));
            assertThat(records).as(name).hasSize(3);
            assertThat(articles(records)).as(name).hasSize(2);
            Rejection truncation = records.getLast().rejection();
            assertThat(truncation.kind()).as(name).isEqualTo("truncated WARC");
            assertThat(truncation.location()).as(name).matches(".*cut-" + name.replace(".", "\\.") + "@\\d+");
            assertThat(offsetNamedTwice(truncation, name)).as(name).isPositive().isLessThan(Files.size(cut));
        }
    }

    @Test
    @DisplayName("a WARC record that cannot be read (a Brotli-compressed page) is one rejection with its offset; the records after it are read")
    void unreadableWarcRecord() throws IOException {
        for (String name : List.of("crawl.warc.gz", "crawl.warc")) {
            Path warc = dir.resolve(name);
            try (TestWarc crawl = new TestWarc(warc)) {
                crawl.page("https://regional.kabarkota.example/read/banjir", page("kabarkota-banjir-medan"), "text/html");
                crawl.encodedPage("https://brotli.example/berita/1", new byte[] {0x1b, 0x2f, 0x00, 0x1e, 0x45, (byte) 0x99}, "br");
                crawl.page("https://finance.wartadetik.example/d-7654321", page("wartadetik-harga-beras"), "text/html");
            }
            List<ProcessedRecord> records = process(input(warc, InputFormat.WARC));
            assertThat(records).as(name).hasSize(3);
            assertThat(articles(records)).as(name).extracting(Article::title).containsExactly(
                    "Banjir Rendam 12 Kelurahan di Medan, 3.400 Warga Mengungsi", "Harga Beras Medium Naik Lagi, Pedagang Pasar Induk Mengeluh");
            Rejection unreadable = records.get(1).rejection();
            assertThat(unreadable.kind()).as(name).isEqualTo("unreadable WARC record");
            assertThat(offsetNamedTwice(unreadable, name)).as(name).isPositive();
        }
    }

    /** The offset in the file of a WARC rejection, which both its location ("file@offset") and its reason give. */
    private static long offsetNamedTwice(Rejection rejection, String name) {
        String offset = rejection.location().substring(rejection.location().lastIndexOf('@') + 1);
        assertThat(rejection.reason()).as(name).contains("at offset " + offset);
        return Long.parseLong(offset);
    }

    @Test
    @DisplayName("a folder of saved pages: only the .html files are read, not the images and scripts saved with them; a page without a body is rejected")
    void htmlFolder() throws IOException {
        Path pages = Files.createDirectories(dir.resolve("pages"));
        Files.write(pages.resolve("banjir.html"), page("kabarkota-banjir-medan"));
        Files.write(pages.resolve("sentani.htm"), page("suaratimur-festival-sentani"));
        Files.writeString(pages.resolve("kosong.html"), "<html><head><title>Kosong</title></head></html>");
        Path assets = Files.createDirectories(pages.resolve("banjir_files"));
        Files.writeString(assets.resolve("main.js"), "window.dataLayer = [];");
        Files.write(assets.resolve("logo.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        List<ProcessedRecord> records = process(input(pages, InputFormat.HTML));
        assertThat(records).extracting(ProcessedRecord::location).containsExactly(
                pages.resolve("banjir.html").toString(), pages.resolve("kosong.html").toString(), pages.resolve("sentani.htm").toString());
        assertThat(records.get(1).rejection().kind()).isEqualTo("no article text");
        assertThat(records.get(0).article().url()).as("the canonical link").startsWith("https://regional.kabarkota.example/read/");
        assertThat(records.get(2).rejection().kind()).as("a page with no address needs the job's source").isEqualTo("no source");
    }

    @Test
    @DisplayName("restart: reopened at any committed record count, the reader continues with the next record of a mixed job")
    void resumesAtAnyRecord() throws IOException {
        Path warc = dir.resolve("crawl.warc");
        try (TestWarc crawl = new TestWarc(warc)) {
            crawl.warcinfo("crawl.warc");
            URI first = crawl.page("https://regional.kabarkota.example/read/banjir", page("kabarkota-banjir-medan"), "text/html");
            crawl.request("https://finance.wartadetik.example/d-7654321");
            crawl.page("https://finance.wartadetik.example/d-7654321", page("wartadetik-harga-beras"), "text/html");
            crawl.revisit("https://regional.kabarkota.example/read/banjir", first);
        }
        Path pages = Files.createDirectories(dir.resolve("pages"));
        Files.write(pages.resolve("sentani.html"), page("suaratimur-festival-sentani"));
        JobDefinition job = job(input(TestFeeds.rss(dir.resolve("regional.rss")), InputFormat.AUTO), input(warc, InputFormat.AUTO),
                input(pages, InputFormat.AUTO), input(TestFeeds.invalidXml(dir.resolve("rusak.rss")), InputFormat.AUTO));
        List<String> all = locations(job, 0);
        assertThat(all).hasSize(6 + 5 + 1 + 1);
        for (int committed = 1; committed < all.size(); committed++) {
            assertThat(locations(job, committed)).as("resumed after %d records", committed).isEqualTo(all.subList(committed, all.size()));
        }
    }

    @Test
    @DisplayName("the web sample job (batch-jobs/web-sample.yml) reads its feed and its crawl, as samples/README.md says")
    void webSample() {
        JobDefinition sample = JobFiles.load(Path.of("batch-jobs/web-sample.yml"));
        List<ProcessedRecord> records = process(new JobDefinition(sample.name(), sample.source(), sample.inputs(), sample.fields(),
                sample.timeZone(), sample.language(), sample.chunkSize(), sample.bulkSize(), 1, sample.dateFallback(), false));
        assertThat(records).hasSize(15);
        assertThat(articles(records)).hasSize(8);
        assertThat(records.stream().map(ProcessedRecord::skipped).filter(Objects::nonNull))
                .containsExactly("warcinfo", "request", "non-HTML response", "request", "non-200 response");
        assertThat(records.stream().filter(r -> r.revisit() != null)).hasSize(1);
        assertThat(records.stream().filter(r -> r.rejection() != null).map(r -> r.rejection().reason())).containsExactly("empty body");
    }

    static byte[] page(String name) throws IOException {
        return ExtractionQualityTest.resource(name + ".html");
    }

    private static List<String> locations(JobDefinition job, int committed) {
        return TestReading.read(job, committed).stream().map(RawRecord::location).toList();
    }

    private static JobDefinition.Input input(Path path, InputFormat format) {
        return new JobDefinition.Input(path.toString(), format, null);
    }

    private static JobDefinition job(JobDefinition.Input... inputs) {
        return new JobDefinition("web", null, List.of(inputs), Map.of(), JobDefinition.JAKARTA, "id", 10, 10, 1, false, false);
    }

    private static List<ProcessedRecord> process(JobDefinition.Input... inputs) {
        return process(job(inputs));
    }

    private static List<ProcessedRecord> process(JobDefinition job) {
        ArticleProcessor processor = new ArticleProcessor(job, null, Clock.fixed(Instant.parse("2025-01-01T00:00:00Z"), ZoneOffset.UTC));
        ArchiveReader reader = new ArchiveReader(job);
        reader.open(new ExecutionContext());
        List<ProcessedRecord> records = new ArrayList<>();
        try {
            for (RawRecord record; (record = reader.read()) != null; ) {
                records.add(processor.process(record));
            }
        } catch (Exception e) {
            throw new AssertionError(e);
        } finally {
            reader.close();
        }
        return records;
    }

    private static List<Article> articles(List<ProcessedRecord> records) {
        return records.stream().map(ProcessedRecord::article).filter(Objects::nonNull).toList();
    }
}
