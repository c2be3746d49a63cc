package id.warta.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import org.jdom2.Document;
import org.jdom2.Element;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An RSS or Atom feed (Rome reads every dialect): one record an item, with title, link, published date
 * (Rome's reading of RFC 822 and W3C dates with a time; a date without a time, or one Rome cannot read,
 * is kept as written, for the job's date rules and time zone), authors, category and content
 * (content:encoded or Atom content before the description). A feed that is not XML, XML that is no
 * feed, or a .gz that cannot be uncompressed is one rejected record with the reason. The whole feed is
 * parsed on the first read; a restart skips the items already committed.
 */
final class FeedSource implements RecordSource {

    static final int MAX_FEED_BYTES = 64 * 1024 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper();
    /** RSS author: "redaksi@example.id (Rina Marlina)". */
    private static final Pattern EMAIL_WITH_NAME = Pattern.compile("^\\S+@\\S+\\s*\\((.+)\\)$");
    private static final Pattern TIME_OF_DAY = Pattern.compile("\\d:\\d\\d");

    private final Path file;
    private final JobDefinition.Input input;
    private final String name;
    private List<RawRecord> records;
    private int position;
    private long bytesRead;

    FeedSource(Path file, JobDefinition.Input input) {
        this.file = file;
        this.input = input;
        this.name = file.toString();
    }

    @Override
    public RawRecord next() throws IOException {
        if (records == null) {
            bytesRead = Files.size(file);
            try {
                records = read(TextFileSource.readAtMost(file, MAX_FEED_BYTES + 1));
            } catch (IOException e) {
                records = List.of(RawRecord.unreadable(name, input, "", ByteLines.reason(e, -1)));
            }
        }
        return position < records.size() ? records.get(position++) : null;
    }

    private List<RawRecord> read(byte[] bytes) {
        if (bytes.length > MAX_FEED_BYTES) {
            return List.of(RawRecord.unreadable(name, input, "", "record too large: feed of more than " + MAX_FEED_BYTES / (1024 * 1024) + " MB"));
        }
        Document xml;
        SyndFeed feed;
        try {
            xml = FeedXml.parse(bytes);
            feed = new SyndFeedInput().build(xml);
        } catch (FeedXml.InvalidFeedException e) {
            return List.of(RawRecord.unreadable(name, input, JsonLinesSource.excerpt(bytes), e.getMessage()));
        } catch (IllegalArgumentException | FeedException e) {
            return List.of(RawRecord.unreadable(name, input, JsonLinesSource.excerpt(bytes), "not a feed: " + e.getMessage()));
        }
        List<Element> items = FeedXml.items(xml);
        List<SyndEntry> entries = feed.getEntries();
        List<RawRecord> result = new ArrayList<>(entries.size());
        for (int i = 0; i < entries.size(); i++) {
            Element item = items.size() == entries.size() ? items.get(i) : null;
            Map<String, String> fields = fields(entries.get(i), item);
            result.add(RawRecord.row(name + "#" + (i + 1), input, json(fields), fields));
        }
        return result;
    }

    private static Map<String, String> fields(SyndEntry entry, Element item) {
        Map<String, String> fields = new LinkedHashMap<>();
        put(fields, "title", entry.getTitle());
        put(fields, "url", entry.getLink() != null ? entry.getLink()
                : entry.getUri() != null && entry.getUri().matches("(?i)https?://.*") ? entry.getUri() : null);
        put(fields, "date", date(entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate(),
                item == null ? null : FeedXml.rawDate(item)));
        put(fields, "authors", String.join("\n", authors(entry)));
        put(fields, "category", entry.getCategories().isEmpty() ? null : entry.getCategories().getFirst().getName());
        put(fields, "body", body(entry));
        return fields;
    }

    /**
     * The item's date for the processor. Rome reads a date without a time ("2019-09-10") as midnight UTC,
     * where every other format reads it in the job's zone; so such a date is handed on as written, for the
     * job's date rules ({@link ArticleDates}), as is a date Rome cannot read. A date with a time is Rome's
     * instant: Rome reads a time only with its zone (offset, Z, or a zone name), so that is exact. A date
     * only Rome reads ("2019-09") keeps Rome's instant.
     */
    static String date(Date parsed, String written) {
        if (parsed == null) {
            return written;
        }
        if (written != null && !TIME_OF_DAY.matcher(written).find()) {
            try {
                if (ArticleDates.parse(written, null, ZoneOffset.UTC).isPresent()) {
                    return written;
                }
            } catch (DateTimeException e) {
                // not a date the job's rules read
            }
        }
        return parsed.toInstant().toString();
    }

    private static List<String> authors(SyndEntry entry) {
        Set<String> names = new LinkedHashSet<>();
        for (SyndPerson person : entry.getAuthors()) {
            names.add(person.getName() != null ? person.getName() : person.getEmail());
        }
        if (entry.getAuthor() != null) {
            Matcher m = EMAIL_WITH_NAME.matcher(entry.getAuthor().strip());
            names.add(m.matches() ? m.group(1) : entry.getAuthor());
        }
        return names.stream().filter(n -> n != null && !n.isBlank()).map(String::strip).distinct().toList();
    }

    private static String body(SyndEntry entry) {
        List<String> parts = new ArrayList<>();
        for (SyndContent content : entry.getContents()) {
            if (content.getValue() != null && !content.getValue().isBlank()) {
                parts.add(content.getValue());
            }
        }
        if (parts.isEmpty() && entry.getDescription() != null) {
            parts.add(entry.getDescription().getValue());
        }
        return String.join("\n\n", parts);
    }

    private static void put(Map<String, String> fields, String key, String value) {
        if (value != null && !value.isBlank()) {
            fields.put(key, value);
        }
    }

    private static String json(Map<String, String> fields) {
        try {
            return JSON.writeValueAsString(fields);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public long bytesRead() {
        return records != null && position >= records.size() ? bytesRead : 0;
    }

    @Override
    public void close() {
        records = null;
    }
}
