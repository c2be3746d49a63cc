package id.warta.plugin;

import org.apache.lucene.analysis.TokenStream;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;

/** The {@code indonesian_apostrophes} token filter: {@link WithoutApostrophesFilter}, no settings. */
@NamedComponent(IndonesianApostrophesFilterFactory.NAME)
public class IndonesianApostrophesFilterFactory implements TokenFilterFactory {

  public static final String NAME = "indonesian_apostrophes";

  @Override
  public TokenStream create(TokenStream tokenStream) {
    return new WithoutApostrophesFilter(tokenStream);
  }
}
