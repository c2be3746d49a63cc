package id.warta.ingest;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** How a JSON line becomes an article's fields, or a rejection that says why. */
class ArticleProcessorTest {

    private static final JobDefinition.Input INPUT = new JobDefinition.Input("archive.jsonl", InputFormat.JSONL, "kompas");
    private static final JobDefinition JOB = new JobDefinition("test", "kompas", List.of(INPUT), Map.of(), JobDefinition.JAKARTA,
            "id", JobDefinition.DEFAULT_CHUNK_SIZE, JobDefinition.DEFAULT_BULK_SIZE, 1, false, false);
    private static final String BODY = "Hujan deras yang turun sejak pagi membuat sejumlah ruas jalan di Jakarta tergenang "
            + "dan lalu lintas tersendat hingga siang.";

    private final ArticleProcessor processor = new ArticleProcessor(JOB, null, Clock.systemUTC());

    @Test
    void valuesThatAreNotStringsAreReadAsTextAndNullIsNoValue() {
        ProcessedRecord processed = process("{\"title\":\"Banjir di Jakarta\",\"content\":\"" + BODY + "\",\"source\":123,"
                + "\"extra\":{\"nested\":[1,2]},\"date\":null}");

        assertThat(processed.rejection()).isNull();
        assertThat(processed.article().title()).isEqualTo("Banjir di Jakarta");
        assertThat(processed.article().source()).isEqualTo("123");
        assertThat(processed.article().publishedAt()).as("\"date\": null is no date, not the date 'null'").isNull();
    }

    @Test
    void aLineCutOffBeforeTheObjectEndsIsRejectedAsMalformed() {
        ProcessedRecord processed = process("{\"title\":\"Banjir di Jakarta\",\"content\":\"" + BODY + "\"");

        assertThat(processed.article()).isNull();
        assertThat(processed.rejection().reason()).startsWith("malformed JSON: ").doesNotContain("REDACTED", "Source:");
        assertThat(processed.rejection().location()).isEqualTo("archive.jsonl:7");
    }

    @Test
    void aLineThatIsNoObjectIsRejectedSaySo() {
        assertThat(process("[\"Banjir di Jakarta\"]").rejection().kind()).isEqualTo("not a JSON object");
        assertThat(process("[\"Banjir di Jakarta\"]").rejection().reason()).contains("one whole article object per line");
        assertThat(process("").rejection().kind()).isEqualTo("not a JSON object");
    }

    @Test
    void moreAfterTheObjectOnTheSameLineIsRejectedNotDropped() {
        String article = "{\"title\":\"Banjir di Jakarta\",\"source\":\"s\",\"content\":\"" + BODY + "\"}";
        assertThat(process(article + article).rejection().reason()).startsWith("trailing content: ").contains("two records on one line");
        assertThat(process(article + " sampah").rejection().kind()).isEqualTo("malformed JSON");
        assertThat(process(article + "  ").rejection()).as("spaces after the object are nothing").isNull();
    }

    @Test
    void aDateOrTimeThatCannotBeReadIsRejectedWithAReasonQuotingBoth() {
        String reason = process("{\"title\":\"Banjir di Jakarta\",\"content\":\"" + BODY
                + "\",\"date\":\"2019-09-10\",\"time\":\"24:30\"}").rejection().reason();

        assertThat(reason).startsWith("unparsable date").contains("'2019-09-10'").contains("'24:30'");
        assertThat(process("{\"title\":\"Banjir di Jakarta\",\"content\":\"" + BODY + "\",\"date\":\"kemarin\"}")
                .rejection().reason()).startsWith("unparsable date: 'kemarin'");
        assertThat(reason).as("and why").contains("24:30").containsPattern("'24:30': .*\\S");
    }

    @Test
    void twentyFourHundredIsTheNextDaysMidnight() {
        ProcessedRecord processed = process("{\"title\":\"Banjir di Jakarta\",\"content\":\"" + BODY
                + "\",\"date\":\"2019-09-10\",\"time\":\"24:00\"}");

        assertThat(processed.rejection()).isNull();
        assertThat(processed.article().publishedAt()).isEqualTo(java.time.Instant.parse("2019-09-10T17:00:00Z"));
    }

    private ProcessedRecord process(String line) {
        return processor.process(RawRecord.text("archive.jsonl:7", INPUT, line));
    }
}
