package id.warta.plugin;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.id.IndonesianAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;

import java.util.Set;

/**
 * Warta's analyzer for Indonesian news text: standard tokenizer, lowercase, Indonesian stop words
 * ({@link #STOP_WORDS}), then {@link IndonesianNewsStemFilter}. Normalisation (for keyword-like query
 * parts such as wildcards) only lower-cases.
 */
public final class IndonesianNewsAnalyzer extends Analyzer {

  /**
   * Words of Lucene's Indonesian stop list that news uses as content words and researchers search for:
   * "bunuh diri", "usia dini", "pedagang kecil", "masa depan", "warga tidak mampu", "Orde Lama" (not Orde Baru),
   * "kejadian luar biasa", "pernikahan sesama jenis", "pesawat tanpa awak", "sama rata".
   */
  static final Set<String> CONTENT_WORDS =
      Set.of("diri", "dini", "kecil", "dekat", "depan", "mampu", "pantas", "percuma", "lama", "biasa", "sama", "sesama",
          "tanpa");

  /** Lucene's default Indonesian stop words, less {@link #CONTENT_WORDS}. */
  static final CharArraySet STOP_WORDS = stopWords();

  private static CharArraySet stopWords() {
    CharArraySet words = new CharArraySet(400, false);
    for (Object word : IndonesianAnalyzer.getDefaultStopSet()) {
      String text = new String((char[]) word);
      if (!CONTENT_WORDS.contains(text)) {
        words.add(text);
      }
    }
    return CharArraySet.unmodifiableSet(words);
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    Tokenizer source = new StandardTokenizer();
    TokenStream result = new LowerCaseFilter(source);
    result = new StopFilter(result, STOP_WORDS);
    result = new IndonesianNewsStemFilter(result);
    return new TokenStreamComponents(source, result);
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new LowerCaseFilter(in);
  }
}
