package id.warta.api;

import id.warta.search.analysis.ArticleAnalysis;
import id.warta.search.analysis.Cooccurrence;
import id.warta.search.analysis.EntityTimeline;
import id.warta.search.analysis.SignificantTerms;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/**
 * GET /api/analysis/cooccurrence, /significant-terms and /timeline: the analysis views over a search's
 * result set. Each takes the search's text and filters (not its page size, order or cursor) and its own
 * parameters, all handed to the query module as typed.
 */
@RestController
// Only in `serve`: a batch command must not reach Elasticsearch just because a controller exists.
@ConditionalOnWebApplication
@RequestMapping(path = "/api/analysis", produces = "application/json")
@Tag(name = "analysis", description = "Who appears with whom, what is distinctive, how attention moves over time")
@ApiResponse(responseCode = "400", description = "A parameter to fix: problem+json naming it in `parameter`, and how in `detail`",
        content = @Content(mediaType = "application/problem+json"))
@ApiResponse(responseCode = "503", description = "Elasticsearch unreachable or overloaded (Retry-After)",
        content = @Content(mediaType = "application/problem+json"))
class AnalysisController {

    private static final String MIN_COUNT = "min_count";

    private final ArticleAnalysis analysis;

    AnalysisController(ArticleAnalysis analysis) {
        this.analysis = analysis;
    }

    @GetMapping("/cooccurrence")
    @Operation(summary = "Persons or countries mentioned with the search",
            description = "The persons (or countries) most often mentioned in the matching articles: count (matching "
                    + "articles), archive_count (articles of the whole archive) and lift = P(value | matches) / "
                    + "P(value | archive). Values the search asks for itself (its person or country filter, names in q) "
                    + "are left out and listed under excluded; values in fewer than min_count matching articles are not listed.")
    @ApiResponse(responseCode = "200", description = "The co-occurring values", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = Cooccurrence.class),
            examples = @ExampleObject(name = "with Mark Rutte", value = AnalysisExamples.COOCCURRENCE)))
    Cooccurrence cooccurrence(@ParameterObject SearchCriteria criteria,
                              @Parameter(description = "persons (default) or countries", example = "persons")
                              @RequestParam(required = false) String facet,
                              @Parameter(description = "Values to list, 1 to 100 (default 20).", example = "20")
                              @RequestParam(required = false) String size,
                              @Parameter(name = MIN_COUNT, description = "Fewest matching articles a value must appear in "
                                      + "(default 3), so that rare values do not top the lift.", example = "3")
                              @RequestParam(name = MIN_COUNT, required = false) String minCount,
                              @Parameter(description = "count (default) or lift.", example = "lift")
                              @RequestParam(required = false) String sort) {
        return analysis.cooccurrence(criteria.parameters(), facet, size, minCount, sort);
    }

    @GetMapping("/significant-terms")
    @Operation(summary = "Words that set the matching articles apart from the archive",
            description = "Elasticsearch's significant_text on the stemmed body of the best-matching 500 articles, with "
                    + "duplicate passages counted once and words with digits left out, and so are the words the search asks "
                    + "for itself (query words, names of its persons and countries; listed under excluded). term is the "
                    + "word as most often "
                    + "written in the matches, forms every written form, stem what the index holds; count is the "
                    + "articles of that sample that hold the word (at most sampled, of articles matching), archive_count "
                    + "those of the whole archive; score is the JLH significance. For a search of filters alone every "
                    + "match scores the same, so the sample is 500 of them as the index holds them.")
    @ApiResponse(responseCode = "200", description = "The distinctive words, most significant first",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = SignificantTerms.class),
                    examples = @ExampleObject(name = "North Korea", value = AnalysisExamples.SIGNIFICANT_TERMS)))
    SignificantTerms significantTerms(@ParameterObject SearchCriteria criteria,
                                      @Parameter(description = "Words to list, 1 to 100 (default 20).", example = "20")
                                      @RequestParam(required = false) String size,
                                      @Parameter(name = MIN_COUNT, description = "Fewest articles of the sample a word "
                                              + "must appear in (default 3).", example = "3")
                                      @RequestParam(name = MIN_COUNT, required = false) String minCount) {
        return analysis.significantTerms(criteria.parameters(), size, minCount);
    }

    @GetMapping("/timeline")
    @Operation(summary = "Matching articles over time for each entity",
            description = "For each entity, the matching articles that mention it per interval, in calendar days of the "
                    + "zone (Asia/Jakarta by default). Every entity gets the same buckets, empty ones with 0: from `from` to "
                    + "`to`, or where the range is open from the first to the last mention. A bucket that `from` or `to` "
                    + "falls inside, or that is not over yet (today's or a later one), is `partial`: it counts fewer days "
                    + "than its neighbours. A person no matching article names as written (person:Putin where the archive "
                    + "says Vladimir Putin) comes with did_you_mean: the persons whose name holds it as a word, or else a "
                    + "word starting with it, counted under the search. At most 10 entities and 2,000 buckets each.")
    @ApiResponse(responseCode = "200", description = "One series per entity", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = EntityTimeline.class),
            examples = @ExampleObject(name = "Mark Rutte and North Korea by week", value = AnalysisExamples.TIMELINE)))
    EntityTimeline timeline(@ParameterObject SearchCriteria criteria,
                            @Parameter(description = "person:NAME or country:CODE (a country's name works too); repeat "
                                    + "for several.", example = "person:Mark Rutte")
                            @RequestParam(required = false) List<String> entity,
                            @Parameter(description = "day, week, month, year, or auto (default): chosen from the days covered, "
                                    + "from/to or else the first to the last mention, as the search's histogram chooses from a range.",
                                    example = "week")
                            @RequestParam(required = false) String interval) {
        return analysis.timeline(criteria.parameters(), entity, interval);
    }
}
