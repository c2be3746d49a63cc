package id.warta.ingest.html;

import org.jsoup.nodes.Element;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a page's markup says is not the article: navigation, ads, related-article blocks, comments,
 * share buttons, sidebars and footers, by tag, ARIA role and the words of class names and ids (English
 * and Indonesian: "iklan", "baca-juga", "berita-terkait", "komentar", "terpopuler"). Class names are
 * split into words ("article__related", "relatedPosts" -> related), and words that say "content"
 * protect an element that is also named like noise ("content-sidebar-wrap"), except for noise that is
 * never content (comments, ads, related articles).
 */
final class Boilerplate {

    /** Elements that never hold article text. */
    static final String UNWANTED_TAGS = "script, style, noscript, template, iframe, object, embed, svg, canvas, form, button,"
            + " input, select, textarea, nav, aside, footer, header, figure, figcaption, dialog, menu, [hidden],"
            + " [aria-hidden=true], [role=navigation], [role=banner], [role=contentinfo], [role=complementary],"
            + " [role=dialog], [style~=display:\\s*none]";

    /** Words that name noise even inside content: comments, ads, related articles, sharing. */
    private static final Set<String> ALWAYS_NOISE = Set.of("comment", "comments", "komentar", "disqus", "related", "terkait",
            "bacajuga", "iklan", "ad", "ads", "adv", "advert", "adverts", "advertisement", "adsbygoogle", "sponsor", "sponsored",
            "outbrain", "taboola", "mgid", "share", "sharing", "social", "sosmed", "newsletter", "subscribe", "langganan");

    /** Words that name noise unless the element is also named as content. */
    private static final Set<String> NOISE = Set.of("sidebar", "widget", "footer", "header", "masthead", "nav", "navbar",
            "navigation", "menu", "breadcrumb", "breadcrumbs", "popular", "populer", "terpopuler", "trending", "terkini",
            "rekomendasi", "recommended", "recommendation", "pilihan", "banner", "promo", "tags", "tag", "topik", "pagination",
            "cookie", "modal", "popup", "login", "signup");

    private static final Set<String> CONTENT = Set.of("article", "artikel", "body", "content", "entry", "main", "post", "story",
            "text", "detail", "read", "isi", "berita", "hentry");

    /** Class names that describe a state, not a part ("has-comments", "is-sticky"). */
    private static final Pattern STATE_CLASS = Pattern.compile("^(has|is|no|with|show|hide)[-_].*");
    private static final Pattern WORD_BREAK = Pattern.compile("[-_\\s]+|(?<=[a-z])(?=[A-Z])");

    private Boilerplate() {
    }

    /** Whether an element's class names or id call it noise (the element and all it holds). */
    static boolean isNoise(Element element) {
        if (element.normalName().equals("body") || element.normalName().equals("main")
                || element.hasAttr("itemprop") && element.attr("itemprop").equals("articleBody")) {
            return false;
        }
        boolean noise = false;
        boolean content = false;
        for (String name : names(element)) {
            if (STATE_CLASS.matcher(name).matches()) {
                continue;
            }
            String joined = name.toLowerCase(Locale.ROOT).replaceAll("[-_]", "");
            if (joined.contains("bacajuga") || joined.contains("beritaterkait") || joined.contains("artikelterkait")) {
                return true;
            }
            for (String word : WORD_BREAK.split(name)) {
                String w = word.toLowerCase(Locale.ROOT);
                if (ALWAYS_NOISE.contains(w)) {
                    return true;
                }
                noise |= NOISE.contains(w);
                content |= CONTENT.contains(w);
            }
        }
        return noise && !content;
    }

    /** Whether class names or id call an element the article's content. */
    static boolean isNamedContent(Element element) {
        if (element.attr("itemprop").equals("articleBody")) {
            return true;
        }
        for (String name : names(element)) {
            for (String word : WORD_BREAK.split(name)) {
                if (CONTENT.contains(word.toLowerCase(Locale.ROOT))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static java.util.List<String> names(Element element) {
        java.util.List<String> names = new java.util.ArrayList<>(element.classNames());
        if (!element.id().isEmpty()) {
            names.add(element.id());
        }
        return names;
    }
}
