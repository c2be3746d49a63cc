package id.warta.ingest.html;

import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The main text of an article page, without navigation, ads, related-article blocks, comments and
 * footers. A small heuristic in the manner of Readability: drop what the markup names as noise
 * ({@link Boilerplate}), score each container by the prose paragraphs it holds (long text with commas
 * and few links), take the best one with its siblings that score well, and keep its paragraphs that
 * are prose, not link lists, the title again, a byline or a bare dateline.
 */
final class MainText {

    private static final int MIN_PARAGRAPH_LETTERS = 20;
    private static final double MAX_LINK_DENSITY = 0.5;
    /** A byline line: "Oleh: Yohanes Wenda", "Reporter: Rina Marlina" (capitalised names, so "Oleh karena itu" stays). */
    private static final Pattern BYLINE = Pattern.compile(
            "(?i:oleh|penulis|reporter|pewarta|wartawan|editor|by)\\s*:?\\s+\\p{Lu}[\\p{L}.'-]*(\\s+\\p{Lu}[\\p{L}.'-]*){0,4}");

    private MainText() {
    }

    /** A copy of the page's body without the elements that are never the article. */
    static Element withoutNoise(Element body) {
        Element root = body.clone();
        removeNoise(root, Boilerplate.UNWANTED_TAGS);
        return root;
    }

    /**
     * Like {@link #withoutNoise}, but keeping the headers of articles (where the byline and dateline
     * are), only the site's own header going with the navigation.
     */
    static Element withoutNoiseKeepingArticleHeaders(Element body) {
        Element root = body.clone();
        root.select("header").stream().filter(h -> h.closest("article, main, [itemprop=articleBody]") == null).forEach(Element::remove);
        removeNoise(root, Boilerplate.UNWANTED_TAGS.replace(" header,", ""));
        return root;
    }

    /**
     * The article's paragraphs in page order; empty when the page has no prose.
     *
     * @param root the page's body {@link #withoutNoise without its noise}
     */
    static List<String> paragraphs(Element root, String title) {
        Element best = bestContainer(root);
        if (best == null) {
            return List.of();
        }
        List<String> paragraphs = new ArrayList<>();
        String normalisedTitle = normalise(title);
        for (Element part : withGoodSiblings(best)) {
            for (BlockText.Paragraph p : BlockText.of(part)) {
                if (p.linkDensity() > MAX_LINK_DENSITY || p.tag().equals("h1") || normalise(p.text()).equals(normalisedTitle)
                        || Dateline.isOnlyADate(p.text()) || BYLINE.matcher(p.text()).matches() || p.letters() == 0) {
                    continue;
                }
                paragraphs.add(p.text());
            }
        }
        return paragraphs;
    }

    private static void removeNoise(Element root, String unwantedTags) {
        root.select(unwantedTags).remove();
        boolean oneArticle = root.select("article").size() == 1;
        Set<Element> holdingArticleBody = new HashSet<>();
        for (Element body : root.select("[itemprop=articleBody]")) {
            holdingArticleBody.addAll(body.parents());
        }
        List<Element> noise = new ArrayList<>();
        for (Element element : root.getAllElements()) {
            if (element != root && !(oneArticle && element.normalName().equals("article"))
                    && !holdingArticleBody.contains(element) && Boilerplate.isNoise(element)) {
                noise.add(element);
            }
        }
        noise.forEach(Element::remove);
    }

    /** The element holding the most prose, as readability scores it. */
    private static Element bestContainer(Element root) {
        Map<Element, Double> scores = new HashMap<>();
        for (Element element : root.getAllElements()) {
            if (!isParagraphLike(element)) {
                continue;
            }
            String text = element.normalName().equals("p") ? element.text() : element.ownText();
            int letters = letters(text);
            if (letters < MIN_PARAGRAPH_LETTERS || linkDensity(element) > MAX_LINK_DENSITY) {
                continue;
            }
            double score = 1 + count(text, ',') + Math.min(letters / 100.0, 3);
            Element ancestor = element.parent();
            for (int level = 0; level < 3 && ancestor != null; level++, ancestor = ancestor.parent()) {
                scores.merge(ancestor, score / (level == 0 ? 1 : level * 2), Double::sum);
            }
        }
        Element best = null;
        double bestScore = 0;
        for (Map.Entry<Element, Double> entry : scores.entrySet()) {
            double score = finalScore(entry.getKey(), entry.getValue());
            if (score > bestScore) {
                best = entry.getKey();
                bestScore = score;
            }
        }
        return best;
    }

    private static double finalScore(Element element, double paragraphs) {
        double base = switch (element.normalName()) {
            case "article", "main" -> 10;
            case "div", "section" -> 5;
            case "td", "blockquote", "pre" -> 3;
            case "ul", "ol", "li", "dl", "dd", "dt", "address" -> -3;
            default -> 0;
        };
        if (Boilerplate.isNamedContent(element)) {
            base += 25;
        }
        return (base + paragraphs) * (1 - linkDensity(element));
    }

    /** The best container with the siblings that look like more of the same article (split bodies, pagination). */
    private static List<Element> withGoodSiblings(Element best) {
        Element parent = best.parent();
        if (parent == null || best.normalName().equals("body")) {
            return List.of(best);
        }
        List<Element> parts = new ArrayList<>();
        for (Element sibling : parent.children()) {
            if (sibling == best) {
                parts.add(sibling);
                continue;
            }
            String text = sibling.text();
            double density = linkDensity(sibling);
            boolean prose = sibling.normalName().equals("p") && (letters(text) > 80 && density < 0.25
                    || letters(text) > 0 && density == 0 && text.strip().endsWith("."));
            boolean sameKind = sibling.normalName().equals(best.normalName()) && sibling.className().equals(best.className())
                    && !best.className().isEmpty() && density < 0.25;
            if (prose || sameKind) {
                parts.add(sibling);
            }
        }
        return parts;
    }

    private static boolean isParagraphLike(Element element) {
        return switch (element.normalName()) {
            case "p", "pre", "blockquote" -> true;
            case "div", "section", "td", "article" -> element.textNodes().stream().anyMatch(t -> letters(t.text()) >= MIN_PARAGRAPH_LETTERS);
            default -> false;
        };
    }

    static double linkDensity(Element element) {
        int all = letters(element.text());
        if (all == 0) {
            return 0;
        }
        int links = 0;
        for (Element link : element.select("a")) {
            links += letters(link.text());
        }
        return Math.min(1, (double) links / all);
    }

    private static int letters(String text) {
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                count++;
            }
        }
        return count;
    }

    private static int count(String text, char c) {
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == c) {
                count++;
            }
        }
        return count;
    }

    private static String normalise(String text) {
        return text == null ? "" : text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
