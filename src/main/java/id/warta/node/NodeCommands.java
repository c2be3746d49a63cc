package id.warta.node;

import id.warta.WartaException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs the distribution's programs (bin/elasticsearch, bin/elasticsearch-certutil, ...) with the right
 * Java and, as root, as the service user. Every wait is bounded; a failure quotes the program's output.
 */
final class NodeCommands {

    private static final long TOOL_TIMEOUT_SECONDS = 120;

    private final NodeInstallation installation;
    private final Path javaHome;

    NodeCommands(NodeInstallation installation, Path javaHome) {
        this.installation = installation;
        this.javaHome = javaHome;
    }

    /** Starts bin/elasticsearch as a daemon; returns its exit code and what it printed. */
    Result startDaemon(long timeoutSeconds) {
        return run(installation.home().resolve("bin/elasticsearch"),
                List.of("-d", "-p", installation.pidFile().toString()), timeoutSeconds);
    }

    /** Runs one of the distribution's command-line tools and fails with its output if it fails. */
    void runTool(String tool, List<String> arguments) {
        Result result = run(installation.home().resolve("bin").resolve(tool), arguments, TOOL_TIMEOUT_SECONDS);
        if (result.exitCode() != 0) {
            throw new WartaException(tool + " " + String.join(" ", arguments.subList(0, 1)) + " failed (exit "
                    + result.exitCode() + "):\n" + result.output());
        }
    }

    record Result(int exitCode, String output) {
    }

    private Result run(Path program, List<String> arguments, long timeoutSeconds) {
        List<String> command = new ArrayList<>(List.of("env", "ES_JAVA_HOME=" + javaHome, "CLI_JAVA_OPTS=-Xmx256m"));
        command.add(program.toString());
        command.addAll(arguments);
        try {
            Path output = Files.createTempFile("warta-node-", ".out");
            try {
                ProcessBuilder builder = new ProcessBuilder(ServiceUser.wrap(command))
                        .directory(installation.home().toFile())
                        .redirectErrorStream(true)
                        .redirectOutput(output.toFile());
                Map<String, String> env = builder.environment();
                env.remove("JAVA_TOOL_OPTIONS");
                env.remove("ES_JAVA_OPTS");
                Process process = builder.start();
                if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    return new Result(-1, "gave up after " + timeoutSeconds + " s\n" + Files.readString(output));
                }
                return new Result(process.exitValue(), Files.readString(output));
            } finally {
                Files.deleteIfExists(output);
            }
        } catch (IOException e) {
            throw new WartaException("cannot run " + program + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new WartaException("interrupted while running " + program.getFileName());
        }
    }
}
