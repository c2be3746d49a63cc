package id.warta.api;

import id.warta.search.ArticleNotFoundException;
import id.warta.search.InvalidSearchException;
import id.warta.search.SearchUnavailableException;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import java.net.URI;

/**
 * Errors as RFC 9457 problem+json, translated once here: a parameter to fix is 400 (naming it), an
 * unknown article 404, Elasticsearch unreachable or overloaded 503 with Retry-After. Spring MVC's own
 * errors (wrong method, unknown path, ...) keep their 4xx through {@link ResponseEntityExceptionHandler}.
 */
@RestControllerAdvice
class ProblemResponses extends ResponseEntityExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemResponses.class);
    private static final String RETRY_AFTER_SECONDS = "10";

    @ExceptionHandler(InvalidSearchException.class)
    ResponseEntity<ProblemDetail> invalid(InvalidSearchException e, HttpServletResponse response) {
        uncommitted(response, e);
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-parameter", "Invalid search parameter", e.getMessage());
        problem.setProperty("parameter", e.parameter());
        return ResponseEntity.badRequest().body(problem);
    }

    @ExceptionHandler(ArticleNotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(ArticleNotFoundException e, HttpServletResponse response) {
        uncommitted(response, e);
        return ResponseEntity.status(HttpStatus.NOT_FOUND)
                .body(problem(HttpStatus.NOT_FOUND, "article-not-found", "Article not found", e.getMessage()));
    }

    @ExceptionHandler(SearchUnavailableException.class)
    ResponseEntity<ProblemDetail> unavailable(SearchUnavailableException e, HttpServletResponse response) {
        uncommitted(response, e);
        LOG.warn("search unavailable: {}", e.getMessage());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
                .body(problem(HttpStatus.SERVICE_UNAVAILABLE, "search-unavailable", "Search unavailable", e.getMessage()));
    }

    /**
     * An export cut short after its first rows: the export has logged it with the rows it sent. Thrown on as it
     * is, so that the container cuts the connection (and logs that, as a container does); without this handler
     * the 503 handler above would match its cause and log it a second time.
     */
    @ExceptionHandler(ExportController.ExportInterruptedException.class)
    void interrupted(ExportController.ExportInterruptedException e) throws ExportController.ExportInterruptedException {
        throw e;
    }

    /**
     * A query string that Tomcat cannot decode ("%ZZ", a lone "%", "%C3%28" that is no UTF-8): the user's input, not a
     * bug. Tomcat's own message is for its log (it suggests debug logging), so the answer says only what to fix.
     */
    @ExceptionHandler(InvalidParameterException.class)
    ResponseEntity<ProblemDetail> undecodable(InvalidParameterException e, HttpServletResponse response) {
        return invalid(new InvalidSearchException("query string", "the query string cannot be decoded: percent-encode "
                + "every parameter value as UTF-8, and \"%\" itself as %25"), response);
    }

    /**
     * A path the API does not have ("/api/analysis/terms" for "/api/analysis/significant-terms"): said in the API's
     * words, with where its paths are listed, instead of Spring's "No static resource".
     */
    @Override
    protected ResponseEntity<Object> handleNoResourceFoundException(NoResourceFoundException e, HttpHeaders headers,
                                                                    HttpStatusCode status, WebRequest request) {
        String path = request instanceof org.springframework.web.context.request.ServletWebRequest servlet
                ? servlet.getRequest().getRequestURI() : "/" + e.getResourcePath();
        path = id.warta.search.Limits.shorten(path);
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem(HttpStatus.NOT_FOUND, "unknown-path", "No such path",
                e.getHttpMethod() + " " + path + " is no path of the Warta API; its paths are listed at /v3/api-docs "
                        + "and /swagger-ui.html"));
    }

    /** A bug: logged with its stack trace, answered without internals. */
    @ExceptionHandler(RuntimeException.class)
    ResponseEntity<ProblemDetail> unexpected(RuntimeException e, HttpServletResponse response) {
        LOG.error("unexpected error", e);
        uncommitted(response, e);
        return ResponseEntity.internalServerError().body(problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error",
                "Internal error", "Warta failed unexpectedly; the server log has the details."));
    }

    /**
     * A problem body after the status line and part of the body were sent would be appended to that
     * body under the earlier status (a 200 CSV with JSON in it). Such a failure is left to the servlet
     * container instead, which cuts the connection.
     */
    private static void uncommitted(HttpServletResponse response, RuntimeException e) {
        if (response != null && response.isCommitted()) {
            LOG.warn("failure after the response was committed, left to the container to abort: {}", e.toString());
            throw e;
        }
    }

    private static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("urn:warta:problem:" + type));
        problem.setTitle(title);
        return problem;
    }
}
