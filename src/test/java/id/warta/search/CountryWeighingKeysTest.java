package id.warta.search;

import co.elastic.clients.json.JsonpUtils;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import id.warta.extract.CountryGazetteer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The keys under which the search's weighing of a country's names keeps its counts ({@link DocumentFrequencies}): the
 * same key must always stand for the same query, or one name would be weighed by another's count.
 */
class CountryWeighingKeysTest {

    @Test
    @DisplayName("every key stands for one query: title:AS and title:USA, a word and its phrase, title and body never share a count")
    void oneQueryPerKey() {
        Map<String, String> queryByKey = new HashMap<>();
        Map<String, String> clashes = new HashMap<>();
        JacksonJsonpMapper mapper = new JacksonJsonpMapper();
        DocumentFrequencies recorder = (keys, queries) -> {
            for (int i = 0; i < keys.size(); i++) {
                String json = JsonpUtils.toJsonString(queries.get(i), mapper);
                String before = queryByKey.putIfAbsent(keys.get(i), json);
                if (before != null && !before.equals(json)) {
                    clashes.put(keys.get(i), before + " / " + json);
                }
            }
            return Optional.of(new double[keys.size()]);
        };
        TextQuery query = new TextQuery(new GazetteerCountryNames(CountryGazetteer.standard()), recorder);
        for (String typed : List.of("AS", "USA", "title:AS", "title:USA", "Amerika", "\"Amerika\"", "title:Amerika",
                "Amerika Serikat", "Korut", "Korea Utara", "title:Korut", "RI", "Indonesia")) {
            query.build(QuerySyntax.parse(typed), WordMatch.ALL);
        }

        assertThat(queryByKey).as("the counts asked for").hasSizeGreaterThan(20);
        assertThat(clashes).isEmpty();
    }
}
