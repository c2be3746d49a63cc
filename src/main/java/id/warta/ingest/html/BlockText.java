package id.warta.ingest.html;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;

/**
 * The text of an element as paragraphs, the way a browser lays it out: a block element or a {@code <br>}
 * ends a paragraph, inline elements (links, bold, spans) do not. Each paragraph knows how much of it is
 * link text, which tells a list of related-article links from prose.
 */
final class BlockText {

    /** One paragraph: its text, its letters, the letters inside links, and the tag of the block it is in. */
    record Paragraph(String text, int letters, int linkLetters, String tag) {

        /** Share of the letters that are link text: 0 for prose, near 1 for a list of links. */
        double linkDensity() {
            return letters == 0 ? 0 : (double) linkLetters / letters;
        }
    }

    private static final Set<String> INLINE = Set.of("a", "abbr", "b", "bdi", "bdo", "big", "cite", "code", "data", "del",
            "dfn", "em", "font", "i", "ins", "kbd", "label", "mark", "nobr", "q", "s", "samp", "small", "span", "strike",
            "strong", "sub", "sup", "time", "tt", "u", "var", "wbr");

    private BlockText() {
    }

    static List<Paragraph> of(Element root) {
        Collector collector = new Collector(root.normalName());
        NodeTraversor.traverse(collector, root);
        collector.flush();
        return collector.paragraphs;
    }

    static boolean isInline(Element element) {
        return INLINE.contains(element.normalName());
    }

    private static final class Collector implements NodeVisitor {
        private final List<Paragraph> paragraphs = new ArrayList<>();
        private final Deque<String> blocks = new ArrayDeque<>();
        private final StringBuilder text = new StringBuilder();
        private int letters;
        private int linkLetters;
        private int linkDepth;

        Collector(String rootTag) {
            blocks.push(rootTag);
        }

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode textNode) {
                String value = textNode.getWholeText();
                text.append(value);
                int count = countLetters(value);
                letters += count;
                if (linkDepth > 0) {
                    linkLetters += count;
                }
            } else if (node instanceof Element element && depth > 0) {
                if (element.normalName().equals("br")) {
                    flush();
                } else if (element.normalName().equals("a")) {
                    linkDepth++;
                } else if (!isInline(element)) {
                    flush();
                    blocks.push(element.normalName());
                }
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element element && depth > 0) {
                if (element.normalName().equals("a")) {
                    linkDepth--;
                } else if (!isInline(element) && !element.normalName().equals("br")) {
                    flush();
                    blocks.pop();
                }
            }
        }

        void flush() {
            String paragraph = text.toString().replace('\u00A0', ' ').replaceAll("\\s+", " ").strip();
            if (!paragraph.isEmpty()) {
                paragraphs.add(new Paragraph(paragraph, letters, linkLetters, blocks.peek()));
            }
            text.setLength(0);
            letters = 0;
            linkLetters = 0;
        }

        private static int countLetters(String value) {
            int count = 0;
            for (int i = 0; i < value.length(); i++) {
                if (Character.isLetterOrDigit(value.charAt(i))) {
                    count++;
                }
            }
            return count;
        }
    }
}
