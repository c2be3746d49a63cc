package id.warta.ingest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.warta.article.Article;
import id.warta.article.ArticleEntities;
import id.warta.article.TextCleaner;
import id.warta.extract.EntityExtractor;
import id.warta.ingest.html.ArticlePage;
import org.springframework.batch.infrastructure.item.ItemProcessor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Turns a raw record into an article: read its fields (JSON, CSV row, text file, feed item, or the
 * article of an HTML page), clean title and body, date, identity, authors, language and entities.
 * Skipped records and WARC revisits pass through to be counted. Anything wrong becomes a rejection with
 * a reason a user understands; nothing is thrown, so no record is lost. Thread-safe (runs on the step's
 * worker threads).
 */
public class ArticleProcessor implements ItemProcessor<RawRecord, ProcessedRecord> {

    /** A body longer than this is not a news article (and would be slow to highlight). */
    static final int MAX_BODY_CHARS = 1_000_000;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final JobDefinition job;
    private final EntityExtractor extractor;
    private final Clock clock;

    public ArticleProcessor(JobDefinition job, EntityExtractor extractor, Clock clock) {
        this.job = job;
        this.extractor = extractor;
        this.clock = clock;
    }

    @Override
    public ProcessedRecord process(RawRecord record) {
        if (record.problem() != null) {
            return ProcessedRecord.rejected(record, record.problem());
        }
        if (record.skipped() != null) {
            return ProcessedRecord.skipped(record);
        }
        if (record.duplicateOf() != null) {
            return ProcessedRecord.revisit(record);
        }
        try {
            Map<String, String> fields = fields(record);
            return article(record, fields);
        } catch (RejectedException e) {
            return ProcessedRecord.rejected(record, e.getMessage());
        } catch (RuntimeException e) {
            return ProcessedRecord.rejected(record, "processing error: " + e);
        }
    }

    private Map<String, String> fields(RawRecord record) {
        return switch (record.input().format()) {
            case CSV -> record.fields();
            case TEXT -> textFields(record.text());
            case JSONL -> jsonFields(record.text());
            case FEED -> underJobNames(record.fields());
            case HTML, WARC -> pageFields(record);
            case AUTO -> throw new IllegalStateException("the format of " + record.location() + " was not settled");
        };
    }

    /** A page's article (boilerplate left out); the page's own address and date before the capture's. */
    private Map<String, String> pageFields(RawRecord record) {
        Map<String, String> capture = record.fields() == null ? Map.of() : record.fields();
        ArticlePage page = ArticlePage.from(record.text(), capture.get("url"));
        if (page.body().isBlank()) {
            throw new RejectedException("no article text: the page has no paragraphs outside navigation, ads, related "
                    + "articles and comments");
        }
        Map<String, String> fields = new HashMap<>();
        fields.put("title", page.title());
        fields.put("body", page.body());
        Optional.ofNullable(page.url()).or(() -> Optional.ofNullable(capture.get("url"))).ifPresent(u -> fields.put("url", u));
        Optional.ofNullable(page.published()).or(() -> Optional.ofNullable(capture.get("captured"))).ifPresent(d -> fields.put("date", d));
        fields.put("authors", String.join("\n", page.authors()));
        return underJobNames(fields);
    }

    /**
     * Fields named as Warta names them (feeds, pages) put under the names the job's field mapping looks
     * up, as for text files: the mapping is for JSON Lines and CSV.
     */
    private Map<String, String> underJobNames(Map<String, String> wartaFields) {
        Map<String, String> fields = new HashMap<>();
        wartaFields.forEach((name, value) -> fields.put(job.inputField(name), value));
        return fields;
    }

    private Map<String, String> textFields(String text) {
        TextArticle article = TextArticle.parse(text);
        Map<String, String> fields = new HashMap<>();
        fields.put(job.inputField("title"), article.title());
        fields.put(job.inputField("body"), article.body());
        article.source().ifPresent(s -> fields.put(job.inputField("source"), s));
        return fields;
    }

