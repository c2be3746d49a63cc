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

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What is distinctive: significant_text on the stemmed body (Warta's {@code indonesian_news} analyzer,
 * so inflected forms count together and stop words are left out) over a sample of the best-matching
 * articles, with duplicate passages (syndicated copies, boilerplate) filtered, against the whole
 * archive. Words with a digit are left out, and so are the words the search asks for itself (its query
 * words, the names of the persons and countries it filters on: {@link QueriedValues}), compared as
 * stems. The stems are then shown as the words people wrote: {@link SurfaceForms}.
 */
final class SignificantTermsAnalysis {

    /** Matching articles the words are counted in: significant_text re-analyses each one's text. */
    static final int SAMPLE = 500;
    /** Words asked for beyond {@code size}, to make up for those left out as the search's own. */
    private static final int MAX_EXTRA = 50;
    private static final String SAMPLE_AGG = "sample";
    private static final String TERMS = "terms";
    /**
     * The archive as a search sees it. Without a background filter Elasticsearch counts the archive from its index
     * statistics, which still hold the old versions that updates (name merges, re-extraction) leave deleted.
     */
    private static final Query LIVE_ARTICLES = Query.of(q -> q.exists(e -> e.field("content_hash")));
    private static final TermsExclude WITH_DIGITS = TermsExclude.of(e -> e.regexp(".*[0-9].*"));

    private final ElasticsearchClient client;
    private final IndexNames names;
    private final CountryNames countries;
    private final ResultSetQuery resultSet;
    private final BodyAnalyzer analyzer;
    private final SurfaceForms surfaceForms;

    SignificantTermsAnalysis(ElasticsearchClient client, IndexNames names, CountryNames countries) {
        this.client = client;
        this.names = names;
        this.countries = countries;
        this.resultSet = new ResultSetQuery(countries);
        this.analyzer = new BodyAnalyzer(client, names);
        this.surfaceForms = new SurfaceForms(client, names, analyzer);
    }

    SignificantTerms run(SearchRequest request, int size, int minCount) {
        Set<String> asked = analyzer.tokens(String.join("\n", QueriedValues.phrases(request, countries))).stream()
                .map(BodyAnalyzer.Token::stem).collect(Collectors.toSet());
        int wanted = size + Math.min(asked.size(), MAX_EXTRA);
        Query query = resultSet.of(request);
        SearchResponse<Void> response = ElasticsearchCalls.run("significant terms", () -> client.search(s -> s
                .index(names.readAlias()).size(0).trackTotalHits(t -> t.enabled(true)).query(query)
                .aggregations(SAMPLE_AGG, a -> a.sampler(sm -> sm.shardSize(SAMPLE))
                        .aggregations(TERMS, t -> t.significantText(st -> st.field("body").filterDuplicateText(true)
                                .backgroundFilter(LIVE_ARTICLES)
                                .size(wanted).minDocCount((long) minCount).exclude(WITH_DIGITS)))), Void.class));
        Aggregate sample = response.aggregations().get(SAMPLE_AGG);
        SignificantStringTermsAggregate significant = sample.sampler().aggregations().get(TERMS).sigsterms();
        List<SignificantStringTermsBucket> buckets = significant.buckets().array();
        Map<String, List<String>> forms = surfaceForms.of(query, buckets.stream().map(SignificantStringTermsBucket::key).toList());
        List<SignificantTerm> terms = new ArrayList<>();
        List<String> excluded = new ArrayList<>();
        for (SignificantStringTermsBucket b : buckets) {
            List<String> seen = forms.getOrDefault(b.key(), List.of(b.key()));
            if (asked.contains(b.key())) {
                excluded.add(seen.getFirst());
            } else if (terms.size() < size) {
                terms.add(new SignificantTerm(seen.getFirst(), b.key(), seen, b.docCount(), b.bgCount(),
                        Math.round(b.score() * 1000) / 1000.0));
            }
        }
        long archive = significant.bgCount() == null ? 0 : significant.bgCount();
        return new SignificantTerms(response.hits().total().value(), request.match(), sample.sampler().docCount(), archive, minCount,
                excluded, terms, List.of());
    }
}
