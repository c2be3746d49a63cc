package id.warta.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import id.warta.index.IndexNames;
import id.warta.testing.ElasticsearchTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

/** Issue #5: filters and multi-select facet counts over the fixture corpus (see {@link FixtureCorpus}). */
@ElasticsearchTest
class FacetsIT {

    @Test
    @DisplayName("without filters every facet counts every article, countries with Indonesian labels")
    void unfiltered(ElasticsearchClient client, IndexNames names) throws IOException {
        Facets facets = SearchFixture.over(client, names).query("").facets();
        assertThat(counts(facets.countries())).containsExactly(entry("ID", 5L), entry("KP", 4L), entry("RU", 3L),
                entry("CN", 2L), entry("JP", 2L), entry("US", 2L), entry("UA", 1L));
        assertThat(facets.countries()).contains(new FacetCount("RU", "Rusia", 3), new FacetCount("KP", "Korea Utara", 4));
        assertThat(counts(facets.sources())).containsExactly(entry("kompas", 5L), entry("tempo", 3L), entry("detik", 2L),
                entry("bola", 1L), entry("reuters", 1L));
    }

    @Test
    @DisplayName("a country filter narrows hits and the other facets, while the country facet still shows what a second country adds")
    void multiSelectCountry(ElasticsearchClient client, IndexNames names) throws IOException {
        SearchFixture fixture = SearchFixture.over(client, names);
        SearchResult ru = fixture.run(SearchFixture.filters("", List.of("RU"), null, null, null, null));
        assertThat(SearchFixture.ids(ru)).containsExactlyInAnyOrder("a1", "a6", "a9");
        assertThat(ru.total()).isEqualTo(3);
        assertThat(counts(ru.facets().countries())).containsEntry("KP", 4L).containsEntry("ID", 5L).containsEntry("RU", 3L);
        assertThat(counts(ru.facets().persons())).containsExactly(entry("Vladimir Putin", 3L), entry("Kim Jong Un", 1L),
                entry("Xi Jinping", 1L));
        assertThat(counts(ru.facets().sources())).containsOnly(entry("detik", 1L), entry("kompas", 1L), entry("reuters", 1L));

        SearchResult ruOrKp = fixture.run(SearchFixture.filters("", List.of("RU", "kp"), null, null, null, null));
        assertThat(SearchFixture.ids(ruOrKp)).as("values of one facet are alternatives")
                .containsExactlyInAnyOrder("a1", "a3", "a6", "a9", "a12");
    }

    @Test
    @DisplayName("filters of different facets combine with AND; each facet counts under all filters but its own")
    void facetsCombine(ElasticsearchClient client, IndexNames names) throws IOException {
        SearchFixture fixture = SearchFixture.over(client, names);
        SearchResult result = fixture.run(SearchFixture.filters("", List.of("RU"), List.of("xi jinping"), null, null, null));
        assertThat(SearchFixture.ids(result)).containsExactly("a6");
        assertThat(counts(result.facets().countries())).as("under the person filter only")
                .containsOnly(entry("CN", 2L), entry("RU", 1L), entry("US", 1L));
        assertThat(counts(result.facets().persons())).as("under the country filter only")
                .containsOnly(entry("Vladimir Putin", 3L), entry("Kim Jong Un", 1L), entry("Xi Jinping", 1L));
        assertThat(counts(result.facets().sources())).containsOnly(entry("detik", 1L));

        SearchResult withSource = fixture.run(SearchFixture.filters("", List.of("RU", "KP"), null, List.of("kompas"), null, null));
        assertThat(SearchFixture.ids(withSource)).containsExactlyInAnyOrder("a1", "a12");
        assertThat(counts(withSource.facets().sources())).containsOnly(entry("kompas", 2L), entry("detik", 2L), entry("reuters", 1L));
        SearchResult otherCase = fixture.run(SearchFixture.filters("", List.of("RU", "KP"), null, List.of("KOMPAS"), null, null));
        assertThat(SearchFixture.ids(otherCase)).as("a source filter ignores case, as datelines and archives write it differently")
                .containsExactlyInAnyOrder("a1", "a12");
    }

    @Test
    @DisplayName("facets count under the text query and the language filter")
    void facetsFollowTheQuery(ElasticsearchClient client, IndexNames names) throws IOException {
        SearchFixture fixture = SearchFixture.over(client, names);
        SearchResult putin = fixture.query("Putin");
        assertThat(counts(putin.facets().countries())).containsOnly(entry("RU", 3L), entry("KP", 2L), entry("CN", 1L));
        SearchResult english = fixture.run(new SearchParameters("", null, null, null, List.of("en"), null, null, null, null,
                null, null, null));
        assertThat(SearchFixture.ids(english)).containsExactly("a9");
        assertThat(counts(english.facets().countries())).containsOnly(entry("RU", 1L), entry("KP", 1L));
    }

