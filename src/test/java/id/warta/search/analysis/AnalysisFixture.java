package id.warta.search.analysis;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import id.warta.extract.CountryGazetteer;
import id.warta.index.IndexNames;
import id.warta.search.GazetteerCountryNames;
import id.warta.search.SearchParameters;

import java.io.IOException;
import java.util.List;

/** {@link ArticleAnalysis} over {@link AnalysisCorpus}, and shorthand for the searches the tests analyse. */
final class AnalysisFixture {

    private AnalysisFixture() {
    }

    static ArticleAnalysis over(ElasticsearchClient client, IndexNames names) throws IOException {
        AnalysisCorpus.load(client, names);
        return new ArticleAnalysis(client, names, new GazetteerCountryNames(CountryGazetteer.standard()));
    }

    static SearchParameters everything() {
        return SearchParameters.query("");
    }

    static SearchParameters text(String q) {
        return SearchParameters.query(q);
    }

    static SearchParameters country(String code) {
        return new SearchParameters(null, List.of(code), null, null, null, null, null, null, null, null, null, null);
    }

    static SearchParameters person(String name) {
        return new SearchParameters(null, null, List.of(name), null, null, null, null, null, null, null, null, null);
    }

    static SearchParameters days(String from, String to, String zone) {
        return new SearchParameters(null, null, null, null, null, from, to, zone, null, null, null, null);
    }
}
