package id.warta.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import id.warta.article.Article;
import id.warta.index.IndexNames;
import id.warta.testing.ElasticsearchTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Issue #5: cursor paging (point in time + search_after) and its tamper-evident cursor. */
@ElasticsearchTest
class CursorPagingIT {

    @ParameterizedTest
    @ValueSource(strings = {"relevance", "date"})
    @DisplayName("paging returns every hit exactly once, and the last page has no cursor")
    void everyHitOnce(String sort, ElasticsearchClient client, IndexNames names) throws IOException {
        SearchFixture fixture = SearchFixture.over(client, names);
        SearchParameters first = new SearchParameters("", null, null, null, null, null, null, null, sort, "5", null, null);
        List<String> seen = pageThrough(fixture, first, null);
        assertThat(seen).hasSize(12).doesNotHaveDuplicates();
    }

    @Test
    @DisplayName("when the hits fill the last page exactly, that page gives no cursor: no empty page follows")
    void noEmptyLastPage(ElasticsearchClient client, IndexNames names) throws IOException {
        SearchFixture fixture = SearchFixture.over(client, names);
        SearchParameters first = new SearchParameters("", null, null, null, null, null, null, null, null, "4", null, null);
        SearchResult page = fixture.run(first);
        int pages = 1;
        while (page.nextCursor() != null) {
            page = fixture.run(first.withCursor(page.nextCursor()));
            pages++;
            assertThat(page.hits()).as("page " + pages).hasSize(4);
        }
        assertThat(pages).as("12 articles in pages of 4").isEqualTo(3);
        assertThat(fixture.run(first.withSize("12")).nextCursor()).as("one full page holds them all").isNull();
    }

