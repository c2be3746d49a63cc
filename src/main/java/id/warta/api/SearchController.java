package id.warta.api;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import id.warta.search.ArticleSearch;
import id.warta.search.Facet;
import id.warta.search.FacetCount;
import id.warta.search.SearchResult;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** GET /api/search and GET /api/facets/{facet}: hits with facets, and facet value search. */
@RestController
// Only in `serve`: a batch command must not reach Elasticsearch just because a controller exists.
@ConditionalOnWebApplication
@RequestMapping(path = "/api", produces = "application/json")
@Tag(name = "search", description = "Full-text search with filters, facets and cursor paging")
@ApiResponse(responseCode = "400", description = "A parameter to fix: problem+json naming it in `parameter`, and how in `detail`",
        content = @Content(mediaType = "application/problem+json"))
@ApiResponse(responseCode = "503", description = "Elasticsearch unreachable or overloaded (Retry-After)",
        content = @Content(mediaType = "application/problem+json"))
class SearchController {

    private final ArticleSearch search;

    SearchController(ArticleSearch search) {
        this.search = search;
    }

    @GetMapping("/search")
    @Operation(summary = "Search articles",
            description = "Hits (with highlights) and, on the first page, multi-select facets: each facet counts "
                    + "under every filter except its own. Continue with next_cursor; it lasts a few minutes between pages. "
                    + "match is all when the hits hold every word of q; when no article does, the search matches any "
                    + "of them instead, best first, and match is any. unmatched_filters names each person or source "
                    + "filter value that no article under the query and the other filters has (person=Putin where the "
                    + "archive says Vladimir Putin; person and source filters whose values are themselves in question are "
                    + "left out of that scope), "
                    + "with did_you_mean: the values that hold it as a word, or else have a word starting with it, or "
                    + "else its first and last word, counted under the query and every other filter that matches.")
    @ApiResponse(responseCode = "200", description = "total, hits, facets (first page only), next_cursor (null on the last "
            + "page), match (all, or any when the search fell back to any word) and unmatched_filters (first page only)",
            useReturnTypeSchema = true)
    SearchResult search(@ParameterObject SearchQuery query) {
        return search.search(search.validate(query.parameters()));
    }

    @GetMapping("/facets/{facet}")
    @Operation(summary = "Facet value search",
            description = "Countries, persons or sources whose name (or a word of it) starts with the prefix, counted "
                    + "under the current query and the other facets' filters; at most size of them (20 by default).")
    @ApiResponse(responseCode = "200", description = "The facet, the prefix and the matching values with their counts",
            useReturnTypeSchema = true)
    FacetValues facetValues(@Parameter(description = "countries, persons or sources", example = "persons") @PathVariable String facet,
                            @Parameter(description = "What the user typed so far", example = "vla")
                            @RequestParam(required = false) String prefix,
                            @Parameter(description = "Values to list, 1 to 100 (default 20).", example = "20")
                            @RequestParam(required = false) String size,
                            @ParameterObject SearchCriteria criteria) {
        Facet parsed = Facet.parse(facet);
        List<FacetCount> values = search.facetValues(parsed, prefix, search.validate(criteria.parameters().withSize(size)));
        return new FacetValues(parsed.name().toLowerCase(java.util.Locale.ROOT), prefix == null ? "" : prefix, values);
    }

    /** The answer of facet value search. */
    record FacetValues(String facet, String prefix, List<FacetCount> values) {
    }
}
