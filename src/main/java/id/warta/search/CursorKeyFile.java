package id.warta.search;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;

/**
 * The cursor signing key in WARTA_HOME/search-cursor.key: 32 random bytes made on first use, readable
 * by the owner only. When the file cannot be written, a key for this process only.
 */
record CursorKeyFile(Path file) {

    private static final int KEY_BYTES = 32;

    static CursorKeyFile in(Path home) {
        return new CursorKeyFile(home.resolve("search-cursor.key"));
    }

    byte[] read() {
        try {
            if (!Files.exists(file)) {
                create();
            }
            byte[] key = Files.readAllBytes(file);
            if (key.length == KEY_BYTES) {
                return key;
            }
        } catch (IOException | UnsupportedOperationException e) {
            // falls back below
        }
        return random();
    }

    private void create() throws IOException {
        Files.createDirectories(file.getParent());
        Path temporary = Files.createTempFile(file.getParent(), "cursor", ".key");
        try {
            Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException ignored) {
            // not a POSIX file system
        }
        Files.write(temporary, random());
        try {
            Files.move(temporary, file);
        } catch (FileAlreadyExistsException raced) {
            Files.delete(temporary);
        }
    }

    private static byte[] random() {
        byte[] key = new byte[KEY_BYTES];
        new SecureRandom().nextBytes(key);
        return key;
    }
}
