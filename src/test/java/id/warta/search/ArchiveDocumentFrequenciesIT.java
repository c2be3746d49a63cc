package id.warta.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import id.warta.article.Article;
import id.warta.index.ClusterConnection;
import id.warta.index.ElasticsearchClients;
import id.warta.index.IndexNames;
import id.warta.testing.ElasticsearchTest;
import id.warta.testing.Ports;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;

import static id.warta.search.FixtureCorpus.article;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The counts behind the weighing of a country's names: asked once, kept for a period, renewed after it; a search's
 * pages score alike across the renewal, as the cursor carries the first page's weights; a failed count leaves the names
 * unweighed.
 */
@ElasticsearchTest
class ArchiveDocumentFrequenciesIT {

    private static final Query KOREA = Query.of(q -> q.matchPhrase(m -> m.field("body.exact").query("korea utara")));
    private static final Query KORUT = Query.of(q -> q.matchPhrase(m -> m.field("body.exact").query("korut")));

    private ElasticsearchClient client;
    private IndexNames names;

    @BeforeEach
    void load(ElasticsearchClient client, IndexNames names) throws IOException {
        this.client = client;
        this.names = names;
        FixtureCorpus.load(client, names, articles(0, 8, "Korea Utara meluncurkan rudal."));
        FixtureCorpus.index(client, names, articles(8, 10, "Korut meluncurkan rudal."));
    }

    private static List<Article> articles(int from, int to, String body) {
        return IntStream.range(from, to).mapToObj(i -> article("f" + i, "kompas", "id", "2024-11-01T10:00:00+07:00",
                "Berita " + i, body, List.of("KP"), List.of())).toList();
    }

    @Test
    @DisplayName("the idf of each name, as BM25 has it; kept while the archive grows within the period, renewed after it")
    void countedKeptAndRenewed() throws IOException {
        MovingClock clock = new MovingClock(Instant.parse("2024-11-01T00:00:00Z"));
        ArchiveDocumentFrequencies frequencies = new ArchiveDocumentFrequencies(client, names, clock);

        double[] first = frequencies.idf(List.of("korea"), List.of(KOREA)).orElseThrow();
        assertThat(first[0]).isCloseTo(ArchiveDocumentFrequencies.idf(10, 8), within(1e-9));

        FixtureCorpus.index(client, names, articles(10, 15, "Korut meluncurkan rudal lagi."));
        clock.move(Duration.ofSeconds(60));
        double[] both = frequencies.idf(List.of("korea", "korut"), List.of(KOREA, KORUT)).orElseThrow();
        assertThat(both[0]).as("a name already counted keeps its count").isEqualTo(first[0]);
        assertThat(both[1]).as("a name counted later, against the archive's size as first read")
                .isCloseTo(ArchiveDocumentFrequencies.idf(10, 7), within(1e-9));

        clock.move(ArchiveDocumentFrequencies.KEEP);
        double[] renewed = frequencies.idf(List.of("korea"), List.of(KOREA)).orElseThrow();
        assertThat(renewed[0]).isCloseTo(ArchiveDocumentFrequencies.idf(15, 8), within(1e-9));
    }

    @Test
    @DisplayName("paging goes on with the first page's weights when the counts are renewed between pages while the archive grows: every hit once, in order")
    void pagesKeepTheFirstPagesWeights() throws IOException {
        MovingClock clock = new MovingClock(Instant.parse("2024-11-01T00:00:00Z"));
        ArticleSearch search = new ArticleSearch(client, names, new GazetteerCountryNames(id.warta.extract.CountryGazetteer.standard()),
                CursorCodec.withRandomKey(), clock);
        List<String> expected = SearchFixture.ids(search.search(search.validate(SearchParameters.query("Korut").withSize("100"))));
        assertThat(expected).hasSize(10);

        SearchResult page = search.search(search.validate(SearchParameters.query("Korut").withSize("1")));
        List<String> paged = new java.util.ArrayList<>(SearchFixture.ids(page));
        FixtureCorpus.index(client, names, articles(10, 60, "Korut meluncurkan rudal lagi."));
        clock.move(ArchiveDocumentFrequencies.KEEP.plusSeconds(1));
        while (page.nextCursor() != null) {
            page = search.search(search.validate(SearchParameters.query("Korut").withSize("1").withCursor(page.nextCursor())));
            paged.addAll(SearchFixture.ids(page));
        }
        assertThat(paged).containsExactlyElementsOf(expected);
    }

    @Test
    @DisplayName("a name counted in more articles than the archive held when first read still weighs above zero")
    void neverNegative() {
        assertThat(ArchiveDocumentFrequencies.idf(10, 22)).isPositive();
        assertThat(ArchiveDocumentFrequencies.idf(10, 10)).isPositive();
    }

    @Test
    @DisplayName("a count that fails leaves the names unweighed: the search itself goes on")
    void failedCount() throws IOException {
        try (ElasticsearchClient unreachable = ElasticsearchClients.create(ClusterConnection.plain("http://127.0.0.1:" + Ports.unused()))) {
            ArchiveDocumentFrequencies frequencies = new ArchiveDocumentFrequencies(unreachable, names, Clock.systemUTC());
            assertThat(frequencies.idf(List.of("korea"), List.of(KOREA))).isEmpty();
        }
    }
}
