package id.warta.ingest;

import java.nio.file.Path;

/** Warta's home folder (WARTA_HOME, default ~/.warta): job repository, rejects and duplicates files. */
public record WartaHome(Path path) {
}
