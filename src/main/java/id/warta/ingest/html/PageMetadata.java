package id.warta.ingest.html;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Title, publication time, authors and address of an article page, from the most to the least reliable
 * place: JSON-LD, then meta tags (Open Graph article:published_time, itemprop datePublished, name=author,
 * link rel=canonical), then what the page shows (the h1, a {@code <time>}, a visible dateline, a byline).
 */
final class PageMetadata {

    private static final List<String> DATE_META = List.of("article:published_time", "og:article:published_time",
            "datepublished", "pubdate", "publishdate", "publish-date", "publish_date", "publication_date", "dc.date.issued",
            "dc.date", "dcterms.created", "dcterms.issued", "sailthru.date", "parsely-pub-date", "date");
    private static final Set<String> AUTHOR_CLASS_WORDS = Set.of("author", "authors", "byline", "penulis", "reporter", "writer",
            "wartawan", "pewarta");
    private static final Pattern BYLINE_PREFIX = Pattern.compile("(?i)^(oleh|penulis|reporter|pewarta|wartawan|ditulis oleh|by)\\b\\s*:?\\s*");
    private static final Pattern NAME_SEPARATOR = Pattern.compile("\\s*(?:,|&|/|\\bdan\\b|\\band\\b)\\s*");
    private static final Pattern DOMAIN_SUFFIX = Pattern.compile("\\s+[|\\-\u2013\u2014]\\s+[\\w-]+(\\.[\\w-]+)+\\s*$");

    private PageMetadata() {
    }

    static String title(Document page, Optional<JsonLdArticle> ld) {
        String site = meta(page, "og:site_name").orElse(null);
        return ld.map(JsonLdArticle::headline)
                .or(() -> meta(page, "og:title").map(t -> withoutSite(t, site)))
                .or(() -> meta(page, "twitter:title").map(t -> withoutSite(t, site)))
                .or(() -> Optional.ofNullable(page.selectFirst("h1")).map(Element::text).filter(t -> !t.isBlank()))
                .or(() -> Optional.of(withoutSite(page.title(), site)).filter(t -> !t.isBlank()))
                .orElse("");
    }

    static Optional<String> published(Document page, Optional<JsonLdArticle> ld, Element cleanBody) {
        return ld.map(JsonLdArticle::datePublished)
                .or(() -> DATE_META.stream().map(name -> meta(page, name)).flatMap(Optional::stream).findFirst())
                .or(() -> timeElement(page))
                .or(() -> Dateline.onPage(cleanBody));
    }

    static List<String> authors(Document page, Optional<JsonLdArticle> ld, Element cleanBody) {
        if (ld.isPresent() && !ld.get().authors().isEmpty()) {
            return ld.get().authors();
        }
        Optional<String> byline = meta(page, "author").or(() -> meta(page, "article:author")).or(() -> meta(page, "byl"))
                .filter(a -> !a.matches("(?i)https?://.*"))
                .or(() -> Optional.ofNullable(cleanBody.selectFirst("[rel=author], [itemprop=author]")).map(Element::text))
                .or(() -> bylineElement(cleanBody));
        return byline.map(PageMetadata::names).orElse(List.of());
    }

    /** The page's own address: its canonical link, og:url, or what its JSON-LD says. */
    static Optional<String> url(Document page, Optional<JsonLdArticle> ld) {
        return Optional.ofNullable(page.selectFirst("link[rel=canonical][href]")).map(l -> l.absUrl("href")).filter(u -> !u.isBlank())
                .or(() -> meta(page, "og:url"))
                .or(() -> ld.map(JsonLdArticle::url));
    }

    /** The content of a meta tag by its property, name or itemprop, case-insensitively; blank counts as absent. */
    static Optional<String> meta(Document page, String key) {
        for (Element meta : page.select("meta[content]")) {
            for (String attribute : new String[] {"property", "name", "itemprop"}) {
                if (meta.attr(attribute).equalsIgnoreCase(key) && !meta.attr("content").isBlank()) {
                    return Optional.of(meta.attr("content").strip());
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<String> timeElement(Document page) {
        Element time = page.selectFirst("[itemprop=datePublished][datetime], [itemprop=datePublished][content], time[pubdate][datetime]");
        if (time == null) {
            Element article = page.selectFirst("article");
            time = (article != null ? article : page).selectFirst("time[datetime]");
        }
        return Optional.ofNullable(time).map(t -> t.hasAttr("datetime") ? t.attr("datetime") : t.attr("content")).filter(t -> !t.isBlank());
    }

    private static Optional<String> bylineElement(Element body) {
        for (Element element : body.getAllElements()) {
            String text = element.text();
            if (text.isBlank() || text.length() > 80) {
                continue;
            }
            for (String name : element.classNames()) {
                for (String word : name.toLowerCase(Locale.ROOT).split("[-_]+")) {
                    if (AUTHOR_CLASS_WORDS.contains(word)) {
                        return Optional.of(text);
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** Names in a byline: "Oleh: Rina Marlina dan Ahmad Santoso" -> both; "Rina Marlina - detikFinance" -> Rina Marlina. */
    static List<String> names(String byline) {
        String text = BYLINE_PREFIX.matcher(byline.strip()).replaceFirst("").replaceFirst("\\s+[-\u2013\u2014|]\\s+.*$", "");
        List<String> names = new ArrayList<>();
        for (String name : NAME_SEPARATOR.split(text)) {
            String cleaned = name.replaceAll("\\s+", " ").strip();
            if (!cleaned.isEmpty() && cleaned.chars().anyMatch(Character::isLetter)) {
                names.add(cleaned);
            }
        }
        return names.stream().distinct().toList();
    }

    private static String withoutSite(String title, String site) {
        String stripped = title.strip();
        if (site != null && !site.isBlank()) {
            stripped = stripped.replaceFirst("(?i)\\s+[|\\-\u2013\u2014:]\\s+" + Pattern.quote(site.strip()) + "\\s*$", "");
        }
        return DOMAIN_SUFFIX.matcher(stripped).replaceFirst("");
    }
}
