package id.warta.plugin;

import org.apache.lucene.analysis.Analyzer;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.AnalyzerFactory;

/** The {@code indonesian_news} analyzer: {@link IndonesianNewsAnalyzer}, no settings. */
@NamedComponent(IndonesianNewsAnalyzerFactory.NAME)
public class IndonesianNewsAnalyzerFactory implements AnalyzerFactory {

  public static final String NAME = "indonesian_news";

  @Override
  public Analyzer create() {
    return new IndonesianNewsAnalyzer();
  }
}
