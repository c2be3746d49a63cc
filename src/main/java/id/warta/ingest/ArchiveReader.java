package id.warta.ingest;

import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Streams every record of a job's inputs in a fixed order: files in input order, records in file order.
 * Memory stays flat (one record at a time). On restart Spring Batch's item count brings the reader back
 * to the first record after the last committed chunk. Tracks the bytes consumed for progress.
 */
public class ArchiveReader extends AbstractItemCountingItemStreamItemReader<RawRecord> {

    private record InputFile(Path path, JobDefinition.Input input) {
    }

    private final List<InputFile> files = new ArrayList<>();
    private final long totalBytes;
    private final AtomicLong bytesDone = new AtomicLong();
    private int fileIndex;
    private RecordSource current;

    public ArchiveReader(JobDefinition job) {
        setName("archive");
        long total = 0;
        for (JobDefinition.Input input : job.inputs()) {
            for (Path file : InputFiles.expand(input.pattern())) {
                files.add(new InputFile(file, input));
                total += size(file);
            }
        }
        this.totalBytes = total;
    }

    /** Total bytes of all input files (compressed size for .gz). */
    public long totalBytes() {
        return totalBytes;
    }

    /** Bytes of input consumed so far. */
    public long bytesRead() {
        return bytesDone.get() + (current == null ? 0 : current.bytesRead());
    }

    @Override
    protected void doOpen() {
        fileIndex = 0;
        bytesDone.set(0);
    }

    @Override
    protected RawRecord doRead() throws IOException {
        while (fileIndex < files.size()) {
            if (current == null) {
                InputFile file = files.get(fileIndex);
                current = RecordSource.open(file.path(), file.input());
            }
            RawRecord record = current.next();
            if (record != null) {
                return record;
            }
            bytesDone.addAndGet(size(files.get(fileIndex).path()));
            current.close();
            current = null;
            fileIndex++;
        }
        return null;
    }

    @Override
    protected void doClose() throws IOException {
        if (current != null) {
            current.close();
            current = null;
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
