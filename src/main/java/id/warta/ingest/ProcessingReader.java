package id.warta.ingest;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Reads and processes ahead of the step, so that cleaning and extraction of the next records run on the
 * worker threads while the writer waits for Elasticsearch. Order is kept: a feeder thread reads raw
 * records in order and queues their processing as futures; {@link #read()} hands out the results in
 * that order.
 *
 * <p>Restarts stay exact: the position saved with each committed chunk is the number of records handed
 * to the step, never the number read ahead, so a resumed run re-reads and re-processes whatever was
 * read ahead but not committed.
 */
public class ProcessingReader implements ItemStreamReader<ProcessedRecord> {

    /** The archive reader's own position key: Spring Batch reopens it at this record. */
    private static final String POSITION_KEY = "archive.read.count";
    /** Records handed to the step in committed chunks: a resumed run continues the count. */
    static final String RECORDS_KEY = "warta.archive.records";
    private static final Future<ProcessedRecord> END = CompletableFuture.completedFuture(null);

    private final ArchiveReader archive;
    private final ArticleProcessor processor;
    private final int threads;
    private final BlockingQueue<Future<ProcessedRecord>> ahead;
    private ExecutorService workers;
    private Thread feeder;
    private long delivered;
    private boolean ended;

    public ProcessingReader(ArchiveReader archive, ArticleProcessor processor, int threads, int readAhead) {
        this.archive = archive;
        this.processor = processor;
        this.threads = threads;
        this.ahead = new ArrayBlockingQueue<>(readAhead);
    }

    @Override
    public void open(ExecutionContext context) throws ItemStreamException {
        archive.open(context);
        delivered = context.getLong(RECORDS_KEY, 0L);
        AtomicInteger number = new AtomicInteger();
        workers = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "ingest-worker-" + number.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        feeder = new Thread(this::feed, "ingest-reader");
        feeder.setDaemon(true);
        feeder.start();
    }

    private void feed() {
        try {
            RawRecord record;
            while ((record = archive.read()) != null) {
                RawRecord next = record;
                ahead.put(workers.submit(() -> processor.process(next)));
            }
            ahead.put(END);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            try {
                ahead.put(CompletableFuture.failedFuture(e));
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public ProcessedRecord read() throws Exception {
        if (ended) {
            return null;
        }
        try {
            ProcessedRecord record = ahead.take().get();
            if (record == null) {
                ended = true;
                return null;
            }
            delivered++;
            return record;
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }

    @Override
    public void update(ExecutionContext context) throws ItemStreamException {
        context.putInt(POSITION_KEY, Math.toIntExact(delivered));
        context.putLong(RECORDS_KEY, delivered);
    }

    @Override
    public void close() throws ItemStreamException {
        if (feeder != null) {
            feeder.interrupt();
            try {
                feeder.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            feeder = null;
        }
        if (workers != null) {
            workers.shutdownNow();
            workers = null;
        }
        ahead.clear();
        archive.close();
    }
}
