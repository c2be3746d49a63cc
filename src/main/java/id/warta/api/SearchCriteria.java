package id.warta.api;

import id.warta.search.SearchParameters;
import io.swagger.v3.oas.annotations.Parameter;
import lombok.Getter;
import lombok.Setter;

import java.util.List;

/**
 * The query parameters that choose a result set, read from the URL by {@link SearchParameterBinding}:
 * the text and the filters. The analysis views take exactly these; {@link SearchQuery} adds paging and
 * order. Everything arrives as text and is checked by the query module, so that each mistake gets a
 * message that names the parameter. The annotations describe the parameters in the OpenAPI document.
 */
@Getter
@Setter
public class SearchCriteria {

    @Parameter(description = "Words (all must match; when no article has all of them, any), \"exact phrases\", OR, "
            + "-excluded, title:word; AND and NOT as in other search tools (Korut AND Rusia: both; Korut NOT Rusia: "
            + "Korut -Rusia). Articles that mention both Russia and North Korea: q=Rusia Korut, or country=KP with q=Rusia.",
            example = "Korut \"uji coba\" -hoaks")
    private String q;

    @Parameter(description = "ISO 3166 alpha-2 country codes; several match any of them (for articles "
            + "with both, name the other in q: country=KP&q=Rusia).", example = "RU")
    private List<String> country;

    @Parameter(description = "Person names (case-insensitive); several match any of them.", example = "Vladimir Putin")
    private List<String> person;

    @Parameter(description = "Source names (case-insensitive); several match any of them.", example = "kompas.com")
    private List<String> source;

    @Parameter(description = "Language codes (id, en, ...).", example = "id")
    private List<String> language;

    @Parameter(description = "First day, inclusive (YYYY-MM-DD, in the zone).", example = "2024-11-01")
    private String from;

    @Parameter(description = "Last day, inclusive (YYYY-MM-DD, in the zone).", example = "2024-11-30")
    private String to;

    @Parameter(description = "Time zone of the days (default Asia/Jakarta).", example = "Asia/Jakarta")
    private String zone;

    SearchParameters parameters() {
        return new SearchParameters(q, country, person, source, language, from, to, zone, null, null, null, null);
    }
}
