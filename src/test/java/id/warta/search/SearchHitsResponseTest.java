package id.warta.search;

import co.elastic.clients.json.JsonpMapper;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.json.stream.JsonParser;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SearchHitsResponseTest {

    /** Elasticsearch's answer to a first page as the client asks for it (typed_keys=true), trimmed to two hits. */
    private static final String ANSWER = """
            {"pit_id":"p1==","took":5,"timed_out":false,"_shards":{"total":1,"successful":1,"skipped":0,"failed":0},
             "hits":{"total":{"value":3797,"relation":"eq"},"max_score":null,"hits":[
              {"_index":"articles-v1","_id":"a1","_score":18.89027,
               "_source":{"id":"a1","title":"Presiden Jokowi","published_at":"2019-09-20T04:44:00Z","countries":["ID"],
                          "persons":["Joko Widodo"],"unknown_field":1},
               "highlight":{"title":["<em>Presiden</em> Jokowi"],"body":["kata <em>Presiden</em>"]},
               "sort":[18.89027,15809]},
              {"_index":"articles-v1","_id":"a2","_source":{"id":"a2","title":"Tanpa sorotan"},
               "sort":[1568937600000,9223372036854775807,-9223372036854775808,null,"kompas"]}]},
             "aggregations":{
              "filter#country":{"doc_count":3797,"sterms#values":{"doc_count_error_upper_bound":0,"sum_other_doc_count":0,
                "buckets":[{"key":"ID","doc_count":3000},{"key":"KP","doc_count":12}]}},
              "filter#person":{"doc_count":3797,"sterms#values":{"buckets":[{"key":"Joko Widodo","doc_count":40}]}},
              "filter#source":{"doc_count":3797,"sterms#values":{"buckets":[]}},
              "filter#dates":{"doc_count":3797,"date_histogram#values":{"buckets":[
                {"key_as_string":"2019-09-01","key":1567270800000,"doc_count":3000},
                {"key_as_string":"2019-10-01","key":1569862800000,"doc_count":797}]}}}}
            """;

    private static SearchHitsResponse read(String json) {
        JsonpMapper mapper = new JacksonJsonpMapper();
        try (JsonParser parser = mapper.jsonProvider().createParser(new StringReader(json))) {
            return SearchHitsResponse.DESERIALIZER.deserialize(parser, mapper);
        }
    }

    @Test
    @DisplayName("hits, total, point in time and sort values are read as Elasticsearch sent them")
    void hits() {
        SearchHitsResponse response = read(ANSWER);
        assertThat(response.pitId()).isEqualTo("p1==");
        assertThat(response.total()).isEqualTo(3797);
        assertThat(response.hitList()).extracting(SearchHitsResponse.Hit::id).containsExactly("a1", "a2");
        SearchHitsResponse.Hit first = response.hitList().getFirst();
        assertThat(first.index()).isEqualTo("articles-v1");
        assertThat(first.source().title()).isEqualTo("Presiden Jokowi");
        assertThat(first.source().persons()).containsExactly("Joko Widodo");
        assertThat(first.highlightOrEmpty()).containsEntry("body", List.of("kata <em>Presiden</em>"));
        assertThat(response.hitList().get(1).highlightOrEmpty()).isEmpty();
        // a cursor keeps these and sends them back as search_after: the values must survive unchanged
        assertThat(SortValues.toFieldValues(first.sort())).extracting(v -> v._get()).containsExactly(18.89027, 15809L);
        assertThat(SortValues.toFieldValues(response.hitList().get(1).sort())).extracting(v -> v._get())
                .containsExactly(1568937600000L, Long.MAX_VALUE, Long.MIN_VALUE, null, "kompas");
    }

    @Test
    @DisplayName("facets come from the typed-key aggregations, dates as days in the search's zone")
    void facets() {
        SearchHitsResponse response = read(ANSWER);
        CountryNames names = new GazetteerCountryNames(id.warta.extract.CountryGazetteer.standard());
        DateRange range = new DateRange(LocalDate.of(2019, 9, 1), LocalDate.of(2019, 10, 31), ZoneId.of("Asia/Jakarta"));
        Facets facets = FacetAggregations.read(response.aggregations(), names, range, LocalDate.of(2024, 1, 1));
        assertThat(facets.countries()).containsExactly(new FacetCount("ID", "Indonesia", 3000),
                new FacetCount("KP", names.indonesianLabel("KP"), 12));
        assertThat(facets.persons()).containsExactly(new FacetCount("Joko Widodo", null, 40));
        assertThat(facets.sources()).isEmpty();
        assertThat(facets.dates().buckets()).containsExactly(new DateBucket(LocalDate.of(2019, 9, 1), 3000, false),
                new DateBucket(LocalDate.of(2019, 10, 1), 797, false));
    }

    @Test
    @DisplayName("an aggregation is found by its name under the type prefix of typed keys, and only by its whole name")
    void typedKeys() {
        JsonNode aggs = read(ANSWER).aggregations();
        assertThat(SearchHitsResponse.aggregation(aggs, "country").path("doc_count").asLong()).isEqualTo(3797);
        assertThat(SearchHitsResponse.aggregation(aggs, "ountry").isMissingNode()).as("a suffix is not the name").isTrue();
        assertThat(SearchHitsResponse.aggregation(aggs, "filter").isMissingNode()).as("nor is the type").isTrue();
        JsonNode untyped = read("{\"aggregations\":{\"country\":{\"doc_count\":5}}}").aggregations();
        assertThat(SearchHitsResponse.aggregation(untyped, "country").path("doc_count").asLong()).isEqualTo(5);
        assertThat(SearchHitsResponse.aggregation(null, "country").isMissingNode()).isTrue();
    }

    @Test
    @DisplayName("a facet aggregation missing from the answer is an error, not silently empty facets")
    void missingFacet() {
        JsonNode aggs = read("{\"aggregations\":{\"filter#country\":{\"doc_count\":0}}}").aggregations();
        CountryNames names = new GazetteerCountryNames(id.warta.extract.CountryGazetteer.standard());
        assertThatThrownBy(() -> FacetAggregations.counts(aggs, Facet.COUNTRY, names))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("country");
    }

    @Test
    @DisplayName("an answer without hits or aggregations reads as empty, not as an error")
    void empty() {
        SearchHitsResponse response = read("{\"hits\":{\"hits\":[]}}");
        assertThat(response.hitList()).isEmpty();
        assertThat(response.total()).isZero();
        assertThat(SearchHitsResponse.aggregation(response.aggregations(), "country").isMissingNode()).isTrue();
    }
}
