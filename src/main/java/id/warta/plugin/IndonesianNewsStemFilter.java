package id.warta.plugin;

import java.io.IOException;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * Replaces each lower-case Indonesian token by its stem (see {@link IndonesianNewsStemmer}): the
 * hunspell id_ID root when the dictionary accounts for the word, else Lucene's Tala stem.
 *
 * <p>One token out for each token in: positions, offsets and types are untouched. Apostrophes inside a
 * word are dropped first ({@link WithoutApostrophesFilter}: "ma’ruf" is "maruf"). Tokens marked with {@link KeywordAttribute} are not stemmed. Expects lower-cased input (put a lowercase filter
 * before it). Stems are memoised in a bounded memo shared by all instances, so a word is analysed
 * once however many threads and documents contain it.
 */
public final class IndonesianNewsStemFilter extends TokenFilter {

  /**
   * Words per memo generation. The memo holds at most twice this many, about 28 MB at worst; the
   * 25,000 articles of CLICK-ID have ~100k distinct words, so a news vocabulary mostly stays warm.
   */
  static final int MEMO_CAPACITY = 100_000;

  private static final StemMemo MEMO = new StemMemo(MEMO_CAPACITY);

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);
  private final UnaryOperator<String> stemmer = new IndonesianNewsStemmer()::stem;

  public IndonesianNewsStemFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    WithoutApostrophesFilter.strip(term);
    if (!keyword.isKeyword() && IndonesianNewsStemmer.isStemmable(term)) {
      String word = term.toString();
      String stem = MEMO.stem(word, stemmer);
      if (!stem.equals(word)) {
        term.setEmpty().append(stem);
      }
    }
    return true;
  }
}
