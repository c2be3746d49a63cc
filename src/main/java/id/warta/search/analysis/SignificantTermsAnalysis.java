package id.warta.search.analysis;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.SignificantStringTermsAggregate;
import co.elastic.clients.elasticsearch._types.aggregations.SignificantStringTermsBucket;
import co.elastic.clients.elasticsearch._types.aggregations.TermsExclude;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import id.warta.index.IndexNames;
import id.warta.search.CountryNames;
import id.warta.search.ElasticsearchCalls;
import id.warta.search.ResultSetQuery;
import id.warta.search.SearchRequest;

import java.util.List;
import java.util.Map;

/**
 * What is distinctive: significant_text on the stemmed body (Warta's {@code indonesian_news} analyzer,
 * so inflected forms count together and stop words are left out) over a sample of the best-matching
 * articles, with duplicate passages (syndicated copies, boilerplate) filtered, against the whole
 * archive. Words with a digit are left out. The stems are then shown as the words people wrote:
 * {@link SurfaceForms}.
 */
final class SignificantTermsAnalysis {

    /** Matching articles the words are counted in: significant_text re-analyses each one's text. */
    static final int SAMPLE = 500;
    private static final String SAMPLE_AGG = "sample";
    private static final String TERMS = "terms";
    private static final TermsExclude WITH_DIGITS = TermsExclude.of(e -> e.regexp(".*[0-9].*"));

    private final ElasticsearchClient client;
    private final IndexNames names;
    private final ResultSetQuery resultSet;
    private final SurfaceForms surfaceForms;

    SignificantTermsAnalysis(ElasticsearchClient client, IndexNames names, CountryNames countries) {
        this.client = client;
        this.names = names;
        this.resultSet = new ResultSetQuery(countries);
        this.surfaceForms = new SurfaceForms(client, names);
    }

    SignificantTerms run(SearchRequest request, int size, int minCount) {
        Query query = resultSet.of(request);
        SearchResponse<Void> response = ElasticsearchCalls.run("significant terms", () -> client.search(s -> s
                .index(names.readAlias()).size(0).trackTotalHits(t -> t.enabled(true)).query(query)
                .aggregations(SAMPLE_AGG, a -> a.sampler(sm -> sm.shardSize(SAMPLE))
                        .aggregations(TERMS, t -> t.significantText(st -> st.field("body").filterDuplicateText(true)
                                .size(size).minDocCount((long) minCount).exclude(WITH_DIGITS)))), Void.class));
        long articles = response.hits().total().value();
        Aggregate sample = response.aggregations().get(SAMPLE_AGG);
        SignificantStringTermsAggregate significant = sample.sampler().aggregations().get(TERMS).sigsterms();
        List<SignificantStringTermsBucket> buckets = significant.buckets().array();
        Map<String, List<String>> forms = surfaceForms.of(query, buckets.stream().map(SignificantStringTermsBucket::key).toList());
        List<SignificantTerm> terms = buckets.stream().map(b -> {
            List<String> seen = forms.getOrDefault(b.key(), List.of(b.key()));
            return new SignificantTerm(seen.getFirst(), b.key(), seen, b.docCount(), b.bgCount(),
                    Math.round(b.score() * 1000) / 1000.0);
        }).toList();
        long archive = significant.bgCount() == null ? 0 : significant.bgCount();
        return new SignificantTerms(articles, sample.sampler().docCount(), archive, minCount, terms);
    }
}
