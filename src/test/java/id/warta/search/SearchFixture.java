package id.warta.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import id.warta.index.IndexNames;

import java.util.List;

/** An {@link ArticleSearch} over the fixture corpus, and shorthand for the tests' searches. */
record SearchFixture(ArticleSearch search) {

    static SearchFixture over(ElasticsearchClient client, IndexNames names) throws java.io.IOException {
        FixtureCorpus.load(client, names);
        return new SearchFixture(new ArticleSearch(client, names, new GazetteerCountryNames(id.warta.extract.CountryGazetteer.standard()), CursorCodec.withRandomKey()));
    }

    SearchResult run(SearchParameters parameters) {
        return search.search(search.validate(parameters));
    }

    SearchResult query(String q) {
        return run(SearchParameters.query(q).withSize("100"));
    }

    List<String> ids(String q) {
        return ids(query(q));
    }

    static List<String> ids(SearchResult result) {
        return result.hits().stream().map(ArticleHit::id).toList();
    }

    static SearchParameters filters(String q, List<String> countries, List<String> persons, List<String> sources,
                                    String from, String to) {
        return new SearchParameters(q, countries, persons, sources, null, from, to, null, null, "100", null, null);
    }
}
