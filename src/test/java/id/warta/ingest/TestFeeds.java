package id.warta.ingest;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Feeds for tests as sites publish them: odd dates, several encodings, and broken ones. */
final class TestFeeds {

    private TestFeeds() {
    }

    /**
     * RSS 2.0 with six items: an RFC 822 date and dc:creator with content:encoded; an Indonesian date that
     * Rome cannot read; a day/month/year date; an RSS author "email (Name)"; no date at all; no text at all.
     */
    static Path rss(Path file) throws IOException {
        return Files.writeString(file, """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
                <channel>
                  <title>KabarKota.com - Regional</title>
                  <link>https://regional.kabarkota.example/</link>
                  <description>Berita regional terkini</description>
                  <item>
                    <title>Banjir Rendam 12 Kelurahan di Medan, 3.400 Warga Mengungsi</title>
                    <link>https://regional.kabarkota.example/read/2024/11/26/13300001/banjir-rendam-12-kelurahan-di-medan</link>
                    <pubDate>Tue, 26 Nov 2024 13:30:00 +0700</pubDate>
                    <dc:creator>Rina Marlina</dc:creator>
                    <category>Regional</category>
                    <description>Banjir merendam sedikitnya 12 kelurahan di Kota Medan.</description>
                    <content:encoded><![CDATA[<p>Banjir merendam sedikitnya 12 kelurahan di Kota Medan, Sumatera Utara, setelah hujan deras mengguyur kota itu sejak Senin malam.</p><p>Sebanyak 3.400 warga terpaksa mengungsi ke masjid, sekolah, dan kantor kelurahan terdekat.</p>]]></content:encoded>
                  </item>
                  <item>
                    <title>Harga Cabai Rawit di Pasar Petisah Tembus Rp 80.000</title>
                    <link>https://regional.kabarkota.example/read/2024/11/26/harga-cabai-petisah</link>
                    <pubDate>Selasa, 26 Nov 2024 15:45:00 WIB</pubDate>
                    <description>Harga cabai rawit di Pasar Petisah, Medan, naik menjadi Rp 80.000 per kilogram karena pasokan dari Karo berkurang akibat hujan.</description>
                  </item>
                  <item>
                    <title>Bandara Kualanamu Tambah 20 Penerbangan Jelang Natal</title>
                    <link>https://regional.kabarkota.example/read/2024/11/27/kualanamu-natal</link>
                    <pubDate>27/11/2024 08:10</pubDate>
                    <description>&lt;p&gt;Angkasa Pura menambah 20 penerbangan tambahan dari Bandara Kualanamu menjelang libur Natal dan Tahun Baru.&lt;/p&gt;</description>
                  </item>
                  <item>
                    <title>Pemko Medan Buka Lowongan 500 Petugas Kebersihan</title>
                    <link>https://regional.kabarkota.example/read/2024/11/27/lowongan-kebersihan</link>
                    <pubDate>Wed, 27 Nov 2024 02:00:00 GMT</pubDate>
                    <author>redaksi@kabarkota.example (Ahmad Santoso)</author>
                    <description>Pemerintah Kota Medan membuka lowongan bagi 500 petugas kebersihan dengan kontrak satu tahun.</description>
                  </item>
                  <item>
                    <title>Pohon Tumbang Tutup Jalan Jamin Ginting</title>
                    <link>https://regional.kabarkota.example/read/pohon-tumbang-jamin-ginting</link>
                    <description>Sebuah pohon trembesi tumbang dan menutup Jalan Jamin Ginting selama dua jam.</description>
                  </item>
                  <item>
                    <title>Suasana Pagi di Danau Toba</title>
                    <link>https://regional.kabarkota.example/foto/danau-toba</link>
                    <pubDate>Wed, 27 Nov 2024 06:00:00 +0700</pubDate>
                  </item>
                </channel>
                </rss>
                """);
    }

