package id.warta.ingest;

import org.springframework.batch.infrastructure.item.ExecutionContext;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads a job's inputs as the ingest step does, without Elasticsearch: raw records, or what processing makes of them. */
final class TestReading {

    private TestReading() {
    }

    static JobDefinition.Input input(Path file) {
        return new JobDefinition.Input(file.toString(), InputFormat.AUTO, "warta-test");
    }

    static JobDefinition job(JobDefinition.Input... inputs) {
        return new JobDefinition("test", "warta-test", List.of(inputs), Map.of(), JobDefinition.JAKARTA, "id", 10, 10, 1, false, false);
    }

    static List<RawRecord> read(Path... files) {
        return read(job(java.util.Arrays.stream(files).map(TestReading::input).toArray(JobDefinition.Input[]::new)), 0);
    }

    /** The records a reader reopened after {@code committed} committed records gives, as on a restart. */
    static List<RawRecord> read(JobDefinition job, int committed) {
        ArchiveReader reader = new ArchiveReader(job);
        ExecutionContext context = new ExecutionContext();
        if (committed > 0) {
            context.putInt("archive.read.count", committed);
        }
        reader.open(context);
        List<RawRecord> records = new ArrayList<>();
        try {
            for (RawRecord record; (record = reader.read()) != null; ) {
                records.add(record);
            }
        } catch (Exception e) {
            throw new AssertionError(e);
        } finally {
            reader.close();
        }
        return records;
    }

    static List<ProcessedRecord> process(JobDefinition job) {
        ArticleProcessor processor = new ArticleProcessor(job, null, Clock.fixed(Instant.parse("2025-01-01T00:00:00Z"), ZoneOffset.UTC));
        return read(job, 0).stream().map(processor::process).toList();
    }

    static List<ProcessedRecord> process(Path... files) {
        return process(job(java.util.Arrays.stream(files).map(TestReading::input).toArray(JobDefinition.Input[]::new)));
    }
}