    @Test
    @DisplayName("facet value search: names starting with what the user typed, counted under the current query")
    void facetValueSearch(ElasticsearchClient client, IndexNames names) throws IOException {
        SearchFixture fixture = SearchFixture.over(client, names);
        ArticleSearch search = fixture.search();
        SearchRequest all = search.validate(SearchParameters.query(""));
        assertThat(search.facetValues(Facet.PERSON, "vla", all)).containsExactly(new FacetCount("Vladimir Putin", null, 3));
        assertThat(search.facetValues(Facet.PERSON, "JIN", all)).as("any word of the name")
                .containsExactly(new FacetCount("Xi Jinping", null, 2));
        assertThat(search.facetValues(Facet.COUNTRY, "kor", all)).containsExactly(new FacetCount("KP", "Korea Utara", 4));
        assertThat(search.facetValues(Facet.COUNTRY, "Rus", all)).containsExactly(new FacetCount("RU", "Rusia", 3));
        SearchRequest us = search.validate(SearchFixture.filters("", List.of("US"), null, null, null, null));
        assertThat(search.facetValues(Facet.PERSON, "", us)).containsExactly(new FacetCount("Joe Biden", null, 2),
                new FacetCount("Xi Jinping", null, 1));
        assertThat(search.facetValues(Facet.SOURCE, "(.*", all)).as("regex syntax is literal").isEmpty();
        assertThat(search.facetValues(Facet.PERSON, "shin tae-", all)).containsExactly(new FacetCount("Shin Tae-yong", null, 1));
        SearchRequest two = search.validate(new SearchParameters("", null, null, null, null, null, null, null, null, "2", null, null));
        assertThat(search.facetValues(Facet.PERSON, "", two)).as("size caps the values").hasSize(2);
        assertThat(search.facetValues(Facet.PERSON, "", all)).hasSizeGreaterThan(2);
    }

    @Test
    @DisplayName("a person or source filter that matches no article says so, with the names the user may have meant")
    void unmatchedFilters(ElasticsearchClient client, IndexNames names) throws IOException {
        SearchFixture fixture = SearchFixture.over(client, names);
        SearchResult putin = fixture.run(SearchFixture.filters("", null, List.of("Putin"), null, null, null));
        assertThat(putin.total()).isZero();
        assertThat(putin.unmatchedFilters()).as("the archive names him Vladimir Putin")
                .containsExactly(new UnmatchedFilter("person", "Putin", List.of(new FacetCount("Vladimir Putin", null, 3))));

        SearchResult either = fixture.run(SearchFixture.filters("", null, List.of("Putin", "Xi Jinping"), null, null, null));
        assertThat(SearchFixture.ids(either)).as("the other value still finds its articles").containsExactlyInAnyOrder("a5", "a6");
        assertThat(either.unmatchedFilters()).extracting(UnmatchedFilter::value).as("and the dead one is named").containsExactly("Putin");

        assertThat(fixture.run(SearchFixture.filters("", List.of("US"), List.of("Putin"), null, null, null)).unmatchedFilters())
                .as("suggestions count under the search's other filters: no article on the US names him")
                .containsExactly(new UnmatchedFilter("person", "Putin", List.of()));
        assertThat(fixture.run(SearchFixture.filters("", List.of("US"), null, List.of("komp"), null, null)).unmatchedFilters())
                .containsExactly(new UnmatchedFilter("source", "komp", List.of(new FacetCount("kompas", null, 1))));

        assertThat(fixture.run(SearchFixture.filters("", null, List.of("Putin"), List.of("komp"), null, null)).unmatchedFilters())
                .as("two filters that match nothing do not take each other's suggestions away")
                .containsExactly(new UnmatchedFilter("person", "Putin", List.of(new FacetCount("Vladimir Putin", null, 3))),
                        new UnmatchedFilter("source", "komp", List.of(new FacetCount("kompas", null, 5))));
        assertThat(fixture.run(SearchFixture.filters("", null, List.of("Xi"), List.of("bola"), null, null)).unmatchedFilters())
                .as("a source that has articles is not named for a person filter that has none, nor the other way round; "
                        + "no bola article names Xi Jinping, so there is nothing to suggest under it")
                .containsExactly(new UnmatchedFilter("person", "Xi", List.of()));

        assertThat(fixture.run(SearchFixture.filters("", null, List.of("Putin", "Vladimir Putin", "putin"), null, null, null))
                .unmatchedFilters()).as("named once, and without suggesting what the search already asks for")
                .containsExactly(new UnmatchedFilter("person", "Putin", List.of()));
        assertThat(fixture.run(SearchFixture.filters("", null, List.of("Jong-un Putin", "jong un putin"), null, null, null))
                .unmatchedFilters()).as("a hyphen or a space: one value").extracting(UnmatchedFilter::value).containsExactly("Jong-un Putin");
        assertThat(fixture.run(SearchFixture.filters("", null, List.of("Jong-un"), null, null, null)).unmatchedFilters())
                .as("a hyphen finds the name written with a space").containsExactly(
                        new UnmatchedFilter("person", "Jong-un", List.of(new FacetCount("Kim Jong Un", null, 2))));

        assertThat(fixture.run(SearchFixture.filters("", null, List.of("\"Pütin\""), null, null, null)).unmatchedFilters())
                .as("quotes around a name, an accent on it").containsExactly(
                        new UnmatchedFilter("person", "\"Pütin\"", List.of(new FacetCount("Vladimir Putin", null, 3))));
        assertThat(fixture.run(SearchFixture.filters("", null, List.of("Vladimir V. Putin"), null, null, null)).unmatchedFilters())
                .as("another form of a name: its first and last word").containsExactly(
                        new UnmatchedFilter("person", "Vladimir V. Putin", List.of(new FacetCount("Vladimir Putin", null, 3))));

        assertThat(fixture.run(SearchFixture.filters("", null, List.of("Putin"), List.of("kompas"), null, null)).unmatchedFilters())
                .as("a suggestion counts under the other filters that match: Putin's articles from kompas")
                .containsExactly(new UnmatchedFilter("person", "Putin", List.of(new FacetCount("Vladimir Putin", null, 1))));
        assertThat(SearchFixture.ids(fixture.run(SearchFixture.filters("", null, List.of("Vladimir  Putin"), null, null, null))))
                .as("spaces inside a name as one").containsExactlyInAnyOrder("a1", "a6", "a9");

        SearchResult matching = fixture.run(SearchFixture.filters("", List.of("RU"), List.of("vladimir putin"), List.of("KOMPAS"),
                null, null));
        assertThat(matching.total()).isEqualTo(1);
        assertThat(matching.unmatchedFilters()).as("values matching in another case").isEmpty();
        assertThat(fixture.run(SearchFixture.filters("", null, List.of("Kim Jong-un"), null, null, null)).unmatchedFilters())
                .as("a name the filter matches with its hyphens as spaces").isEmpty();

        SearchResult page = fixture.run(SearchFixture.filters("", null, List.of("Putin", "Xi Jinping"), null, null, null).withSize("1"));
        SearchResult next = fixture.run(SearchFixture.filters("", null, List.of("Putin", "Xi Jinping"), null, null, null).withSize("1")
                .withCursor(page.nextCursor()));
        assertThat(next.unmatchedFilters()).as("later pages, like their facets, leave it out").isNull();
    }

