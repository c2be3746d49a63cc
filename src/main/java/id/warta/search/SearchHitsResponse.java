package id.warta.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ErrorResponse;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.json.JsonpDeserializer;
import co.elastic.clients.transport.JsonEndpoint;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;

import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * Elasticsearch's answer to a search, as far as Warta reads it: the point in time, the total, each hit's
 * index, stored fields, highlights and sort values, and the aggregations as JSON. The request is the
 * client's typed {@link SearchRequest}; the answer is read with Jackson straight into these records
 * instead of the client's typed SearchResponse, whose generic parsing cost the search API about a fifth
 * of its CPU (benchmarks/README.md, search).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record SearchHitsResponse(@JsonProperty("pit_id") String pitId, Hits hits, JsonNode aggregations) {

    static final JsonpDeserializer<SearchHitsResponse> DESERIALIZER = JsonpDeserializer.of(SearchHitsResponse.class);
    private static final JsonEndpoint<SearchRequest, SearchHitsResponse, ErrorResponse> ENDPOINT =
            SearchRequest._ENDPOINT.withResponseDeserializer(DESERIALIZER);

    /** Sends the search; Elasticsearch's errors come back as the client's ElasticsearchException. */
    static SearchHitsResponse send(ElasticsearchClient client, SearchRequest request) throws IOException {
        return client._transport().performRequest(request, ENDPOINT, client._transportOptions());
    }

    /** The hits of this page (empty when Elasticsearch sent none). */
    List<Hit> hitList() {
        return hits == null || hits.hits() == null ? List.of() : hits.hits();
    }

    /** Every match, or the hits of this page when the total was not tracked. */
    long total() {
        return hits == null || hits.total() == null ? hitList().size() : hits.total().value();
    }

    /**
     * The aggregation of this name under {@code parent}. The client asks for typed keys, so Elasticsearch
     * names it "type#name" ("filter#country", "sterms#values").
     */
    static JsonNode aggregation(JsonNode parent, String name) {
        if (parent != null) {
            for (Map.Entry<String, JsonNode> entry : parent.properties()) {
                String key = entry.getKey();
                int hash = key.indexOf('#');
                if (key.length() - hash - 1 == name.length() && key.endsWith(name)) {
                    return entry.getValue();
                }
            }
        }
        return MissingNode.getInstance();
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Hits(Total total, List<Hit> hits) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Total(long value) {
    }

    /** One hit; {@code sort} holds JSON numbers, strings, booleans or nulls, as a cursor keeps them. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Hit(@JsonProperty("_index") String index, @JsonProperty("_id") String id,
               @JsonProperty("_source") StoredArticle source, Map<String, List<String>> highlight, List<Object> sort) {

        Map<String, List<String>> highlightOrEmpty() {
            return highlight == null ? Map.of() : highlight;
        }
    }
}
