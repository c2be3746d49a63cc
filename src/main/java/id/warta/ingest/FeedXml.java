package id.warta.ingest;

import com.rometools.rome.io.WireFeedInput;
import com.rometools.rome.io.XmlReader;
import com.rometools.rome.io.impl.XmlFixerReader;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.JDOMException;
import org.jdom2.filter.Filters;

import java.io.ByteArrayInputStream;
import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A feed file as an XML document: the encoding settled as XML says (byte-order mark, the prolog's
 * encoding), an undeclared encoding read by {@link TextDecoding}'s rules (UTF-8, else Windows-1252,
 * never silently mangled), HTML entities such as {@code &nbsp;} repaired, control characters XML does not
 * allow read as spaces, and DOCTYPEs refused (no
 * external entities) by Rome's own secured parser.
 */
final class FeedXml {

    private static final Set<String> ITEMS = Set.of("item", "entry");
    private static final List<String> DATES = List.of("pubDate", "published", "date", "issued", "updated", "modified", "created");

    private FeedXml() {
    }

    /** The problem of a feed that cannot be read as XML; its message is the reason. */
    static final class InvalidFeedException extends Exception {
        InvalidFeedException(String message) {
            super(message, null, false, false);
        }
    }

    static Document parse(byte[] bytes) throws InvalidFeedException {
        try (Reader reader = new XmlFixerReader(new XmlCharacters(reader(bytes)))) {
            return new SecuredInput().parse(reader);
        } catch (JDOMException e) {
            throw new InvalidFeedException("invalid feed: " + e.getMessage());
        } catch (IOException e) {
            throw new InvalidFeedException("invalid feed: " + e.getMessage());
        }
    }

    /**
     * A control character that XML 1.0 does not allow (a vertical tab or a backspace pasted into a description) read
     * as a space, so that one such character does not make the whole feed unreadable.
     */
    private static final class XmlCharacters extends FilterReader {

        XmlCharacters(Reader in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int c = super.read();
            return c >= 0 && isForbidden((char) c) ? ' ' : c;
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            int read = super.read(buffer, offset, length);
            for (int i = offset; i < offset + read; i++) {
                if (isForbidden(buffer[i])) {
                    buffer[i] = ' ';
                }
            }
            return read;
        }

        private static boolean isForbidden(char c) {
            return c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0xFFFE || c == 0xFFFF;
        }
    }

    private static Reader reader(byte[] bytes) throws IOException, InvalidFeedException {
        XmlReader xml = new XmlReader(new ByteArrayInputStream(bytes), true, StandardCharsets.UTF_8.name());
        if (!xml.getEncoding().equalsIgnoreCase("UTF-8")) {
            return xml;
        }
        xml.close();
        boolean bom = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF;
        TextDecoding.Decoded decoded = TextDecoding.decode(bom ? java.util.Arrays.copyOfRange(bytes, 3, bytes.length) : bytes);
        if (decoded.problem() != null) {
            throw new InvalidFeedException(decoded.problem());
        }
        return new StringReader(decoded.text());
    }

    /**
     * The item (RSS) or entry (Atom) elements in document order, so that what Rome could not read (an odd
     * date) can be looked up in the item as written.
     */
    static List<Element> items(Document document) {
        List<Element> items = new ArrayList<>();
        for (Element element : document.getRootElement().getDescendants(Filters.element())) {
            if (ITEMS.contains(element.getName()) && !insideItem(element)) {
                items.add(element);
            }
        }
        return items;
    }

    /** An item's date as written: pubDate, published, dc:date, updated ...; null when it has none. */
    static String rawDate(Element item) {
        for (String name : DATES) {
            for (Element child : item.getChildren()) {
                if (child.getName().equals(name) && !child.getTextTrim().isEmpty()) {
                    return child.getTextTrim();
                }
            }
        }
        return null;
    }

    private static boolean insideItem(Element element) {
        for (Element parent = element.getParentElement(); parent != null; parent = parent.getParentElement()) {
            if (ITEMS.contains(parent.getName())) {
                return true;
            }
        }
        return false;
    }

    /** Rome's parser with its security settings (no DOCTYPE, no external entities). */
    private static final class SecuredInput extends WireFeedInput {
        Document parse(Reader reader) throws JDOMException, IOException {
            return createSAXBuilder().build(reader);
        }
    }
}
