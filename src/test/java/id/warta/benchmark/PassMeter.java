package id.warta.benchmark;

import java.time.Duration;
import java.util.Optional;

/**
 * Measures the passes a loader makes in its own JVM (the ingest benchmark runs each loader for several passes
 * over the archive, so that later passes show the JVM warm): the JVM's CPU and its JIT compilers' over the
 * pass, and Elasticsearch's when it runs on this machine. Prints one line per pass that {@link IngestRuns}
 * reads back.
 */
final class PassMeter {

    private final ProcessHandle self = ProcessHandle.current();
    private final ProcessCpu.CompilerThreads compilers = new ProcessCpu.CompilerThreads(self);
    private final Optional<ProcessHandle> elasticsearch;
    private double cpuAtStart;
    private double jitAtStart;
    private double elasticsearchAtStart;

    PassMeter(String elasticsearchUrl) {
        elasticsearch = ProcessCpu.localElasticsearch(elasticsearchUrl);
    }

    void start() {
        cpuAtStart = seconds(ProcessCpu.total(self));
        jitAtStart = seconds(compilers.cpu());
        elasticsearchAtStart = elasticsearch.map(p -> seconds(ProcessCpu.total(p))).orElse(Double.NaN);
    }

    /** Prints the pass's line: documents read and indexed, its own elapsed seconds, and the CPU since {@link #start}. */
    void finish(int pass, long read, long indexed, double elapsedSeconds) {
        double cpu = seconds(ProcessCpu.total(self)) - cpuAtStart;
        double jit = seconds(compilers.cpu()) - jitAtStart;
        double es = elasticsearch.map(p -> seconds(ProcessCpu.total(p))).orElse(Double.NaN) - elasticsearchAtStart;
        System.out.printf(java.util.Locale.ROOT, "pass %d: read %d, indexed %d, elapsed %.3f s, cpu %.2f s, jit %.2f s, elasticsearch %.2f s%n",
                pass, read, indexed, elapsedSeconds, cpu, jit, es);
    }

    private static double seconds(Duration duration) {
        return duration == null ? Double.NaN : duration.toNanos() / 1e9;
    }
}
