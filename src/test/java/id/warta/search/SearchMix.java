package id.warta.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The search benchmark's way of measuring: {@link BenchmarkQueries#MIX} sent in rounds by concurrent clients,
 * every request timed. Used by {@link SearchBenchmark} (API vs direct) and by the scale benchmark
 * ({@code id.warta.benchmark.ScaleBenchmark}, the query module at several index sizes).
 */
public final class SearchMix {

    /** Sends one search of the mix and reads its answer. */
    @FunctionalInterface
    public interface Call<R> {
        void send(R request) throws Exception;
    }

    private SearchMix() {
    }

    /** The mix as the query module takes it (validated by {@code search}). */
    public static List<SearchRequest> validated(ArticleSearch search) {
        return BenchmarkQueries.MIX.stream().map(search::validate).toList();
    }

    public static int size() {
        return BenchmarkQueries.MIX.size();
    }

    /**
     * Every client sends the whole list once, each starting at its own offset; the latencies go to
     * {@code sink} (none during warm-up). Returns the round's wall time in nanoseconds.
     */
    public static <R> long round(List<R> requests, int clients, Call<R> call, Latencies sink) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        try {
            List<Future<long[]>> futures = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                int offset = c * 5;
                futures.add(pool.submit(() -> {
                    long[] took = new long[requests.size()];
                    for (int i = 0; i < requests.size(); i++) {
                        R r = requests.get((i + offset) % requests.size());
                        long t0 = System.nanoTime();
                        call.send(r);
                        took[i] = System.nanoTime() - t0;
                    }
                    return took;
                }));
            }
            for (Future<long[]> f : futures) {
                long[] took = f.get();
                if (sink != null) {
                    sink.add(took);
                }
            }
        } finally {
            pool.shutdown();
        }
        return System.nanoTime() - start;
    }

    /** Latencies in nanoseconds. */
    public static final class Latencies {
        private long[] values = new long[0];

        public synchronized void add(long[] more) {
            long[] merged = Arrays.copyOf(values, values.length + more.length);
            System.arraycopy(more, 0, merged, values.length, more.length);
            values = merged;
        }

        public synchronized int count() {
            return values.length;
        }

        /** The nearest-rank percentile in nanoseconds. */
        public synchronized double percentile(int p) {
            long[] sorted = values.clone();
            Arrays.sort(sorted);
            int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
            return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
        }
    }
}
