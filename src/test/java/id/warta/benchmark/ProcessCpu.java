package id.warta.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;

/**
 * CPU time of a process on this machine, all threads, and the part of it its JIT compiler threads took, for
 * benchmarks that report where the CPU of a request goes. The compiler share is read from Linux's /proc
 * (zero elsewhere).
 */
public final class ProcessCpu {

    /** Linux's clock ticks per second for /proc/PID/task/TID/stat (USER_HZ, 100 on every common kernel). */
    private static final double TICKS_PER_SECOND = 100;

    private ProcessCpu() {
    }

    /**
     * The process of the Elasticsearch node at {@code url} when it runs on this machine (the node tells its process
     * id; the command line of that process must name Elasticsearch), else empty.
     */
    public static java.util.Optional<ProcessHandle> localElasticsearch(String url) {
        try (java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient()) {
            java.net.http.HttpResponse<String> response = http.send(java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create(url + "/_nodes/_local/process?filter_path=nodes.*.process.id")).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            com.fasterxml.jackson.databind.JsonNode nodes = new com.fasterxml.jackson.databind.ObjectMapper()
                    .readTree(response.body()).path("nodes");
            if (response.statusCode() != 200 || nodes.size() != 1) {
                return java.util.Optional.empty();
            }
            return ProcessHandle.of(nodes.elements().next().path("process").path("id").asLong())
                    .filter(p -> p.info().commandLine().orElse("").contains("org.elasticsearch"));
        } catch (IOException e) {
            return java.util.Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return java.util.Optional.empty();
        }
    }

    /** The process's CPU time so far, or null when the system does not tell. */
    public static Duration total(ProcessHandle process) {
        return process.info().totalCpuDuration().orElse(null);
    }

    /** CPU time so far of the process's HotSpot compiler threads (C1 and C2), zero off Linux. */
    public static Duration compiler(ProcessHandle process) {
        Path tasks = Path.of("/proc", String.valueOf(process.pid()), "task");
        if (!Files.isDirectory(tasks)) {
            return Duration.ZERO;
        }
        long ticks = 0;
        try (Stream<Path> threads = Files.list(tasks)) {
            for (Path thread : threads.toList()) {
                ticks += compilerTicks(thread);
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            return Duration.ZERO; // the process ended while being read
        }
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
