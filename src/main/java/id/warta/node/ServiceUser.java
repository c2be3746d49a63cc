package id.warta.node;

import id.warta.WartaException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Elasticsearch refuses to run as root. When Warta runs as root it creates (or reuses) the
 * unprivileged account {@value NodeSettings#SERVICE_USER}, gives it the node's folder and runs the
 * node's programs as that account through {@code runuser}. As a normal user nothing changes.
 */
final class ServiceUser {

    private ServiceUser() {
    }

    static boolean runningAsRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    /** The command to run, wrapped so that it runs as the service user when we are root. */
    static List<String> wrap(List<String> command) {
        if (!runningAsRoot()) {
            return command;
        }
        List<String> wrapped = new ArrayList<>(List.of("runuser", "-u", NodeSettings.SERVICE_USER, "--"));
        wrapped.addAll(command);
        return wrapped;
    }

    /** As root: make sure the service user exists and owns the node folder (and can reach it). */
    static void prepare(Path nodeDirectory) {
        if (!runningAsRoot()) {
            return;
        }
        if (run(List.of("id", "-u", NodeSettings.SERVICE_USER)) != 0) {
            int created = run(List.of("useradd", "--system", "--no-create-home", "--shell", "/usr/sbin/nologin",
                    "--home-dir", nodeDirectory.toString(), NodeSettings.SERVICE_USER));
            if (created != 0) {
                throw new WartaException("Elasticsearch cannot run as root and creating the user '"
                        + NodeSettings.SERVICE_USER + "' failed (useradd exit " + created + "). "
                        + "Create it yourself or run Warta as a normal user.");
            }
        }
        int owned = run(List.of("chown", "-R", NodeSettings.SERVICE_USER + ":", nodeDirectory.toString()));
        if (owned != 0) {
            throw new WartaException("could not give " + nodeDirectory + " to the user " + NodeSettings.SERVICE_USER);
        }
        for (Path dir = nodeDirectory.getParent(); dir != null; dir = dir.getParent()) {
            if (!isTraversableByOthers(dir)) {
                throw new WartaException("the node folder " + nodeDirectory + " sits below " + dir
                        + ", which the user '" + NodeSettings.SERVICE_USER + "' cannot enter. "
                        + "Set WARTA_NODE_DIR to a folder outside root's home, e.g. /var/lib/warta/node.");
            }
        }
    }

    private static boolean isTraversableByOthers(Path dir) {
        try {
            return Files.getPosixFilePermissions(dir).contains(java.nio.file.attribute.PosixFilePermission.OTHERS_EXECUTE);
        } catch (IOException | UnsupportedOperationException e) {
            return true;
        }
    }

    private static int run(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return -1;
            }
            return process.exitValue();
        } catch (IOException e) {
            throw new WartaException("could not run " + command.getFirst() + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }
}
