package id.warta.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import id.warta.article.Article;
import id.warta.extract.CountryGazetteer;
import id.warta.index.IndexNames;
import id.warta.testing.ElasticsearchTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;

import static id.warta.search.FixtureCorpus.article;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #5: queries find what a reader means. Stop words in a query do not empty the result, and a country
 * name expands only into the names that cannot be mistaken for something else.
 */
@ElasticsearchTest
class QueryPrecisionIT {

    private static final List<Article> ARTICLES = List.of(
            article("p1", "kompas", "id", "2024-11-01T10:00:00+07:00", "Banjir di Jakarta",
                    "Banjir merendam ribuan rumah di Jakarta Timur.", List.of("ID"), List.of()),
            article("p2", "kompas", "id", "2024-11-02T10:00:00+07:00", "AS kirim bantuan ke Ukraina",
                    "Pemerintah AS mengumumkan bantuan baru.", List.of("US", "UA"), List.of()),
            article("p3", "reuters", "en", "2024-11-03T10:00:00+07:00", "Markets as usual",
                    "Trading went on as usual in Jakarta.", List.of("ID"), List.of()),
            article("p4", "tempo", "id", "2024-11-04T10:00:00+07:00", "Ekonomi Amerika Latin melambat",
                    "Negara-negara Amerika Latin mencatat pertumbuhan melambat.", List.of(), List.of()),
            article("p5", "detik", "id", "2024-11-05T10:00:00+07:00", "Korea Utara uji rudal",
                    "Korea Utara kembali meluncurkan rudal.", List.of("KP"), List.of()),
            article("p6", "detik", "id", "2024-11-06T10:00:00+07:00", "Presiden Korea bertemu mitra",
                    "Presiden Korea membahas investasi di Seoul.", List.of("KR"), List.of()),
            article("p7", "kompas", "id", "2024-11-07T10:00:00+07:00", "Amerika Serikat dan sekutunya",
                    "Amerika Serikat menggelar latihan militer.", List.of("US"), List.of()),
            article("p8", "tempo", "id", "2024-11-08T10:00:00+07:00", "Harga minyak dunia naik",
                    "Harga minyak mentah naik dua persen pekan ini. Permintaan dari Korsel dan Jepang meningkat,"
                            + " sementara pasokan dari Timur Tengah tetap. Kilang Korsel bekerja penuh; impor Korsel"
                            + " diperkirakan naik lagi bulan depan.", List.of("KR", "JP"), List.of()),
            // names of other things that hold a country's name (CLICK-ID's "AS Roma", Bidara Cina, the peninsula)
            article("p10", "bola", "id", "2024-11-10T10:00:00+07:00", "AS Roma menang di Roma",
                    "AS Roma mengalahkan Lazio di Stadion Olimpico.", List.of(), List.of()),
            article("p11", "kompas", "id", "2024-11-11T10:00:00+07:00", "Sodetan Ciliwung dilanjutkan",
                    "Warga Bidara Cina menyambut proyek sodetan Kali Ciliwung.", List.of(), List.of()),
            article("p12", "detik", "id", "2024-11-12T10:00:00+07:00", "Ketegangan di Semenanjung Korea",
                    "Republik Demokratik Rakyat Korea kembali meluncurkan rudal ke laut.", List.of(), List.of()),
            article("p13", "antara", "id", "2024-11-13T10:00:00+07:00", "Pastor dari AS berkunjung ke Roma",
                    "Seorang pastor AS berziarah ke Roma pekan ini.", List.of("US", "IT"), List.of()));

    private ArticleSearch search;
    private ElasticsearchClient client;
    private IndexNames names;

    @BeforeEach
    void load(ElasticsearchClient client, IndexNames names) throws IOException {
        this.client = client;
        this.names = names;
        FixtureCorpus.load(client, names, ARTICLES);
        search = new ArticleSearch(client, names, new GazetteerCountryNames(CountryGazetteer.standard()), CursorCodec.withRandomKey());
    }

    private List<String> ids(String q) {
        return search.search(search.validate(SearchParameters.query(q).withSize("100"))).hits().stream().map(ArticleHit::id).toList();
    }

    @Test
    @DisplayName("stop words in a query are left out instead of emptying the result")
    void stopWords() {
        assertThat(ids("banjir di Jakarta")).containsExactly("p1");
        assertThat(ids("banjir yang di Jakarta")).containsExactly("p1");
        assertThat(ids("banjir -di")).as("an excluded stop word excludes nothing").containsExactly("p1");
    }

    @Test
    @DisplayName("\"AS\" finds the United States, not every \"as\", and the same articles as \"Amerika Serikat\"; Amerika Latin is not America")
    void caseSensitiveAliases() {
        assertThat(ids("AS")).containsExactlyInAnyOrder("p2", "p7", "p13");
        assertThat(ids("Amerika Serikat")).as("the articles on the United States, as AS finds them; no lower-case \"as\"")
                .containsExactlyInAnyOrder("p2", "p7", "p13");
        assertThat(ids("as")).as("the lower-case word is only a word").contains("p3").doesNotContain("p7");
        assertThat(ids("jakarta -AS")).containsExactlyInAnyOrder("p1", "p3");
    }

    @Test
    @DisplayName("a country's other names do not find a longer name of another country: Korsel is not Korea Utara")
    void longerNamesOfOthers() {
        assertThat(ids("Korsel")).contains("p6").doesNotContain("p5");
        assertThat(ids("Korut")).containsExactlyInAnyOrder("p5", "p12");
    }

    @Test
    @DisplayName("a name of something else that holds a country's name is searched as written: AS Roma is the club, Amerika Latin the region, and Cina or Korsel do not find Bidara Cina or the Korean peninsula")
    void namesOfOtherThingsHoldingACountrysName() {
        assertThat(ids("AS Roma")).as("not the United States and Rome").containsExactly("p10");
        assertThat(ids("Amerika Latin")).containsExactly("p4");
        assertThat(ids("Cina")).doesNotContain("p11");
        assertThat(ids("Bidara Cina")).containsExactly("p11");
        assertThat(ids("Korsel")).doesNotContain("p12");
        assertThat(ids("Korut")).as("under another of its long names").contains("p12");
    }

    @Test
    @DisplayName("a country's other name kept out of longer names scores like any name of it: \"Korea\" in a title outranks \"Korsel\" thrice in a body")
    void otherNamesScoreAsPhrases() {
        assertThat(ids("Korsel")).containsExactly("p6", "p8");
    }

    @Test
    @DisplayName("highlights mark a country's other name only where it names it: Korsel marks Korea Selatan and a lone Korea, not the Korea of Korea Utara")
    void highlightsFollowTheCountry() throws IOException {
        FixtureCorpus.index(client, names, List.of(article("p9", "detik", "id", "2024-11-09T10:00:00+07:00",
                "Korea siaga, Korea Utara uji rudal", "Korea Utara meluncurkan rudal; Korea Selatan menyiagakan pasukan.",
                List.of("KR", "KP"), List.of())));

        ArticleHit hit = search.search(search.validate(SearchParameters.query("Korsel").withSize("100"))).hits().stream()
                .filter(h -> h.id().equals("p9")).findFirst().orElseThrow();

        assertThat(hit.titleHighlight()).isEqualTo("<em>Korea</em> siaga, Korea Utara uji rudal");
        assertThat(String.join(" … ", hit.bodyHighlights())).contains("<em>Korea</em> <em>Selatan</em>").doesNotContain("<em>Korea</em> Utara");
        assertThat(ids("Korsel")).as("what the search finds is the same").contains("p6", "p8", "p9").doesNotContain("p5");
    }
}
