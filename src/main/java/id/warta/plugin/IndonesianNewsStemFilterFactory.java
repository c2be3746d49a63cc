package id.warta.plugin;

import org.apache.lucene.analysis.TokenStream;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;

/** The {@code indonesian_news_stem} token filter: {@link IndonesianNewsStemFilter}, no settings. */
@NamedComponent(IndonesianNewsStemFilterFactory.NAME)
public class IndonesianNewsStemFilterFactory implements TokenFilterFactory {

  public static final String NAME = "indonesian_news_stem";

  @Override
  public TokenStream create(TokenStream tokenStream) {
    return new IndonesianNewsStemFilter(tokenStream);
  }
}
