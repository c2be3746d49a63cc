package id.warta.ingest.html;

import id.warta.article.TextCleaner;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an HTML article page holds: its title, main text (paragraphs, without navigation, ads,
 * related-article blocks, comments and footer), publication time as the page writes it, authors and
 * address. Thread-safe: every call parses its own document.
 *
 * @param title     the headline, without the site's name
 * @param body      the article text, paragraphs separated by a blank line; empty when the page has none
 * @param published the publication time as written (ISO from metadata, or a visible dateline such as
 *                  "Selasa, 26 Nov 2024 13:30 WIB"), or null
 * @param authors   the authors' names, perhaps none
 * @param url       the page's canonical address (canonical link, og:url, JSON-LD, or the browser's
 *                  "saved from url" note), or null
 */
public record ArticlePage(String title, String body, String published, List<String> authors, String url) {

    /** A browser's note at the top of a saved page: {@code <!-- saved from url=(0042)https://... -->}. */
    private static final Pattern SAVED_FROM = Pattern.compile("<!--\\s*saved from url=\\(\\d+\\)(\\S+?)\\s*-->");

    public ArticlePage {
        authors = List.copyOf(authors);
    }

    /**
     * @param html    the page
     * @param baseUri where the page was captured (resolves relative links), or null
     */
    public static ArticlePage from(String html, String baseUri) {
        Document page = Jsoup.parse(html, baseUri == null ? "" : baseUri);
        Optional<JsonLdArticle> ld = JsonLdArticle.in(page);
        String title = PageMetadata.title(page, ld);
        String body = TextCleaner.clean(String.join("\n\n", MainText.paragraphs(MainText.withoutNoise(page.body()), title)));
        Element withHeaders = MainText.withoutNoiseKeepingArticleHeaders(page.body());
        return new ArticlePage(title, body,
                PageMetadata.published(page, ld, withHeaders).orElse(null),
                PageMetadata.authors(page, ld, withHeaders),
                PageMetadata.url(page, ld).or(() -> savedFrom(html)).orElse(null));
    }

    private static Optional<String> savedFrom(String html) {
        Matcher m = SAVED_FROM.matcher(html.substring(0, Math.min(html.length(), 4096)));
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }
}
