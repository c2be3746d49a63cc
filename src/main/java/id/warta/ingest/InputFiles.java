package id.warta.ingest;

import id.warta.WartaException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Expands a job input (a file, a folder, or a glob like archive/*.jsonl.gz) into its files, sorted. A folder's hidden
 * files and the files in its hidden folders (.git, .DS_Store) are left out.
 */
final class InputFiles {

    private InputFiles() {
    }

    static List<Path> expand(String pattern) {
        Path path = Path.of(pattern);
        if (Files.isRegularFile(path)) {
            return List.of(path);
        }
        if (Files.isDirectory(path)) {
            return walk(path, p -> !isHidden(path.relativize(p)));
        }
        int firstGlob = indexOfGlob(pattern);
        if (firstGlob < 0) {
            throw new WartaException("input " + pattern + " does not exist");
        }
        String base = pattern.substring(0, pattern.lastIndexOf('/', firstGlob) + 1);
        Path root = Path.of(base.isEmpty() ? "." : base);
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + pattern);
        List<Path> files = Files.isDirectory(root) ? walk(root, p -> matcher.matches(base.isEmpty() ? root.relativize(p) : p)) : List.of();
        if (files.isEmpty()) {
            throw new WartaException("input " + pattern + " matches no file");
        }
        return files;
    }

    /** Whether a path inside a folder is hidden: it, or a folder on the way to it, has a name starting with a dot (.git). */
    private static boolean isHidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static int indexOfGlob(String pattern) {
        for (int i = 0; i < pattern.length(); i++) {
            if ("*?[{".indexOf(pattern.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    private static List<Path> walk(Path root, java.util.function.Predicate<Path> keep) {
        try (Stream<Path> files = Files.walk(root)) {
            return new ArrayList<>(files.filter(Files::isRegularFile).filter(keep).sorted().toList());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + root + ": " + e.getMessage(), e);
        }
    }
}
