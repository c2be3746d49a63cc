package id.warta.plugin;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.id.IndonesianAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Warta's analyzer for Indonesian news text: standard tokenizer, lowercase, Lucene's default
 * Indonesian stop words, then {@link IndonesianNewsStemFilter}. Normalisation (for keyword-like
 * query parts such as wildcards) only lower-cases.
 */
public final class IndonesianNewsAnalyzer extends Analyzer {

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    Tokenizer source = new StandardTokenizer();
    TokenStream result = new LowerCaseFilter(source);
    result = new StopFilter(result, IndonesianAnalyzer.getDefaultStopSet());
    result = new IndonesianNewsStemFilter(result);
    return new TokenStreamComponents(source, result);
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new LowerCaseFilter(in);
  }
}
