package id.warta.search;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.Instant;
import java.util.List;

/** An article's _source as the search reads it (Jackson 2, through the Elasticsearch client). */
@JsonIgnoreProperties(ignoreUnknown = true)
record StoredArticle(String id, String url, String source, String title, String body,
                     @JsonProperty("published_at") String publishedAt, String language,
                     List<String> countries, List<String> persons, List<String> categories, List<String> authors) {

    /** The fields a hit list needs: everything but the body. */
    static final List<String> HIT_FIELDS = List.of("id", "url", "source", "title", "published_at", "language",
            "countries", "persons", "authors");

    Instant published() {
        return publishedAt == null ? null : IsoInstants.parse(publishedAt);
    }

    List<String> countriesOrEmpty() {
        return countries == null ? List.of() : countries;
    }

    List<String> personsOrEmpty() {
        return persons == null ? List.of() : persons;
    }

    List<String> authorsOrEmpty() {
        return authors == null ? List.of() : authors;
    }

    ArticleView view() {
        return new ArticleView(id, title, url, source, published(), language, body, countriesOrEmpty(), personsOrEmpty(),
                categories == null ? List.of() : categories, authorsOrEmpty());
    }
}
