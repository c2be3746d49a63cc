package id.warta.plugin;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.ParseException;
import java.util.List;
import org.apache.lucene.analysis.hunspell.DictEntries;
import org.apache.lucene.analysis.hunspell.DictEntry;
import org.apache.lucene.analysis.hunspell.Dictionary;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * The hunspell id_ID dictionary shipped in this jar, used as a list of Indonesian roots.
 *
 * <p>Loaded once per JVM, on first use, from the jar's own resources into an in-memory directory:
 * Elasticsearch's entitlements forbid temporary files. The dictionary is case-insensitive (proper
 * nouns are capitalised in the .dic) and immutable, so one instance serves every thread.
 *
 * <p>A word "is a root" when the .dic has an entry for it, whatever its flags: {@code
 * Hunspell.spell} rejects roots flagged as needing an affix ("tandatangan"), which must still stop
 * the stemmer.
 */
final class HunspellLexicon {

  private static final String AFFIX_RESOURCE = "hunspell/id_ID.aff";
  private static final String WORDS_RESOURCE = "hunspell/id_ID.dic";

  private HunspellLexicon() {}

  /** Whether the dictionary has an entry for this lower-case word. */
  static boolean isRoot(String word) {
    return Holder.DICTIONARY.lookupEntries(word) != null;
  }

  /** See {@link RootLexicon#flags(String)}. */
  static String flags(String word) {
    DictEntries entries = Holder.DICTIONARY.lookupEntries(word);
    if (entries == null) {
      return null;
    }
    if (entries.size() == 1) {
      return entries.get(0).getFlags();
    }
    StringBuilder flags = new StringBuilder();
    for (DictEntry entry : entries) {
      flags.append(entry.getFlags());
    }
    return flags.toString();
  }

  /** Lazy, thread-safe initialisation by the class loader. */
  private static final class Holder {
    static final Dictionary DICTIONARY = load();
  }

  private static Dictionary load() {
    try (InputStream affix = open(AFFIX_RESOURCE);
        InputStream words = open(WORDS_RESOURCE);
        ByteBuffersDirectory scratch = new ByteBuffersDirectory()) {
      return new Dictionary(scratch, "warta-id", affix, List.of(words), true);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the hunspell id_ID dictionary", e);
    } catch (ParseException e) {
      throw new IllegalStateException("cannot parse the hunspell id_ID dictionary", e);
    }
  }

  private static InputStream open(String resource) throws IOException {
    InputStream in = HunspellLexicon.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IOException("missing resource id/warta/plugin/" + resource);
    }
    return in;
  }
}
