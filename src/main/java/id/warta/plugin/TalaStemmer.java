package id.warta.plugin;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.id.IndonesianStemFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Lucene's Indonesian stemmer (Tala's algorithm, the one in Elasticsearch's built-in {@code
 * indonesian} analyzer) applied to one word at a time.
 *
 * <p>Lucene 10.3's {@code IndonesianStemmer} is package-private, so this drives the public {@link
 * IndonesianStemFilter} over a reusable one-word stream. Not thread-safe: one per filter instance.
 */
final class TalaStemmer {

  private final OneWordStream source = new OneWordStream();
  private final TokenStream stemFilter = new IndonesianStemFilter(source);
  private final CharTermAttribute term = source.getAttribute(CharTermAttribute.class);

  /** The Tala stem of a lower-case word. */
  String stem(String word) {
    try {
      source.word = word;
      stemFilter.reset();
      String stem = stemFilter.incrementToken() ? term.toString() : word;
      stemFilter.end();
      stemFilter.close();
      return stem;
    } catch (IOException e) {
      throw new UncheckedIOException(e); // no I/O happens: the stream reads a string
    }
  }

  /** A stream of exactly one token, the word last set. */
  private static final class OneWordStream extends TokenStream {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private String word = "";
    private boolean done;

    @Override
    public boolean incrementToken() {
      if (done) {
        return false;
      }
      clearAttributes();
      term.setEmpty().append(word);
      done = true;
      return true;
    }

    @Override
    public void reset() throws IOException {
      super.reset();
      done = false;
    }
  }
}
