package id.warta.ingest;

import id.warta.WartaException;
import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Streams every record of a job's inputs in a fixed order: files in input order, records in file order.
 * Each file's format is settled here (detected when the job names none), so that an unknown one is
 * reported before anything runs; in a folder read with the format detected, a file that is no archive
 * Warta reads (an image, a README) is one skipped record instead, counted by kind in the summary.
 * Memory stays flat (one record at a time). On restart Spring Batch's item count brings the reader back
 * to the first record after the last committed chunk. Tracks the bytes consumed for progress.
 */
public class ArchiveReader extends AbstractItemCountingItemStreamItemReader<RawRecord> {

    private record InputFile(Path path, JobDefinition.Input input) {
    }

    /** The skipped kind of a folder's file whose format cannot be told. */
    static final String UNKNOWN_FORMAT = "file of unknown format";

    private final List<InputFile> files = new ArrayList<>();
    private final long totalBytes;
    private final AtomicLong bytesDone = new AtomicLong();
    private int fileIndex;
    private RecordSource current;

    public ArchiveReader(JobDefinition job) {
        setName("archive");
        long total = 0;
        for (JobDefinition.Input input : job.inputs()) {
            boolean folder = Files.isDirectory(Path.of(input.pattern()));
            for (Path file : filesOf(input, folder)) {
                InputFormat format = input.format() != InputFormat.AUTO ? input.format()
                        : folder ? FormatDetection.detectedOrNull(file) : FormatDetection.detect(file);
                if (format == InputFormat.CSV) {
                    requireColumns(file, job);
                }
                files.add(new InputFile(file, new JobDefinition.Input(input.pattern(), format, input.source())));
                total += size(file);
            }
        }
        this.totalBytes = total;
    }

    private static void requireColumns(Path file, JobDefinition job) {
        try {
            CsvSource.requireColumns(file, job);
        } catch (IOException e) {
            throw new WartaException("cannot read " + file + " (" + e.getMessage() + ")", e);
        }
    }

    /** The input's files; from a folder, a web format reads only its own files (pages, not their images and scripts). */
    private static List<Path> filesOf(JobDefinition.Input input, boolean folder) {
        List<Path> expanded = InputFiles.expand(input.pattern());
        if (!folder) {
            return expanded;
        }
        List<Path> own = expanded.stream().filter(f -> input.format().readsFromFolder(f.getFileName().toString())).toList();
        if (own.isEmpty()) {
            throw new WartaException("input " + input.pattern() + " holds no " + input.format().name().toLowerCase(Locale.ROOT) + " files");
        }
        return own;
    }

    /**
     * What the job reads, as it is now: each file's path, size and modification time, hashed. A run stopped
     * part-way can be resumed only while this is the same: its saved position counts records of these files.
     */
    public String fingerprint() {
        StringBuilder all = new StringBuilder();
        for (InputFile file : files) {
            try {
                all.append(file.path()).append('\t').append(Files.size(file.path())).append('\t')
                        .append(Files.getLastModifiedTime(file.path()).toMillis()).append('\n');
            } catch (IOException e) {
                throw new WartaException("cannot read " + file.path() + " (" + e.getMessage() + ")", e);
            }
        }
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(all.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8))).substring(0, 16);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
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

    /**
     * The next record. What is wrong with a file's content is a record of that file (an unreadable one with
     * its reason); a file that cannot be opened at all (gone, no permission) fails the job, naming it.
     */
    @Override
    protected RawRecord doRead() throws IOException {
        while (fileIndex < files.size()) {
            RawRecord record;
            InputFile file = files.get(fileIndex);
            if (file.input().format() == null) {
                // a file of a folder read with the format detected that is none Warta reads (an image, a README)
                done(file);
                return RawRecord.skipped(file.path().toString(), file.input(), UNKNOWN_FORMAT);
            }
            try {
                if (current == null) {
                    current = RecordSource.open(file.path(), file.input());
                }
                record = current.next();
            } catch (IOException e) {
                throw new WartaException("cannot read " + file.path()
                        + " (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")", e);
            }
            if (record != null) {
                return record;
            }
            current.close();
            current = null;
            done(file);
        }
        return null;
    }

    /** On to the next file, this one's bytes counted as read. */
    private void done(InputFile file) {
        bytesDone.addAndGet(size(file.path()));
        fileIndex++;
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
