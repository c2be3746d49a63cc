package id.warta.ingest;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.springframework.batch.core.listener.ItemWriteListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;

import java.io.PrintStream;

/** A live progress bar over the input bytes, with records/s; ETA follows from the known input size. */
final class IngestProgress implements ItemWriteListener<ProcessedRecord>, StepExecutionListener {

    private final ArchiveReader reader;
    private final IngestCounters counters;
    private final PrintStream out;
    private ProgressBar bar;
    private long started;

    IngestProgress(ArchiveReader reader, IngestCounters counters, PrintStream out) {
        this.reader = reader;
        this.counters = counters;
        this.out = out;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        if (out == null) {
            return;
        }
        started = System.nanoTime();
        boolean large = reader.totalBytes() > 10L * 1024 * 1024;
        bar = new ProgressBarBuilder().setTaskName("ingest").setInitialMax(Math.max(1, reader.totalBytes()))
                .setUnit(large ? " MB" : " KB", large ? 1024 * 1024 : 1024).setStyle(ProgressBarStyle.ASCII).setConsumer(
                        new me.tongfei.progressbar.ConsoleProgressBarConsumer(out)).setUpdateIntervalMillis(500)
                .showSpeed().build();
    }

    /** After each written chunk (Spring Batch 6.0's concurrent chunk processing calls no chunk listeners). */
    @Override
    public void afterWrite(Chunk<? extends ProcessedRecord> chunk) {
        update();
    }

    private void update() {
        if (bar != null) {
            bar.stepTo(reader.bytesRead());
            double seconds = (System.nanoTime() - started) / 1e9;
            bar.setExtraMessage(String.format(" %,d records, %,.0f/s", counters.accounted(), counters.accounted() / Math.max(seconds, 0.001)));
        }
    }

    @Override
    public org.springframework.batch.core.ExitStatus afterStep(StepExecution stepExecution) {
        if (bar != null) {
            bar.stepTo(reader.bytesRead());
            bar.close();
            bar = null;
        }
        return null;
    }
}
