package id.warta.node;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Tells whether a process is the Elasticsearch of a given installation, by its command line: the server's main
 * class and {@code -Des.path.home=} that installation. A pid file outlives a crash or a reboot, and its pid may
 * since belong to any other process, which must never be signalled.
 */
final class NodeProcess {

    static final String MAIN_CLASS = "org.elasticsearch.bootstrap.Elasticsearch";
    private static final String HOME_PROPERTY = "-Des.path.home=";

    private NodeProcess() {
    }

    static boolean isElasticsearchOf(ProcessHandle process, Path home) {
        List<String> arguments = commandLine(process);
        return arguments.stream().anyMatch(a -> a.endsWith(MAIN_CLASS))
                && arguments.stream().filter(a -> a.startsWith(HOME_PROPERTY))
                .anyMatch(a -> sameFile(a.substring(HOME_PROPERTY.length()), home));
    }

    /**
     * Whether the process is on its way out: the kernel has released its memory, so it has no command line any more,
     * but not yet its files, so its ports may still be bound (a node killed a moment ago). Only a process started
     * before {@code pidWritten} can be the one a pid file names: kernel threads and zombies have no command line
     * either, and after a reboot the pid may belong to one of them.
     */
    static boolean isExiting(ProcessHandle process, java.time.Instant pidWritten) {
        return process.isAlive() && commandLine(process).stream().allMatch(String::isEmpty)
                && process.info().startInstant().map(started -> !started.isAfter(pidWritten)).orElse(false);
    }

    /** The program and its arguments: from /proc on Linux (any user's process), else as the JDK sees them. */
    static List<String> commandLine(ProcessHandle process) {
        Path proc = Path.of("/proc", String.valueOf(process.pid()), "cmdline");
        try {
            if (Files.isReadable(proc)) {
                return Arrays.asList(new String(Files.readAllBytes(proc), StandardCharsets.UTF_8).split("\0"));
            }
        } catch (IOException e) {
            // gone meanwhile, or not readable: ask the JDK
        }
        ProcessHandle.Info info = process.info();
        return info.arguments().map(Arrays::asList)
                .orElse(info.commandLine().map(line -> Arrays.asList(line.split(" "))).orElse(List.of()));
    }

    private static boolean sameFile(String path, Path home) {
        try {
            return Path.of(path).equals(home) || Files.isSameFile(Path.of(path), home);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
