package id.warta.search;

import id.warta.testing.Ports;
import id.warta.index.ClusterConnection;
import id.warta.index.IndexNames;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * `warta serve` in a JVM of its own, as it is deployed, for the benchmark: same class path as the
 * benchmark, pointed at its cluster and index, on a free local port. Stopped by {@link #close}.
 */
final class ApiProcess implements AutoCloseable {

    private static final Duration STARTUP = Duration.ofMinutes(3);

    private final Process process;
    private final int port;

    private ApiProcess(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    static ApiProcess start(ClusterConnection cluster, IndexNames names) throws IOException, InterruptedException {
        int port = Ports.unused();
        Path home = Files.createTempDirectory("warta-bench-home");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(List.of(java, "-Xms512m", "-Xmx1g",
                "-cp", System.getProperty("java.class.path"),
                "-Dwarta.es.index=" + names.base(),
                "-Dspring.datasource.url=jdbc:h2:mem:warta-bench",
                "id.warta.WartaApplication", "serve", "--port", String.valueOf(port)))
                .redirectErrorStream(true);
        builder.environment().put("WARTA_ES_URL", cluster.url());
        builder.environment().put("WARTA_HOME", home.toString());
        Process process = builder.start();
        ApiProcess api = new ApiProcess(process, port);
        api.awaitReady();
        return api;
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    private void awaitReady() throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(STARTUP);
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        StringBuilder log = new StringBuilder();
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            log.append(line).append('\n');
            if (line.startsWith("Warta API on")) {
                Thread drain = new Thread(() -> out.lines().forEach(l -> { }), "warta-api-output");
                drain.setDaemon(true);
                drain.start();
                return;
            }
            if (Instant.now().isAfter(deadline)) {
                break;
            }
        }
        close();
        throw new IllegalStateException("warta serve did not start:\n" + log);
    }

    ProcessHandle handle() {
        return process.toHandle();
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        process.waitFor();
    }
}
