package id.warta.kibana;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #7: docker-compose's own validation of docker-compose.yml (`docker-compose config -q`), where the
 * binary is on the PATH (.ci/run installs Debian's docker-compose 1.29). Needs no Docker engine.
 */
@EnabledIf("dockerComposeInstalled")
class DockerComposeConfigTest {

    static boolean dockerComposeInstalled() {
        String path = System.getenv("PATH");
        return path != null && List.of(path.split(File.pathSeparator)).stream()
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, "docker-compose")));
    }

    record Result(int exitCode, String output) {
    }

    static Result config(Path envFile) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("docker-compose", "--project-directory", ComposeFileTest.ROOT.toString(),
                "-f", ComposeFileTest.COMPOSE.toString(), "--env-file", envFile.toString(), "config", "-q"));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Result(process.exitValue(), output);
    }

    @Test
    @DisplayName("docker-compose config -q accepts the file with every value of .env.example filled in")
    void validates(@TempDir Path dir) throws IOException, InterruptedException {
        List<String> env = new ArrayList<>();
        for (String line : Files.readAllLines(ComposeFileTest.ENV_EXAMPLE)) {
            env.add(line.matches("[A-Z_]+=") ? line + "0123456789abcdef0123456789abcdef" : line);
        }
        Path envFile = Files.write(dir.resolve("env"), env);

        Result result = config(envFile);
        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(result.output()).isBlank();
    }

    @Test
    @DisplayName("with the secrets of .env.example still empty, docker-compose refuses and names the missing secret")
    void refusesEmptySecrets() throws IOException, InterruptedException {
        Result result = config(ComposeFileTest.ENV_EXAMPLE);
        assertThat(result.exitCode()).isNotZero();
        assertThat(result.output()).containsPattern("set [A-Z_]+ in \\.env \\(see \\.env\\.example\\)");
    }
}
