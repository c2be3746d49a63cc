package id.warta.plugin;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * Words that news nearly always writes capitalised inside a sentence (at least 80% of the time): names of
 * persons, places and bodies ("kediri", "bekasi", "terawan", "megawati", "pertamina"). Such a word ends in
 * another word by chance far more often than it is affixed, so the stemmer cuts it only where the
 * dictionary's flags license the affixes. The list is {@code names/news-names.txt.gz}: the lower-case words
 * of four letters or more (a-z and hyphens) in capitalisation buckets 3 and 4 of the name finder's word
 * statistics, which are derived from the CLICK-ID news corpus (CC BY 4.0; see names/NOTICE.txt).
 *
 * <p>Loaded once per JVM, on first use; immutable and thread-safe.
 */
final class NewsNames {

  private static final String RESOURCE = "names/news-names.txt.gz";

  private NewsNames() {}

  /** Whether news nearly always capitalises this lower-case word. */
  static boolean contains(String word) {
    return Holder.NAMES.contains(word);
  }

  private static final class Holder {
    static final Set<String> NAMES = load();
  }

  private static Set<String> load() {
    try (InputStream raw = NewsNames.class.getResourceAsStream(RESOURCE)) {
      if (raw == null) {
        throw new IllegalStateException("missing resource " + RESOURCE + " in the analysis plugin");
      }
      Set<String> names = new HashSet<>(32_768);
      try (BufferedReader lines = new BufferedReader(new InputStreamReader(new GZIPInputStream(raw), StandardCharsets.UTF_8))) {
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
          if (!line.isEmpty()) {
            names.add(line);
          }
        }
      }
      return names;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }
}
