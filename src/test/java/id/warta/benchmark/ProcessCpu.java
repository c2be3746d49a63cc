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
        } catch (IOException e) {
            return Duration.ZERO;
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
