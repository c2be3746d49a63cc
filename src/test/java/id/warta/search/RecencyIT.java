package id.warta.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import id.warta.extract.CountryGazetteer;
import id.warta.index.IndexNames;
import id.warta.testing.ElasticsearchTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue #5: the optional recency preference, over the fixture corpus (November 2024). */
@ElasticsearchTest
class RecencyIT {

    private static final String QUERY = "Korut OR perjanjian OR pakta OR rudal";

    private static SearchParameters recent(String size) {
        return new SearchParameters(QUERY, null, null, null, null, null, null, null, null, size, null, "true");
    }

    @Test
    @DisplayName("recency lifts newer matches, measured from the first page's instant on every page: paging serves each hit once, in order, however long the user takes")
    void measuredFromTheFirstPage(ElasticsearchClient client, IndexNames names) throws IOException {
        FixtureCorpus.load(client, names);
        MovingClock clock = new MovingClock(Instant.parse("2024-11-06T00:00:00Z"));
        ArticleSearch search = new ArticleSearch(client, names, new GazetteerCountryNames(CountryGazetteer.standard()),
                CursorCodec.withRandomKey(), clock);
        List<String> plain = SearchFixture.ids(search.search(search.validate(SearchParameters.query(QUERY).withSize("100"))));
        List<String> all = SearchFixture.ids(search.search(search.validate(recent("100"))));
        assertThat(all).as("the same matches").containsExactlyInAnyOrderElementsOf(plain)
                .as("in another order: recency counts").isNotEqualTo(plain);

        SearchResult page = search.search(search.validate(recent("1")));
        List<String> paged = new ArrayList<>(SearchFixture.ids(page));
        while (page.nextCursor() != null) {
            clock.move(Duration.ofDays(9));
            page = search.search(search.validate(recent("1").withCursor(page.nextCursor())));
            paged.addAll(SearchFixture.ids(page));
        }
        assertThat(paged).containsExactlyElementsOf(all);
    }
}
