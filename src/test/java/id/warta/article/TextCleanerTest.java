package id.warta.article;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TextCleanerTest {

    @Test
    void paragraphsJoinedByCommasGetTheirLinesBackSoLinkAndBylineLinesGo() {
        // CLICK-ID stores an article as its paragraphs joined by commas, link targets already removed
        String flattened = "Zaenur menolak revisi UU KPK.,Baca Juga :,,Dia menilai revisi itu melemahkan KPK, kata dia.,"
                + "\"Kami siap,\" ujarnya.\",Penulis: Annesa K. Ramadhany,,";

        String cleaned = TextCleaner.clean(flattened);

        assertThat(cleaned.lines().filter(line -> !line.isEmpty()).toList()).containsExactly(
                "Zaenur menolak revisi UU KPK.", "Dia menilai revisi itu melemahkan KPK, kata dia.", "\"Kami siap,\" ujarnya.\"");
        String masked = TextCleaner.mask(flattened);
        assertThat(masked).hasSameSizeAs(flattened).doesNotContain("Baca", "Penulis", "Annesa")
                .contains("Dia menilai revisi itu melemahkan KPK, kata dia.");
    }

    @Test
    void cleanAndMaskAgreeOnJointsAfterRepairedQuotes() {
        // a paragraph that ends in a curly quote, written as UTF-8 read back as Mac OS Roman
        String flattened = new String("Kami siap,” kata dia.”,Penulis: Annesa K. Ramadhany,,Paragraf kedua.".getBytes(
                java.nio.charset.StandardCharsets.UTF_8), java.nio.charset.Charset.forName("x-MacRoman"));
        assertThat(TextCleaner.clean(flattened)).doesNotContain("Penulis").contains("Paragraf kedua.");
        assertThat(TextCleaner.mask(flattened)).hasSameSizeAs(flattened).doesNotContain("Penulis").contains("Paragraf kedua.");
    }

    @Test
    void commasOfOrdinaryProseStay() {
        String prose = "Jakarta, Kompas.com - Presiden, kata dia, pergi ke Bogor, Jawa Barat, pada 1,5 jam. \"Ya,\" ujarnya, lalu: pergi. "
                + "Ketika membeli ,, usahakan mencuci sayur. Dr. Budi Santoso, S.H.,M.H. hadir, dll.,dsb. \"Ya\",katanya, "
                + "dan,,lalu 1,,3.";
        assertThat(TextCleaner.clean(prose)).isEqualTo(prose);
    }

    @Test
    void dropsPromoAndLinkLines() {
        String raw = """
                Rutte berbicara di Brussel.

                Baca Juga: Putin Menandatangani Perjanjian Pertahanan dengan Korea Utara
                Tonton: Rusia Menyangkal Kabar Pembicaraan Trump-Putin
                BACA JUGA : Berita lain
                ADVERTISEMENT
                SCROLL TO CONTINUE WITH CONTENT
                Simak Video "Trump di Gedung Putih"
                Lihat Juga: Apa kata NATO
                Berita Terkait
                Macron menjawab.""";

        assertThat(TextCleaner.clean(raw)).isEqualTo("Rutte berbicara di Brussel.\n\nMacron menjawab.");
    }

    @Test
    @DisplayName("another article's headline that a site glued into a paragraph after 'Baca juga:' is dropped, the text around it kept")
    void dropsLinksInsideParagraphs() {
        assertThat(TextCleaner.clean("Lorenzo di posisi ke-19.Baca juga: Quartararo Tercepat di FP1 MotoGP San MarinoHasil latihan"
                + " ketiga menentukan.")).isEqualTo("Lorenzo di posisi ke-19. Hasil latihan ketiga menentukan.");
        assertThat(TextCleaner.clean("teknologi pesawat terbang. Baca juga: Mahfud Md: BJ Habibie Berotak Jerman Berhati Mekah"
                + "\"Innalillahi,\" kata Mahfud.")).isEqualTo("teknologi pesawat terbang. \"Innalillahi,\" kata Mahfud.");
        assertThat(TextCleaner.clean("kata Thareq. (Baca juga: Putin Datang ke Jakarta)Sementara itu Presiden hadir."))
                .isEqualTo("kata Thareq. Sementara itu Presiden hadir.");
        assertThat(TextCleaner.clean("Rossi finis kelima. Baca juga: Marquez Juara di Misano"))
                .isEqualTo("Rossi finis kelima.");
        assertThat(TextCleaner.clean("finis ketiga.Baca juga: Quartararo Bisa Podium Lagi di MotoGP Australia?Pebalap Prancis itu senang."))
                .isEqualTo("finis ketiga. Pebalap Prancis itu senang.");
        assertThat(TextCleaner.clean("ujar dia.Baca juga: PR Besar Ketua Pelti Simak Video \"Jokowi Resmikan Lapangan Tenis\"Untuk itu, dia siap."))
                .as("and a video's title glued to it").isEqualTo("ujar dia. Untuk itu, dia siap.");
        assertThat(TextCleaner.clean("snatchnya.Baca juga: Angkat Besi Kirim Atlet ke Kejuaraan Dunia 2019\"Snatch saya masih kacau,\" katanya."))
                .as("a quote glued to a number opens the next sentence").isEqualTo("snatchnya. \"Snatch saya masih kacau,\" katanya.");
        assertThat(TextCleaner.clean("tutupnya.Baca juga: Quartararo Bisa Podium Lagi? Simak Video \"Hasil Kualifikasi\" [Gambas:Video 20detik] (raw/nds) motogp"))
                .as("a question in the headline, and the video and tags after it").isEqualTo("tutupnya.");
        assertThat(TextCleaner.clean("Marquez juara.Simak Video \"Hasil MotoGP Thailand\" [Gambas:Video 20detik] (nds/raw) motogp marquez"))
                .as("a video's title, the player's marker and tags").isEqualTo("Marquez juara.");
        assertThat(TextCleaner.clean("kata dia. (Baca juga: ,Apalagi, kata dia, masuknya Azis memperkuat barisan."))
                .as("a link the site's text lost").isEqualTo("kata dia. Apalagi, kata dia, masuknya Azis memperkuat barisan.");
        assertThat(TextCleaner.clean("Kalah di San Marino.Baca juga: Tiket YouTube Premium dan Menu McDonald Naik Lagi\nRossi pulang."))
                .as("a capital inside a brand is no end").isEqualTo("Kalah di San Marino.\nRossi pulang.");
        String unclear = "Dia datang. Baca juga: kabar itu sudah lama beredar. Kami belum tahu siapa yang memulai.";
        assertThat(TextCleaner.clean(unclear)).as("where the headline ends is not seen: nothing goes").isEqualTo(unclear);
        String prose = "Anda dapat baca juga buku itu di perpustakaan: gratis.";
        assertThat(TextCleaner.clean(prose)).as("no colon right after the phrase").isEqualTo(prose);
        String masked = TextCleaner.mask("Putra Habibie hadir.Baca juga: Putin Menyapa WargaSementara itu Jokowi tiba.");
        assertThat(masked).doesNotContain("Putin").contains("Jokowi").hasSize(76);
    }

    @Test
    void keepsSentencesThatOnlyContainAPromoWord() {
        assertThat(TextCleaner.isPromoLine("Pembaca juga bisa menonton video itu.")).isFalse();
        assertThat(TextCleaner.isPromoLine("Bacaan ini tentang Rusia.")).isFalse();
        assertThat(TextCleaner.isPromoLine("Simak juga: Harga emas hari ini")).isTrue();
        assertThat(TextCleaner.isPromoLine("  * Baca juga: Harga emas hari ini")).isTrue();
    }

    @Test
    void keepsSentencesThatStartWithAPromoPhrase() {
        String text = """
                Berita terkait penangkapan itu menyebar cepat di media sosial, kata polisi.
                Lihat juga bagaimana warga membersihkan sungai di Bogor setiap Minggu pagi.
                Lihat juga bagaimana warga membersihkan sungai…
                Sumber: Badan Pusat Statistik mencatat inflasi 3 persen pada Oktober.
                Simak juga penjelasan Menteri Keuangan soal pajak itu, ujarnya.""";

        assertThat(TextCleaner.clean(text)).isEqualTo(text);
        assertThat(TextCleaner.mask(text)).isEqualTo(text);
        text.lines().forEach(line -> assertThat(TextCleaner.isPromoLine(line)).as(line).isFalse());
    }

    @Test
    void dropsLinkIntroductionsCreditsAndTheirMarkupVariants() {
        List<String> promo = List.of(
                "Baca Juga: Putin Menandatangani Perjanjian Pertahanan",
                "**Baca Juga:** Harga Emas Hari Ini",
                "**Baca Juga**: Harga Emas Hari Ini",
                "[Baca juga: Harga emas hari ini]",
                "(Baca juga: Harga emas hari ini)",
                "BACA JUGA : Harga emas hari ini",
                "Baca juga - Harga emas hari ini",
                "Baca juga » Harga emas hari ini",
                "Baca juga Harga emas naik lagi",
                "1. Baca juga: Harga emas hari ini",
                "2) Baca juga: Harga emas hari ini",
                "Saksikan juga: Detik-detik Jembatan Roboh",
                "Saksikan Juga",
                "Tonton: Rusia Menyangkal Kabar",
                "Simak juga",
                "Simak juga: Harga emas hari ini",
                "Simak Video \"Trump di Gedung Putih\"",
                "Berita Terkait",
                "Berita terkait:",
                "Lihat juga: Video Antrean Penumpang",
                "ADVERTISEMENT",
                "SCROLL TO CONTINUE WITH CONTENT",
                "Scroll untuk melanjutkan membaca",
                "Sumber: Antara",
                "Sumber: detik.com",
                "Sumber : Kompas.com, Reuters",
                "Penulis: Annesa K. Ramadhany",
                "Foto: Banjir Rendam Medan");
        promo.forEach(line -> assertThat(TextCleaner.isPromoLine(line)).as(line).isTrue());
        assertThat(TextCleaner.clean("Satu.\n" + String.join("\n", promo) + "\nDua.")).isEqualTo("Satu.\n\nDua.");
    }

    @Test
    void normalisesUnicodeAndCollapsesWhitespaceWithinLines() {
        String decomposed = "Cafe\u0301   di \t Paris\u00A0kota";

        assertThat(TextCleaner.clean(decomposed)).isEqualTo("Café di Paris kota");
    }

    @Test
    void stripsTagsAndDecodesEntities() {
        String raw = "<p>Presiden <b>Prancis</b>, Emmanuel Macron &amp; Mark Rutte&nbsp;bertemu &#8220;hari ini&#8221;.</p>";

        assertThat(TextCleaner.clean(raw)).isEqualTo("Presiden Prancis, Emmanuel Macron & Mark Rutte bertemu “hari ini”.");
    }

    @Test
    void blockTagsBreakLines() {
        assertThat(TextCleaner.clean("<p>Satu.</p><p>Baca juga: dua</p><p>Tiga.</p>")).isEqualTo("Satu.\n\nTiga.");
    }

    @Test
    void leavesLessThanSignsThatAreNoTags() {
        assertThat(TextCleaner.clean("inflasi < 3 persen dan a<b")).isEqualTo("inflasi < 3 persen dan a<b");
    }

    @Test
    void onlyARealTagNameMakesATag() {
        assertThat(TextCleaner.clean("x<y dan z>w")).isEqualTo("x<y dan z>w");
        assertThat(TextCleaner.clean("Harga (<Rp10.000) dan (>Rp50.000) naik")).isEqualTo("Harga (<Rp10.000) dan (>Rp50.000) naik");
        assertThat(TextCleaner.clean("a <3 b dan c> d")).isEqualTo("a <3 b dan c> d");
        assertThat(TextCleaner.mask("x<y dan z>w")).isEqualTo("x<y dan z>w");
        assertThat(TextCleaner.clean("<P CLASS=\"x\">Satu<BR/>dua <amp-img src=\"a.jpg\"></amp-img><o:p></o:p>tiga<!-- iklan --></p>"))
                .isEqualTo("Satu\ndua tiga");
    }

    @Test
    void dropsScriptAndStyleBlocks() {
        String raw = "<p>Satu.</p><script type=\"text/javascript\">var x = '<p>Baca</p>';\nif (a < b) {}</SCRIPT>"
                + "<style>\np { color: red; }\n</style><p>Dua.</p>";

        assertThat(TextCleaner.clean(raw)).isEqualTo("Satu.\n\nDua.");
        String masked = TextCleaner.mask(raw);
        assertThat(masked).hasSameSizeAs(raw).doesNotContain("var", "color", "Baca").contains("Satu.", "Dua.");
        assertThat(masked.lines().count()).isEqualTo(raw.lines().count());
    }

    @Test
    void decodesTheCommonNamedEntities() {
        String raw = "Caf&eacute; &Eacute;toile &laquo;Warta&raquo; &copy; 2024&hellip; 1&ndash;2 &mdash; &lsquo;a&rsquo; "
                + "&ldquo;b&rdquo; &lt;c&gt; &quot;d&quot; e&nbsp;f &amp; g";

        assertThat(TextCleaner.clean(raw)).isEqualTo("Café Étoile «Warta» © 2024… 1–2 — ‘a’ “b” <c> \"d\" e f & g");
        String masked = TextCleaner.mask(raw);
        assertThat(masked).hasSameSizeAs(raw).startsWith("Café").contains("«", "»", "©", "…");
    }

    @Test
    void maskKeepsLengthSoThatOffsetsPointIntoTheBody() {
        String raw = "Rutte berbicara.\nBaca Juga: Putin datang\n<i>Macron</i> &amp; Trump menjawab.";

        String masked = TextCleaner.mask(raw);

        assertThat(masked).hasSameSizeAs(raw);
        assertThat(masked).doesNotContain("Putin").doesNotContain("<i>");
        int macron = masked.indexOf("Macron");
        assertThat(raw.substring(macron, macron + 6)).isEqualTo("Macron");
        int trump = masked.indexOf("Trump");
        assertThat(raw.substring(trump, trump + 5)).isEqualTo("Trump");
    }

    @Test
    void emptyAndNullGiveEmptyText() {
        assertThat(TextCleaner.clean(null)).isEmpty();
        assertThat(TextCleaner.clean("  \n\n ")).isEmpty();
        assertThat(TextCleaner.mask(null)).isEmpty();
    }

    @Test
    void titlesThatLookLikeCaptionsAreKept() {
        assertThat(TextCleaner.cleanTitle("Foto: Banjir   Rendam <b>Medan</b>")).isEqualTo("Foto: Banjir Rendam Medan");
        assertThat(TextCleaner.cleanTitle("Video: Detik-detik\nJembatan Roboh &amp; Warga Panik ")).isEqualTo(
                "Video: Detik-detik Jembatan Roboh & Warga Panik");
        assertThat(TextCleaner.cleanTitle(null)).isEmpty();
        assertThat(TextCleaner.clean("Foto: Banjir Rendam Medan")).as("in a body it is a caption line").isEmpty();
    }

    @Test
    void everyKindOfLineBreakEndsALine() {
        // CR LF is one break; CR, LF, vertical tab, form feed, NEL, line and paragraph separators each one
        String raw = "Satu.\r\nDua.\rTiga.\u000BEmpat.\u000CLima.\u0085Enam.\u2028Tujuh.\u2029Delapan.\r\n\r\nSembilan.\n";

        assertThat(TextCleaner.clean(raw)).isEqualTo("Satu.\nDua.\nTiga.\nEmpat.\nLima.\nEnam.\nTujuh.\nDelapan.\n\nSembilan.");
        assertThat(TextCleaner.cleanTitle("Banjir\r\ndi\u0085Medan\u2028hari ini\n")).isEqualTo("Banjir di Medan hari ini");
    }
}