    /**
     * The top-level fields of a JSON object as text: strings as they are, other values as Jackson's tree gives
     * them (numbers and booleans as text, objects and arrays as JSON); a null leaves the field out. Read as a
     * stream: the record is not built into a tree first.
     */
    private static Map<String, String> jsonFields(String line) {
        try (JsonParser parser = JSON.createParser(line)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new RejectedException("not a JSON object: JSON Lines holds one whole article object per line (a file"
                        + " that is one JSON array of articles is read as such; pretty-printed objects outside an array are not)");
            }
            Map<String, String> fields = new HashMap<>();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if (value == JsonToken.VALUE_STRING) {
                    fields.put(name, parser.getText());
                } else if (value == JsonToken.VALUE_NULL) {
                    fields.remove(name); // null is no value: "date": null is an undated article, not the date "null"
                } else {
                    JsonNode node = JSON.readTree(parser);
                    fields.put(name, node.isValueNode() ? node.asText() : node.toString());
                }
            }
            if (parser.nextToken() != null) {
                throw new RejectedException("trailing content: more after the JSON object's end (two records on one line?)");
            }
            return fields;
        } catch (JsonProcessingException e) {
            throw new RejectedException(malformedJson(e));
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a String has no I/O to fail: only the parser's own errors above
        }
    }

    /**
     * The reason for JSON that cannot be parsed. The record's location already says where it is: Jackson's own
     * ("[Source: REDACTED ...; line: 1, column: 1]") is cut to the line and column.
     */
    static String malformedJson(JsonProcessingException e) {
        return "malformed JSON: " + e.getOriginalMessage().replaceAll("\\[Source: [^;\\]]*; ", "[");
    }

    private ProcessedRecord article(RawRecord record, Map<String, String> fields) {
        String title = TextCleaner.cleanTitle(value(fields, "title").orElse(""));
        String body = TextCleaner.clean(value(fields, "body").or(() -> value(fields, "content")).orElse(""));
        if (title.isBlank()) {
            throw new RejectedException("missing title");
        }
        if (body.isBlank()) {
            throw new RejectedException("empty body");
        }
        if (body.length() > MAX_BODY_CHARS) {
            throw new RejectedException("body too long: " + body.length() + " characters, over the " + MAX_BODY_CHARS
                    + " limit for one article");
        }
        Instant publishedAt = date(fields);
        String source = value(fields, "source").or(() -> Optional.ofNullable(record.input().source()))
                .or(() -> value(fields, "url").flatMap(ArticleIdentity::canonicalUrl).map(ArticleProcessor::host))
                .orElseThrow(() -> new RejectedException("no source: the record names none and the job sets no 'source'"));
        Optional<String> url = value(fields, "url").flatMap(ArticleIdentity::canonicalUrl);
        ArticleEntities entities = job.extractEntities() ? extractor.extract(title, body) : ArticleEntities.NONE;
        String contentHash = ArticleIdentity.contentHash(body);
        Article article = new Article(
                ArticleIdentity.id(url, source, title, publishedAt, contentHash),
                value(fields, "url").orElse(null),
                source,
                title,
                body,
                publishedAt,
                clock.instant(),
                LanguageDetection.instance().detect(title, body, job.language()),
                entities.countryCodes(),
                entities.personNames(),
                entities.organizations().stream().map(o -> o.name()).toList(),
                value(fields, "category").filter(c -> !c.equals("-")).map(List::of).orElse(List.of()),
                contentHash,
                authors(fields));
        return ProcessedRecord.of(record.location(), article);
    }

    /**
     * Authors: one a line in "authors" (feeds, pages; a JSON array in a JSON line), or the one "author"
     * field of a JSON line or CSV row.
     */
    private List<String> authors(Map<String, String> fields) {
        return value(fields, "authors").or(() -> value(fields, "author")).stream()
                .flatMap(ArticleProcessor::names).map(name -> TextCleaner.clean(name).strip())
                .filter(name -> !name.isEmpty()).distinct().toList();
    }

    private static Stream<String> names(String value) {
        if (value.startsWith("[")) {
            try {
                JsonNode array = JSON.readTree(value);
                List<String> names = new ArrayList<>();
                array.forEach(n -> names.add(n.isObject() ? n.path("name").asText("") : n.asText()));
                return names.stream();
            } catch (JsonProcessingException e) {
                return value.lines();
            }
        }
        return value.lines();
    }

    private Instant date(Map<String, String> fields) {
        Optional<String> date = value(fields, "date");
        Optional<String> time = value(fields, "time");
        try {
            return ArticleDates.parse(date.orElse(null), time.orElse(null), job.timeZone()).orElse(null);
        } catch (DateTimeException e) {
            if (job.dateFallback()) {
                return null;
            }
            // ArticleDates quotes the date and the time (either may be what cannot be read) and says why
            throw new RejectedException("unparsable date: " + e.getMessage()
                    + " (set date-fallback: true in the job file to index such articles undated)");
        }
    }

    /** A field by its Warta name through the job's mapping; blank counts as absent. */
    private Optional<String> value(Map<String, String> fields, String wartaField) {
        String value = fields.get(job.inputField(wartaField));
        if (value == null && wartaField.equals("time")) {
            value = fields.get("time_raw");
        }
        return Optional.ofNullable(value).map(String::strip).filter(v -> !v.isEmpty());
    }

    private static String host(String canonicalUrl) {
        return java.net.URI.create(canonicalUrl).getHost();
    }

    /** A record that cannot become an article; its message is the reason. */
    static final class RejectedException extends RuntimeException {
        RejectedException(String reason) {
            super(reason, null, false, false);
        }
    }
}
