package id.warta.article;

import java.time.Instant;
import java.util.List;

/**
 * One news article as Warta indexes it. {@code publishedAt} is null for an undated article;
 * {@code authors} is empty when the archive names none (feeds and article pages name them).
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
        String contentHash,
        List<String> authors) {

    /** The values of {@code language}: Indonesian, English, any other language. */
    public static final List<String> LANGUAGES = List.of("id", "en", "other");

    public Article {
        countries = List.copyOf(countries);
        persons = List.copyOf(persons);
        organizations = List.copyOf(organizations);
        categories = List.copyOf(categories);
        authors = List.copyOf(authors);
    }

    /** An article whose authors are not known. */
    public Article(String id, String url, String source, String title, String body, Instant publishedAt, Instant ingestedAt,
                   String language, List<String> countries, List<String> persons, List<String> organizations,
                   List<String> categories, String contentHash) {
        this(id, url, source, title, body, publishedAt, ingestedAt, language, countries, persons, organizations, categories,
                contentHash, List.of());
    }
}
