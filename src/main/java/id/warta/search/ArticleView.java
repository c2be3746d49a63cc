package id.warta.search;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.Instant;
import java.util.List;

/** One article in full, as GET /api/articles/{id} returns it. */
public record ArticleView(String id, String title, String url, String source,
                          @JsonProperty("published_at") Instant publishedAt, String language, String body,
                          List<String> countries, List<String> persons, List<String> categories,
                          List<String> authors) {
}
