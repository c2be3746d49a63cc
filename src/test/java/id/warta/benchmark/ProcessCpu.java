package id.warta.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * CPU time of a process on this machine, all threads, and the part of it its JIT compiler threads took, for
 * benchmarks that report where the CPU of a request goes. The compiler share is read from Linux's /proc
 * (zero elsewhere).
 */
public final class ProcessCpu {

    /** Linux's clock ticks per second for /proc/PID/task/TID/stat (USER_HZ, 100 on every common kernel). */
    private static final double TICKS_PER_SECOND = 100;
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private ProcessCpu() {
    }

    /**
     * The process of the Elasticsearch node at {@code url} when it runs on this machine (the node tells its process
     * id; the command line of that process must name Elasticsearch), else empty.
     */
    public static Optional<ProcessHandle> localElasticsearch(String url) {
        try (HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build()) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                    URI.create(url + "/_nodes/_local/process?filter_path=nodes.*.process.id")).timeout(TIMEOUT).build(),
                    HttpResponse.BodyHandlers.ofString());
            JsonNode nodes = new ObjectMapper().readTree(response.body()).path("nodes");
            if (response.statusCode() != 200 || nodes.size() != 1) {
                return Optional.empty();
            }
            return ProcessHandle.of(nodes.elements().next().path("process").path("id").asLong())
                    .filter(p -> p.info().commandLine().orElse("").contains("org.elasticsearch"));
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /** The process's CPU time so far, or null when the system does not tell. */
    public static Duration total(ProcessHandle process) {
        return process.info().totalCpuDuration().orElse(null);
    }

    /**
     * The CPU time of one process's HotSpot compiler threads (C1 and C2), read again on each call. HotSpot starts and
     * ends compiler threads as the load changes, and an ended thread's time leaves /proc: each thread's highest
     * reading is kept, so that the sum only grows.
     */
    public static final class CompilerThreads {

        private final ProcessHandle process;
        private final Map<String, Long> ticksByThread = new HashMap<>();

        public CompilerThreads(ProcessHandle process) {
            this.process = process;
        }

        /** The compiler threads' CPU time so far, zero off Linux. */
        public synchronized Duration cpu() {
            Path tasks = Path.of("/proc", String.valueOf(process.pid()), "task");
            if (Files.isDirectory(tasks)) {
                try (Stream<Path> threads = Files.list(tasks)) {
                    for (Path thread : threads.toList()) {
                        long ticks = compilerTicks(thread);
                        if (ticks > 0) {
                            ticksByThread.merge(thread.getFileName().toString(), ticks, Math::max);
                        }
                    }
                } catch (IOException | UncheckedIOException e) {
                    // the process ended while being read: keep what was seen
                }
            }
            long ticks = ticksByThread.values().stream().mapToLong(Long::longValue).sum();
            return Duration.ofMillis(Math.round(ticks * 1000 / TICKS_PER_SECOND));
        }

        private static long compilerTicks(Path thread) {
            try {
                String name = Files.readString(thread.resolve("comm")).trim();
                if (!name.startsWith("C1 CompilerThre") && !name.startsWith("C2 CompilerThre")) {
                    return 0;
                }
                // Fields after the parenthesised name: state is the 3rd field of the line, utime the 14th, stime the 15th.
                String stat = Files.readString(thread.resolve("stat"));
                String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
            } catch (IOException | RuntimeException e) {
                return 0; // the thread ended while being read
            }
        }
    }
}