    @Test
    @DisplayName("a filter value the facet's top counts do not show is counted before it is called unmatched")
    void unshownValueIsCounted(ElasticsearchClient client, IndexNames names) throws IOException {
        SearchFixture.over(client, names);
        CountryNames countries = new GazetteerCountryNames(id.warta.extract.CountryGazetteer.standard());
        UnmatchedFilters unmatched = new UnmatchedFilters(client, names, new ResultSetQuery(countries), countries);
        SearchRequest request = SearchFixture.filters("", null, List.of("Xi Jinping", "Putin"), null, null, null).validate(countries);
        Facets noneShown = new Facets(List.of(), List.of(), List.of(), null);
        assertThat(unmatched.find(request, noneShown)).as("Xi Jinping is counted and found, Putin is not").containsExactly(
                new UnmatchedFilter("person", "Putin", List.of(new FacetCount("Vladimir Putin", null, 3))));
    }

    @Test
    @DisplayName("when naming the unmatched filters fails, the search goes on without them")
    void unmatchedFiltersAreAnAid(IndexNames names) throws IOException {
        CountryNames countries = new GazetteerCountryNames(id.warta.extract.CountryGazetteer.standard());
        try (ElasticsearchClient unreachable = id.warta.index.ElasticsearchClients.create(
                id.warta.index.ClusterConnection.plain("http://127.0.0.1:" + id.warta.testing.Ports.unused()))) {
            UnmatchedFilters unmatched = new UnmatchedFilters(unreachable, names, new ResultSetQuery(countries), countries);
            SearchRequest request = SearchFixture.filters("", null, List.of("Putin"), null, null, null).validate(countries);
            assertThat(unmatched.find(request, new Facets(List.of(), List.of(), List.of(), null))).isEmpty();
            assertThat(unmatched.suggestions(request, Facet.PERSON, "Putin")).isEmpty();
        }
    }

    private static Map<String, Long> counts(List<FacetCount> counts) {
        return counts.stream().collect(Collectors.toMap(FacetCount::value, FacetCount::count, (a, b) -> a,
                java.util.LinkedHashMap::new));
    }
}
