package id.warta.article;

import java.time.Instant;
import java.util.List;

/**
 * One news article as Warta indexes it. {@code publishedAt} is null for an undated article.
 * Field names follow index-mappings/articles.mappings.json (snake_case in JSON).
 */
public record Article(
        String id,
        String url,
        String source,
        String title,
        String body,
        Instant publishedAt,
        Instant ingestedAt,
        String language,
        List<String> countries,
        List<String> persons,
        List<String> organizations,
        List<String> categories,
        String contentHash) {

    public Article {
        countries = List.copyOf(countries);
        persons = List.copyOf(persons);
        organizations = List.copyOf(organizations);
        categories = List.copyOf(categories);
    }
}
