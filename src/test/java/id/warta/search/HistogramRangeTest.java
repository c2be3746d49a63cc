package id.warta.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.JsonpUtils;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.warta.index.ClusterConnection;
import id.warta.index.ElasticsearchClients;
import id.warta.index.IndexNames;
import id.warta.testing.Ports;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/** The date histogram's interval and bounds, as sent to Elasticsearch (nothing is sent here). */
class HistogramRangeTest {

    /** 2024-12-10 20:00 UTC: already 11 December in Jakarta. */
    private static final Clock NOW = Clock.fixed(Instant.parse("2024-12-10T20:00:00Z"), ZoneOffset.UTC);
    private static final ObjectMapper JSON = new ObjectMapper();

    private ElasticsearchClient client;
    private ArticleSearch search;

    @BeforeEach
    void search() {
        client = ElasticsearchClients.create(ClusterConnection.plain("http://127.0.0.1:" + Ports.unused()));
        search = new ArticleSearch(client, IndexNames.ARTICLES, new GazetteerCountryNames(id.warta.extract.CountryGazetteer.standard()),
                CursorCodec.withRandomKey(), NOW);
    }

    @AfterEach
    void close() throws IOException {
        client.close();
    }

    private JsonNode histogram(String from, String to, String zone) throws IOException {
        SearchRequest request = search.validate(new SearchParameters("beras", null, null, null, null, from, to, zone, null,
                null, null, null));
        String body = JsonpUtils.toJsonString(search.pageRequest(request, "pit", null), client._jsonpMapper());
        return JSON.readTree(body).at("/aggregations/dates/aggregations/values/date_histogram");
    }

    private static long dayStart(String day, String zone) {
        return LocalDate.parse(day).atStartOfDay(ZoneId.of(zone)).toInstant().toEpochMilli();
    }

    @Test
    @DisplayName("from without to: the interval follows from..today in the zone, and the empty days up to today are shown")
    void fromWithoutTo() throws IOException {
        JsonNode days = histogram("2024-11-20", null, null);
        assertThat(days.path("calendar_interval").asText()).isEqualTo("day");
        assertThat(days.at("/extended_bounds/min").asLong()).isEqualTo(dayStart("2024-11-20", "Asia/Jakarta"));
        assertThat(days.at("/extended_bounds/max").asLong()).isEqualTo(dayStart("2024-12-11", "Asia/Jakarta"));

        JsonNode inUtc = histogram("2024-11-20", null, "UTC");
        assertThat(inUtc.at("/extended_bounds/max").asLong()).as("today in the request's zone")
                .isEqualTo(dayStart("2024-12-10", "UTC"));

        assertThat(histogram("2024-01-01", null, null).path("calendar_interval").asText()).isEqualTo("week");
        assertThat(histogram("2020-01-01", null, null).path("calendar_interval").asText()).isEqualTo("month");
        assertThat(histogram("2001-01-01", null, null).path("calendar_interval").asText()).isEqualTo("year");
    }

    @Test
    @DisplayName("a from after today is a one-day range; closed and open ranges are as before")
    void otherRanges() throws IOException {
        JsonNode future = histogram("2025-01-05", null, null);
        assertThat(future.path("calendar_interval").asText()).isEqualTo("day");
        assertThat(future.at("/extended_bounds/max").asLong()).isEqualTo(dayStart("2025-01-05", "Asia/Jakarta"));

        JsonNode closed = histogram("2024-11-01", "2024-11-30", null);
        assertThat(closed.path("calendar_interval").asText()).isEqualTo("day");
        assertThat(closed.at("/extended_bounds/max").asLong()).isEqualTo(dayStart("2024-11-30", "Asia/Jakarta"));

        JsonNode untilTo = histogram(null, "2024-11-30", null);
        assertThat(untilTo.path("calendar_interval").asText()).isEqualTo("month");
        assertThat(untilTo.at("/extended_bounds/min").isMissingNode()).isTrue();

        JsonNode open = histogram(null, null, null);
        assertThat(open.path("calendar_interval").asText()).isEqualTo("month");
        assertThat(open.path("extended_bounds").isMissingNode()).isTrue();
    }
}
