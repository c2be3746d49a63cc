package id.warta.plugin;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import java.io.IOException;

/**
 * Drops the apostrophes inside a word, straight or curly, as the standard tokenizer keeps them: "Ma'ruf",
 * "Ma’ruf" (as phones type it) and "Maruf" are one name, "Jum'at" and "Jumat" one day. Positions and offsets are
 * untouched, so highlights still mark the word as written. Used by {@code indonesian_news} and, as the
 * {@code indonesian_apostrophes} filter, by the unstemmed {@code indonesian_exact} analyzer of phrases.
 */
public final class WithoutApostrophesFilter extends TokenFilter {

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

  public WithoutApostrophesFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    strip(term);
    return true;
  }

  /** Removes the apostrophes from a term that has other characters too. */
  static void strip(CharTermAttribute term) {
    char[] buffer = term.buffer();
    int length = term.length();
    int kept = 0;
    for (int i = 0; i < length; i++) {
      char c = buffer[i];
      if (c != '\'' && c != '\u2019' && c != '\u02BC') {
        buffer[kept++] = c;
      }
    }
    if (kept > 0 && kept < length) {
      term.setLength(kept);
    }
  }
}
