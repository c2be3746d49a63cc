package id.warta.search;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.Instant;
import java.util.List;

/**
 * One hit: what a result list shows. Highlights are HTML-escaped text fragments with matches in
 * {@code <em>}; the title highlight is the whole title, the body highlights are up to three snippets.
 * {@code authors} is empty when the archive named none.
 */
public record ArticleHit(String id, String title, String url, String source,
                         @JsonProperty("published_at") Instant publishedAt,
                         @JsonProperty("title_highlight") String titleHighlight,
                         @JsonProperty("body_highlights") List<String> bodyHighlights,
                         List<String> countries, List<String> persons, List<String> authors) {
}
