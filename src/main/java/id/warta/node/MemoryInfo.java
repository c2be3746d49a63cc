package id.warta.node;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Available memory from /proc/meminfo (Linux); 0 where it cannot be read, and then no check is made. */
final class MemoryInfo {

    private MemoryInfo() {
    }

    static long availableBytes() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
                if (line.startsWith("MemAvailable:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return 0;
        }
        return 0;
    }
}
