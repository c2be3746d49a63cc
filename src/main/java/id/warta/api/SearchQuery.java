package id.warta.api;

import id.warta.search.SearchParameters;
import io.swagger.v3.oas.annotations.Parameter;
import lombok.Getter;
import lombok.Setter;

/**
 * The query parameters every search-shaped endpoint takes (search, facet values, export): the
 * {@link SearchCriteria} plus order, page size, cursor and recency.
 */
@Getter
@Setter
public class SearchQuery extends SearchCriteria {

    @Parameter(description = "relevance (default) or date (newest first).", example = "relevance")
    private String sort;

    @Parameter(description = "Hits per page, 1 to 100 (default 20).", example = "20")
    private String size;

    @Parameter(description = "The next_cursor of the previous page, with the same other parameters.")
    private String cursor;

    @Parameter(description = "true: prefer recent articles among good matches.", example = "false")
    private String recency;

    @Override
    SearchParameters parameters() {
        SearchParameters criteria = super.parameters();
        return new SearchParameters(criteria.q(), criteria.country(), criteria.person(), criteria.source(),
                criteria.language(), criteria.from(), criteria.to(), criteria.zone(), sort, size, cursor, recency);
    }
}
