package id.warta.api;

import id.warta.search.SearchParameters;
import io.swagger.v3.oas.annotations.Parameter;
import lombok.Getter;
import lombok.Setter;

import java.util.List;

/**
 * The query parameters every search-shaped endpoint takes (search, facet values, export), bound by
 * Spring MVC from the URL. Everything arrives as text and is checked by the query module, so that
 * each mistake gets a message that names the parameter. A JavaBean rather than a record: Spring binds
 * setters with cached introspection, while record constructor binding re-reads annotations per request.
 */
@Getter
@Setter
public class SearchQuery {

    @Parameter(description = "Words (all must match), \"exact phrases\", OR, -excluded, title:word.",
            example = "Korut \"uji coba\" -hoaks")
    private String q;

    @Parameter(description = "ISO 3166 alpha-2 country codes; several match any of them.", example = "RU")
    private List<String> country;

    @Parameter(description = "Person names (case-insensitive); several match any of them.", example = "Vladimir Putin")
    private List<String> person;

    @Parameter(description = "Source names; several match any of them.", example = "kompas")
    private List<String> source;

    @Parameter(description = "Language codes (id, en, ...).", example = "id")
    private List<String> language;

    @Parameter(description = "First day, inclusive (YYYY-MM-DD, in the zone).", example = "2024-11-01")
    private String from;

    @Parameter(description = "Last day, inclusive (YYYY-MM-DD, in the zone).", example = "2024-11-30")
    private String to;

    @Parameter(description = "Time zone of the days (default Asia/Jakarta).", example = "Asia/Jakarta")
    private String zone;

    @Parameter(description = "relevance (default) or date (newest first).", example = "relevance")
    private String sort;

    @Parameter(description = "Hits per page, 1 to 100 (default 20).", example = "20")
    private String size;

    @Parameter(description = "The next_cursor of the previous page, with the same other parameters.")
    private String cursor;

    @Parameter(description = "true: prefer recent articles among good matches.", example = "false")
    private String recency;

    SearchParameters parameters() {
        return new SearchParameters(q, country, person, source, language, from, to, zone, sort, size, cursor, recency);
    }
}
