package id.warta.search;

import id.warta.article.Article;
import id.warta.extract.CountryGazetteer;
import id.warta.index.IndexNames;
import id.warta.testing.ElasticsearchTest;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;

import static id.warta.search.FixtureCorpus.article;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #5: the first page puts the story about what was asked for first, the way the search review of CLICK-ID found
 * it did not: a word in a short title outranked a story full of it, words far apart outranked the words together, and
 * ties went in the index's order.
 */
@ElasticsearchTest
class RankingIT {

    private static final String FILLER = " Warga diminta tetap waspada dan mengikuti arahan petugas di lapangan.";

    private static final List<Article> ARTICLES = List.of(
            // the same word in a title of the same length: the story that is about it throughout ranks first
            article("r1", "tribun", "id", "2019-09-10T08:00:00+07:00", "Gempa Guncang Palu Pagi Ini",
                    "Getaran terasa singkat." + FILLER.repeat(6), List.of(), List.of()),
            article("r2", "kompas", "id", "2019-09-09T08:00:00+07:00", "Gempa Guncang Ambon Pagi Ini",
                    "Gempa bermagnitudo 6,8 menewaskan 20 orang. Gempa susulan terus terjadi, dan gempa itu merusak"
                            + " ratusan rumah." + FILLER.repeat(4), List.of(), List.of()),
            // the words apart, one of them in the title, against the words together in the body
            article("r3", "detik", "id", "2019-09-11T08:00:00+07:00", "Imam Darto Malah Banjir Order",
                    "Komedian itu kini sibuk di Jakarta." + FILLER, List.of(), List.of()),
            article("r4", "kompas", "id", "2019-09-08T08:00:00+07:00", "Normalisasi Sungai Ciliwung Dikebut",
                    "Pemerintah provinsi menyiapkan langkah mencegah banjir Jakarta pada musim hujan." + FILLER,
                    List.of(), List.of()),
            // alike but for their dates: the newest first
            article("r5", "antara", "id", "2019-09-01T08:00:00+07:00", "Harga Cabai Naik", "Harga cabai naik.", List.of("ID"), List.of()),
            article("r6", "antara", "id", "2019-09-03T08:00:00+07:00", "Harga Cabai Naik", "Harga cabai naik.", List.of("ID"), List.of()),
            article("r7", "antara", "id", "2019-09-02T08:00:00+07:00", "Harga Cabai Naik", "Harga cabai naik.", List.of("ID"), List.of()),
            // a country under its common name, and once under a rare one (the newest, so a tie would put it first)
            article("u1", "kompas", "id", "2019-09-05T08:00:00+07:00", "Sanksi Baru untuk Iran",
                    "Amerika Serikat menjatuhkan sanksi baru. Menurut Amerika Serikat langkah itu perlu." + FILLER,
                    List.of("US", "IR"), List.of()),
            article("u2", "kompas", "id", "2019-09-04T08:00:00+07:00", "Tarif Impor Naik",
                    "Amerika Serikat menaikkan tarif impor." + FILLER, List.of("US"), List.of()),
            article("u3", "tempo", "id", "2019-09-03T08:00:00+07:00", "Kapal Perang Berlayar",
                    "Kapal perang Amerika Serikat berlayar di Laut China Selatan." + FILLER, List.of("US", "CN"), List.of()),
            article("u4", "tempo", "id", "2019-09-02T08:00:00+07:00", "Harga Minyak Turun",
                    "Amerika Serikat menambah produksi minyak." + FILLER, List.of("US"), List.of()),
            article("u5", "wowkeren", "id", "2019-09-12T08:00:00+07:00", "Liburan Artis ke Luar Negeri",
                    "Sang artis berlibur ke Negeri Paman Sam bersama keluarga." + FILLER, List.of("US"), List.of()));

    private ArticleSearch search;

    @BeforeEach
    void load(ElasticsearchClient client, IndexNames names) throws IOException {
        FixtureCorpus.load(client, names, ARTICLES);
        search = new ArticleSearch(client, names, new GazetteerCountryNames(CountryGazetteer.standard()), CursorCodec.withRandomKey());
    }

    private List<String> ids(SearchParameters parameters) {
        return search.search(search.validate(parameters.withSize("100"))).hits().stream().map(ArticleHit::id).toList();
    }

    @Test
    @DisplayName("a word in both title and body counts in both: the story full of 'gempa' before the one that names it only in its title")
    void bodyCountsBesideTheTitle() {
        assertThat(ids(SearchParameters.query("gempa"))).containsExactly("r2", "r1");
    }

    @Test
    @DisplayName("the query's words together rank first: 'banjir Jakarta' is a flood in Jakarta, not a comedian's flood of orders")
    void wordsTogether() {
        assertThat(ids(SearchParameters.query("banjir Jakarta"))).containsExactly("r4", "r3");
    }

    @Test
    @DisplayName("a country's rare name counts as its common one: 'Amerika' and 'AS' rank the story that names the United States twice above a celebrity's holiday in 'Negeri Paman Sam'")
    void aCountrysRareNameDoesNotOutrankItsCommonOne() {
        assertThat(ids(SearchParameters.query("Amerika")).getFirst()).isEqualTo("u1");
        assertThat(ids(SearchParameters.query("AS")).getFirst()).isEqualTo("u1");
        assertThat(ids(SearchParameters.query("Amerika"))).as("every article that names the country").hasSize(5);
    }

    @Test
    @DisplayName("equally good matches, and a search of filters alone, list the newest first")
    void tiesNewestFirst() {
        assertThat(ids(SearchParameters.query("harga cabai"))).containsExactly("r6", "r7", "r5");
        assertThat(ids(new SearchParameters("", List.of("ID"), null, null, null, null, null, null, null, null, null, null)))
                .containsExactly("r6", "r7", "r5");
    }
}
