package id.warta.api;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import id.warta.search.ArticleSearch;
import id.warta.search.CsvExport;
import id.warta.search.InvalidSearchException;
import id.warta.search.Limits;
import id.warta.search.SearchRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * GET /api/export.csv: every match of a search as CSV, streamed as it is read, up to
 * {@value Limits#MAX_EXPORT_ROWS} rows. The parameters are checked and the matches counted before
 * the first byte, so that mistakes and an unreachable cluster still get a problem response. A failure
 * once rows have been sent cannot change the status any more: the connection is then cut (see
 * {@link ExportInterruptedException}) and the failure logged.
 */
@RestController
// Only in `serve`: a batch command must not reach Elasticsearch just because a controller exists.
@ConditionalOnWebApplication
@Tag(name = "export")
class ExportController {

    static final String TOTAL_HEADER = "X-Total-Count";
    /** "all" or "any": whether the rows hold every word of q or, as /api/search falls back to, any of them. */
    static final String MATCH_HEADER = "X-Word-Match";
    private static final Logger LOG = LoggerFactory.getLogger(ExportController.class);

    private final ArticleSearch search;

    ExportController(ArticleSearch search) {
        this.search = search;
    }

    @GetMapping(path = "/api/export.csv", produces = "text/csv")
    @Operation(summary = "Export every match as CSV",
            description = "Columns: " + CsvExport.HEADER + " (published_at with the offset of the search's zone, "
                    + "Asia/Jakarta by default, so that its day is the day the from/to filter counts it in). Same "
                    + "parameters as /api/search (size and cursor are ignored); at most 100,000 rows. X-Total-Count "
                    + "tells how many articles match; X-Word-Match whether "
                    + "they hold every word of q (all) or, when no article does, any of them (any), as /api/search.")
    @ApiResponse(responseCode = "200", description = "One CSV row per match, streamed", content = @Content(mediaType = "text/csv"))
    @ApiResponse(responseCode = "400", description = "A parameter to fix: problem+json naming it in `parameter`, and how in `detail`",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "503", description = "Elasticsearch unreachable or overloaded (Retry-After)",
            content = @Content(mediaType = "application/problem+json"))
    void export(@ParameterObject SearchQuery query,
                @Parameter(description = "Rows at most (default and maximum 100000)", example = "1000")
                @RequestParam(required = false) String limit,
                HttpServletResponse response) throws IOException {
        SearchRequest request = search.matched(search.validate(query.parameters().withSize(null).withCursor(null)));
        int rows = limit(limit);
        long total = search.count(request);
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"warta-export.csv\"");
        response.setHeader(TOTAL_HEADER, String.valueOf(total));
        response.setHeader(MATCH_HEADER, request.match().value());
        Writer out = new BufferedWriter(new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8));
        long[] written = {0};
        try {
            CsvExport.writeHeader(out);
            search.export(request, rows, hit -> {
                CsvExport.write(out, hit, request.dates().zone());
                written[0]++;
            });
            out.flush();
        } catch (UncheckedIOException e) {
            // The client went away mid-download: nothing left to answer.
            LOG.debug("export aborted by the client: {}", e.getMessage());
        } catch (RuntimeException e) {
            if (!response.isCommitted()) {
                // nothing has reached the client yet: the problem response (503, ...) replaces the CSV
                throw e;
            }
            LOG.warn("export aborted after {} of {} rows, the CSV already partly sent: {}", written[0], total, e.getMessage());
            throw new ExportInterruptedException(written[0], e);
        }
    }

    /**
     * An export that failed after the status line and the first rows were sent. No problem body may
     * follow (it would land inside the CSV under status 200): {@link ProblemResponses} leaves an exception
     * on a committed response unanswered, so this one reaches the servlet container, which closes the
     * connection without the chunked body's last chunk (Tomcat does so for an error on a committed
     * response), and the client sees an incomplete download rather than a short CSV that looks complete.
     */
    static final class ExportInterruptedException extends IOException {

        ExportInterruptedException(long rows, RuntimeException cause) {
            super("export interrupted after " + rows + " rows: " + cause.getMessage(), cause);
        }
    }

    private static int limit(String raw) {
        if (raw == null || raw.isBlank()) {
            return Limits.MAX_EXPORT_ROWS;
        }
        try {
            int value = Integer.parseInt(raw.strip());
            if (value >= 1 && value <= Limits.MAX_EXPORT_ROWS) {
                return value;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new InvalidSearchException("limit", "limit must be a whole number from 1 to " + Limits.MAX_EXPORT_ROWS);
    }
}