    /** Atom 1.0: two authors, only an updated date, HTML content escaped in the element. */
    static Path atom(Path file) throws IOException {
        return Files.writeString(file, """
                <?xml version="1.0" encoding="utf-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom">
                  <title>Liputan Nusantara - Bisnis</title>
                  <id>tag:liputannusantara.example,2024:bisnis</id>
                  <updated>2024-10-14T19:05:00+07:00</updated>
                  <entry>
                    <title>Harga Avtur Turun, Maskapai Diminta Pangkas Tarif Tiket</title>
                    <link rel="alternate" href="https://www.liputannusantara.example/bisnis/read/5801234/harga-avtur-turun"/>
                    <id>tag:liputannusantara.example,2024:5801234</id>
                    <updated>2024-10-14T19:05:00+07:00</updated>
                    <author><name>Dewi Lestari</name></author>
                    <author><name>Bagus Pratama</name></author>
                    <content type="html">&lt;p&gt;Pemerintah meminta maskapai menurunkan tarif tiket pesawat menjelang libur Natal.&lt;/p&gt;&lt;p&gt;Harga avtur turun tiga bulan berturut-turut.&lt;/p&gt;</content>
                  </entry>
                </feed>
                """);
    }

    /** RSS declared Windows-1252 in its prolog, with curly quotes and an accented letter in that encoding. */
    static Path windows1252(Path file) throws IOException {
        return Files.write(file, """
                <?xml version="1.0" encoding="windows-1252"?>
                <rss version="2.0"><channel><title>Suara Timur</title><link>https://suaratimur.example/</link><description>x</description>
                <item><title>Kafe Terapung \u201cCaf\u00e9 Danau\u201d Ramai Pengunjung</title>
                <link>https://suaratimur.example/berita.php?id=9130</link><pubDate>Fri, 06 Dec 2024 16:45:00 +0900</pubDate>
                <description>Kafe terapung di Danau Sentani yang disebut warga \u201ccaf\u00e9 danau\u201d ramai dikunjungi wisatawan.</description></item>
                </channel></rss>
                """.getBytes(Charset.forName("windows-1252")));
    }

    /** UTF-8 with a byte-order mark before the prolog. */
    static Path utf8WithBom(Path file) throws IOException {
        byte[] xml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel><title>Kabar Makassar</title><link>https://kabarmakassar.example/</link><description>x</description>
                <item><title>Pete-pete Listrik Mulai Uji Coba di Makassar</title><link>https://kabarmakassar.example/2024/12/01/pete-pete-listrik/</link>
                <pubDate>Sun, 01 Dec 2024 09:00:00 +0800</pubDate><description>Angkutan kota \u201cpete-pete\u201d bertenaga listrik mulai diuji coba di rute Sentral\u2013Daya.</description></item>
                </channel></rss>
                """.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[xml.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(xml, 0, withBom, 3, xml.length);
        return Files.write(file, withBom);
    }

    /** No encoding declared and bytes in Latin-1: read as Windows-1252, not mangled. */
    static Path undeclaredLatin1(Path file) throws IOException {
        return Files.write(file, """
                <rss version="2.0"><channel><title>Arsip Lama</title><link>https://arsiplama.example/</link><description>x</description>
                <item><title>Resepsi di Hotel Caf\u00e9 Royal Batavia</title><link>https://arsiplama.example/2004/resepsi</link>
                <pubDate>Mon, 05 Jan 2004 10:00:00 +0700</pubDate><description>Resepsi pernikahan digelar di Caf\u00e9 Royal, Batavia, pada Senin pagi.</description></item>
                </channel></rss>
                """.getBytes(StandardCharsets.ISO_8859_1));
    }

    /** Cut off mid-item: not well-formed XML. */
    static Path invalidXml(Path file) throws IOException {
        return Files.writeString(file, """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel><title>Rusak</title>
                <item><title>Judul tanpa penutup</title><description>Isi berita
                """);
    }

    /** A DOCTYPE that declares an external entity (XXE): refused, the file is never read. */
    static Path externalEntity(Path file, Path secret) throws IOException {
        return Files.writeString(file, """
                <?xml version="1.0"?>
                <!DOCTYPE rss [<!ENTITY secret SYSTEM "file://%s">]>
                <rss version="2.0"><channel><title>x</title><link>https://x.example/</link><description>x</description>
                <item><title>Bocor</title><link>https://x.example/1</link><description>&secret;</description></item></channel></rss>
                """.formatted(secret.toAbsolutePath()));
    }
}
