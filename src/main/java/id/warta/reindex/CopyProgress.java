package id.warta.reindex;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.ItemWriteListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;

import java.io.IOException;
import java.io.PrintStream;
import java.util.Map;

/** A live progress bar over the articles of the version being copied. */
final class CopyProgress implements ItemWriteListener<Map<String, Object>>, StepExecutionListener {

    private final ElasticsearchClient client;
    private final String source;
    private final CopyWriter writer;
    private final PrintStream out;
    private ProgressBar bar;

    CopyProgress(ElasticsearchClient client, String source, CopyWriter writer, PrintStream out) {
        this.client = client;
        this.source = source;
        this.writer = writer;
        this.out = out;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        if (out == null) {
            return;
        }
        long total;
        try {
            total = client.count(c -> c.index(source)).count();
        } catch (IOException | RuntimeException e) {
            total = 0;
        }
        bar = new ProgressBarBuilder().setTaskName("reindex").setInitialMax(Math.max(1, total))
                .setStyle(ProgressBarStyle.ASCII).setConsumer(new ConsoleProgressBarConsumer(out))
                .setUpdateIntervalMillis(500).setUnit(" articles", 1).showSpeed().build();
    }

    @Override
    public void afterWrite(Chunk<? extends Map<String, Object>> items) {
        if (bar != null) {
            bar.stepTo(writer.copied());
        }
    }

    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        if (bar != null) {
            bar.maxHint(Math.max(bar.getMax(), writer.copied()));
            bar.stepTo(writer.copied());
            bar.close();
            bar = null;
        }
        return null;
    }
}
