package id.warta.api;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import id.warta.search.ArticleHit;
import id.warta.search.ArticleSearch;
import id.warta.search.ArticleView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** GET /api/articles/{id} and GET /api/articles/{id}/similar. */
@RestController
// Only in `serve`: a batch command must not reach Elasticsearch just because a controller exists.
@ConditionalOnWebApplication
@RequestMapping(path = "/api/articles", produces = "application/json")
@Tag(name = "articles", description = "Single articles and articles like them")
@ApiResponse(responseCode = "404", description = "No article has this id", content = @Content(mediaType = "application/problem+json"))
@ApiResponse(responseCode = "503", description = "Elasticsearch unreachable or overloaded (Retry-After)",
        content = @Content(mediaType = "application/problem+json"))
class ArticleController {

    private static final String ID = "An article's id, as search hits give it";
    /** The sample archive's "Utusan Presiden China Senang Bisa Bertemu Presiden Jokowi" (ids are hashes of the URL). */
    private static final String EXAMPLE_ID = "h3qyMN86GbOP_iGP1LJ5ww";

    private final ArticleSearch search;

    ArticleController(ArticleSearch search) {
        this.search = search;
    }

    @GetMapping("/{id}")
    @Operation(summary = "One article in full")
    @ApiResponse(responseCode = "200", description = "The article", useReturnTypeSchema = true)
    ArticleView article(@Parameter(description = ID, example = EXAMPLE_ID) @PathVariable String id) {
        return search.article(id);
    }

    @GetMapping("/{id}/similar")
    @Operation(summary = "Articles like this one (more-like-this on title and body): the 10 most alike")
    @ApiResponse(responseCode = "200", description = "The article's id and the articles most like it, most alike first",
            useReturnTypeSchema = true)
    SimilarArticles similar(@Parameter(description = ID, example = EXAMPLE_ID) @PathVariable String id) {
        return new SimilarArticles(id, search.similar(id));
    }

    /** The answer of GET /api/articles/{id}/similar. */
    record SimilarArticles(String id, List<ArticleHit> hits) {
    }
}
