package id.warta.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import id.warta.article.Article;
import id.warta.index.IndexBootstrap;
import id.warta.index.IndexDefinition;
import id.warta.index.IndexNames;
import id.warta.ingest.ArticleDocument;

import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Articles with known answers for the search tests. Times are WIB (+07:00) unless noted; a1 and a2
 * sit either side of midnight WIB on 1/2 November 2024 (16:30 and 17:30 UTC on 1 November).
 *
 * <pre>
 * id   day (WIB)   source  lang countries   persons
 * a1   2024-11-01  kompas  id   RU KP       Vladimir Putin, Kim Jong Un   23:30 WIB
 * a2   2024-11-02  tempo   id   ID JP       Prabowo Subianto              00:30 WIB
 * a3   2024-11-05  detik   id   KP JP       Kim Jong Un
 * a4   2024-11-10  kompas  id   US UA       Joe Biden
 * a5   2024-11-15  tempo   id   US CN       Joe Biden, Xi Jinping
 * a6   2024-11-20  detik   id   RU CN       Vladimir Putin, Xi Jinping
 * a7   2024-11-30  kompas  id   ID          -                             23:59 WIB
 * a8   2024-12-01  bola    id   ID          Shin Tae-yong                 00:10 WIB
 * a9   2024-11-01  reuters en   RU KP       Vladimir Putin
 * a10  2024-11-07  kompas  id   ID          Retno Marsudi
 * a11  2024-11-08  tempo   id   ID          -
 * a12  2024-11-07  kompas  id   KP          -
 * </pre>
 */
public final class FixtureCorpus {

    public static final List<Article> ARTICLES = List.of(
            article("a1", "kompas", "id", "2024-11-01T23:30:00+07:00",
                    "Rusia dan Korea Utara menandatangani pakta pertahanan",
                    "Presiden Vladimir Putin dan pemimpin Kim Jong Un menandatangani pakta pertahanan bersama di Pyongyang.",
                    List.of("RU", "KP"), List.of("Vladimir Putin", "Kim Jong Un")),
            article("a2", "tempo", "id", "2024-11-02T00:30:00+07:00",
                    "Perjanjian dagang ditandatangani di Jakarta",
                    "Perjanjian dagang itu ditandatangani oleh menteri perdagangan Indonesia dan Jepang di Jakarta.",
                    List.of("ID", "JP"), List.of("Prabowo Subianto")),
            article("a3", "detik", "id", "2024-11-05T10:00:00+07:00",
                    "Korut uji coba rudal balistik lagi",
                    "Korut kembali meluncurkan rudal balistik ke arah Laut Jepang pada Selasa pagi.",
                    List.of("KP", "JP"), List.of("Kim Jong Un")),
            authored(article("a4", "kompas", "id", "2024-11-10T09:00:00+07:00",
                    "Amerika Serikat kirim bantuan militer ke Ukraina",
                    "Pemerintah Amerika Serikat mengumumkan paket bantuan militer baru untuk Ukraina, kata Joe Biden.",
                    List.of("US", "UA"), List.of("Joe Biden")), "Rina Wulandari"),
            article("a5", "tempo", "id", "2024-11-15T14:00:00+07:00",
                    "Washington dan Beijing bahas tarif impor",
                    "Pejabat Washington bertemu delegasi Beijing membahas tarif impor baja.",
                    List.of("US", "CN"), List.of("Joe Biden", "Xi Jinping")),
            article("a6", "detik", "id", "2024-11-20T11:00:00+07:00",
                    "Putin bertemu Xi di Beijing",
                    "Vladimir Putin dan Xi Jinping membahas kerja sama energi dan perdagangan.",
                    List.of("RU", "CN"), List.of("Vladimir Putin", "Xi Jinping")),
            article("a7", "kompas", "id", "2024-11-30T23:59:00+07:00",
                    "Harga beras naik di pasar tradisional",
                    "Harga beras di pasar tradisional naik menjelang akhir tahun, kata pedagang.",
                    List.of("ID"), List.of()),
            article("a8", "bola", "id", "2024-12-01T00:10:00+07:00",
                    "Timnas menang tipis atas lawannya",
                    "Pertandingan sepak bola malam itu berakhir dengan kemenangan tipis. Pelatih Shin Tae-yong puas.",
                    List.of("ID"), List.of("Shin Tae-yong")),
            article("a9", "reuters", "en", "2024-11-01T12:00:00+07:00",
                    "Russia and North Korea sign defence pact",
                    "Vladimir Putin signed a defence pact with North Korea in Pyongyang.",
                    List.of("RU", "KP"), List.of("Vladimir Putin")),
            article("a10", "kompas", "id", "2024-11-07T08:00:00+07:00",
                    "Menteri luar negeri bertemu mitra ASEAN",
                    "Menteri luar negeri Retno Marsudi bertemu para mitra ASEAN di Jakarta.",
                    List.of("ID"), List.of("Retno Marsudi")),
            article("a11", "tempo", "id", "2024-11-08T08:00:00+07:00",
                    "Kinerja yang luar biasa",
                    "Negeri ini punya kinerja luar biasa; menteri keuangan memuji para pegawai.",
                    List.of("ID"), List.of()),
            article("a12", "kompas", "id", "2024-11-07T19:00:00+07:00",
                    "Korea Utara kecam latihan militer gabungan",
                    "Pyongyang mengecam latihan militer gabungan di semenanjung.",
                    List.of("KP"), List.of()));

    private FixtureCorpus() {
    }

    /** Creates the index for {@code names} and indexes the fixture, visible to search on return. */
    public static void load(ElasticsearchClient client, IndexNames names) throws IOException {
        load(client, names, ARTICLES);
    }

    /** Creates the index for {@code names} and indexes {@code articles}, visible to search on return. */
    public static void load(ElasticsearchClient client, IndexNames names, List<Article> articles) throws IOException {
        new IndexBootstrap(client, names, IndexDefinition.fromClasspath()).ensure();
        index(client, names, articles);
    }

    public static void index(ElasticsearchClient client, IndexNames names, List<Article> articles) throws IOException {
        BulkResponse response = client.bulk(b -> {
            articles.forEach(a -> b.operations(op -> op.index(i -> i.index(names.writeAlias()).id(a.id())
                    .document(ArticleDocument.of(a)))));
            return b.refresh(Refresh.True);
        });
        assertThat(response.errors()).as("bulk errors").isFalse();
    }

    /** The article with its authors named, as feeds and saved pages name them. */
    public static Article authored(Article a, String... authors) {
        return new Article(a.id(), a.url(), a.source(), a.title(), a.body(), a.publishedAt(), a.ingestedAt(), a.language(),
                a.countries(), a.persons(), a.organizations(), a.categories(), a.contentHash(), List.of(authors));
    }

    public static Article article(String id, String source, String language, String published, String title, String body,
                           List<String> countries, List<String> persons) {
        return new Article(id, "https://example.org/" + id, source, title, body,
                published == null ? null : OffsetDateTime.parse(published).toInstant(), Instant.parse("2024-12-02T00:00:00Z"),
                language, countries, persons, List.of(), List.of("berita"), "hash-" + id);
    }
}