    @Test
    @DisplayName("pages stay stable while documents are added: the search reads the point in time of its first page")
    void stableWhileIndexing(ElasticsearchClient client, IndexNames names) throws IOException {
        SearchFixture fixture = SearchFixture.over(client, names);
        SearchParameters first = new SearchParameters("kata OR Pyongyang OR beras", null, null, null, null, null, null, null,
                null, "2", null, null);
        SearchResult page1 = fixture.run(first);
        List<String> expected = fixture.ids("kata OR Pyongyang OR beras");
        List<Article> added = IntStream.range(0, 8).mapToObj(i -> FixtureCorpus.article("new" + i, "kompas", "id",
                "2024-11-0" + (i + 1) + "T10:00:00+07:00", "Pyongyang beras kata " + i, "Pyongyang beras kata kata kata",
                List.of("KP"), List.of())).toList();
        FixtureCorpus.index(client, names, added);
        List<String> seen = new ArrayList<>(SearchFixture.ids(page1));
        seen.addAll(pageThrough(fixture, first, page1.nextCursor()));
        assertThat(seen).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    @DisplayName("paging goes past 10,000 hits")
    void noTenThousandLimit(ElasticsearchClient client, IndexNames names) throws IOException {
        SearchFixture fixture = SearchFixture.over(client, names);
        for (int batch = 0; batch < 5; batch++) {
            int offset = batch * 2_100;
            FixtureCorpus.index(client, names, IntStream.range(offset, offset + 2_100).mapToObj(i -> FixtureCorpus.article(
                    "bulk" + i, "bulk", "id", "2023-01-01T10:00:00+07:00", "Berita " + i, "Isi berita nomor " + i,
                    List.of(), List.of())).toList());
        }
        SearchParameters first = new SearchParameters("", null, null, null, null, null, null, null, "date", "100", null, null);
        SearchResult page1 = fixture.run(first);
        assertThat(page1.total()).isEqualTo(10_512);
        List<String> seen = new ArrayList<>(SearchFixture.ids(page1));
        seen.addAll(pageThrough(fixture, first, page1.nextCursor()));
        assertThat(seen).hasSize(10_512).doesNotHaveDuplicates();
    }

    @Test
    @DisplayName("a cursor whose point in time has gone (expired or closed) is refused with what to do")
    void expiredCursor(ElasticsearchClient client, IndexNames names) throws IOException {
        SearchFixture fixture = SearchFixture.over(client, names);
        SearchParameters first = new SearchParameters("", null, null, null, null, null, null, null, null, "3", null, null);
        String cursor = fixture.run(first).nextCursor();
        // the cursor's payload (before the signature) is base64url JSON holding the point in time as "p"
        String payload = new String(java.util.Base64.getUrlDecoder().decode(cursor.substring(0, cursor.indexOf('.'))),
                java.nio.charset.StandardCharsets.UTF_8);
        String pit = new com.fasterxml.jackson.databind.ObjectMapper().readTree(payload).get("p").asText();
        assertThat(client.closePointInTime(c -> c.id(pit)).succeeded()).isTrue();
        assertThatThrownBy(() -> fixture.run(first.withCursor(cursor)))
                .isInstanceOf(InvalidSearchException.class).hasMessageContaining("expired")
                .hasMessageContaining("without a cursor");
    }

    @Test
    @DisplayName("a cursor whose index version was deleted since (a reindex, then a prune) is refused with what to do, not answered as an outage")
    void cursorOfDeletedIndex(ElasticsearchClient client, IndexNames names) throws IOException {
        SearchFixture fixture = SearchFixture.over(client, names);
        SearchParameters first = new SearchParameters("", null, null, null, null, null, null, null, null, "3", null, null);
        String cursor = fixture.run(first).nextCursor();
        client.indices().delete(d -> d.index(names.version(1)));
        SearchFixture.over(client, names); // the articles again, in an index made anew

        assertThatThrownBy(() -> fixture.run(first.withCursor(cursor)))
                .isInstanceOfSatisfying(InvalidSearchException.class, e -> assertThat(e.parameter()).isEqualTo("cursor"))
                .hasMessageContaining("removed since").hasMessageContaining("without a cursor");
        assertThat(fixture.run(first).hits()).as("the search itself answers").hasSize(3);
    }

    @Test
    @DisplayName("a search before any ingest says which index is missing (as WARTA_ES_INDEX names it) and how to make it")
    void missingIndexIsNamed(ElasticsearchClient client, IndexNames names) {
        IndexNames missing = new IndexNames(names.base() + "-kosong");
        ArticleSearch search = new ArticleSearch(client, missing, new GazetteerCountryNames(id.warta.extract.CountryGazetteer.standard()),
                CursorCodec.withRandomKey());
        assertThatThrownBy(() -> search.search(search.validate(SearchParameters.query("banjir"))))
                .isInstanceOf(SearchUnavailableException.class)
                .hasMessageContaining("there is no index '" + missing.readAlias() + "' yet").hasMessageContaining("warta ingest");
    }

    @Test
    @DisplayName("a tampered cursor, or one from a search with other parameters, is refused with what to do")
    void tamperedCursor(ElasticsearchClient client, IndexNames names) throws IOException {
        SearchFixture fixture = SearchFixture.over(client, names);
        SearchParameters first = SearchParameters.query("").withSize("3");
        String cursor = fixture.run(first).nextCursor();
        char flipped = cursor.charAt(5) == 'A' ? 'B' : 'A';
        String tampered = cursor.substring(0, 5) + flipped + cursor.substring(6);
        assertThatThrownBy(() -> fixture.run(first.withCursor(tampered)))
                .isInstanceOf(InvalidSearchException.class).hasMessageContaining("without a cursor");
        assertThatThrownBy(() -> fixture.run(first.withCursor("garbage")))
                .isInstanceOf(InvalidSearchException.class).hasMessageContaining("without a cursor");
        assertThatThrownBy(() -> fixture.run(SearchParameters.query("beras").withSize("3").withCursor(cursor)))
                .isInstanceOf(InvalidSearchException.class).hasMessageContaining("same parameters");
        assertThat(fixture.run(first.withSize("4").withCursor(cursor)).hits()).as("another page size is fine").hasSize(4);
    }

    @Test
    @DisplayName("the export reads every match in order, up to its limit")
    void export(ElasticsearchClient client, IndexNames names) throws IOException {
        SearchFixture fixture = SearchFixture.over(client, names);
        SearchRequest kp = fixture.search().validate(SearchFixture.filters("", List.of("KP"), null, null, null, null));
        List<String> rows = new ArrayList<>();
        assertThat(fixture.search().export(kp, 1000, h -> rows.add(h.id()))).isEqualTo(4);
        assertThat(rows).containsExactlyInAnyOrder("a1", "a3", "a9", "a12");
        assertThat(fixture.search().export(kp, 2, h -> { })).isEqualTo(2);
        for (SearchParameters ranked : List.of(SearchFixture.filters("Korea Utara rudal", List.of("KP"), null, null, null, null),
                SearchFixture.filters("Putin OR Korut", List.of("RU", "KP"), null, null, null, null))) {
            List<String> exported = new ArrayList<>();
            fixture.search().export(fixture.search().validate(ranked), 1000, h -> exported.add(h.id()));
            assertThat(exported).as("an export with a filter lists the hits in the search's order: %s", ranked.q())
                    .isEqualTo(SearchFixture.ids(fixture.run(ranked)));
        }
    }

    private static List<String> pageThrough(SearchFixture fixture, SearchParameters first, String startCursor) {
        List<String> seen = new ArrayList<>();
        String cursor = startCursor;
        if (cursor == null) {
            SearchResult page = fixture.run(first);
            assertThat(page.facets()).isNotNull();
            seen.addAll(SearchFixture.ids(page));
            cursor = page.nextCursor();
        }
        int pages = 0;
        while (cursor != null && pages++ < 10_000) {
            SearchResult page = fixture.run(first.withCursor(cursor));
            assertThat(page.facets()).as("facets come with the first page only").isNull();
            seen.addAll(SearchFixture.ids(page));
            cursor = page.nextCursor();
        }
        return seen;
    }
}
