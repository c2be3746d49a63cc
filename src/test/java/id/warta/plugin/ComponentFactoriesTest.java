package id.warta.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.util.BytesRef;
import org.elasticsearch.plugin.analysis.AnalysisMode;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ComponentFactoriesTest {

  @Test
  @DisplayName("should build the indonesian_news_stem filter with default settings")
  void stemFilterFactory() {
    IndonesianNewsStemFilterFactory factory = new IndonesianNewsStemFilterFactory();
    assertThat(factory.name()).isEqualTo("indonesian_news_stem");
    assertThat(factory.getAnalysisMode()).isEqualTo(AnalysisMode.ALL);
    WhitespaceTokenizer source = new WhitespaceTokenizer();
    TokenStream stream = factory.create(source);
    assertThat(stream).isInstanceOf(IndonesianNewsStemFilter.class);
    assertThat(factory.normalize(source)).isSameAs(source); // no stemming in normalisation
  }

  @Test
  @DisplayName("should build the indonesian_news analyzer with default settings")
  void analyzerFactory() {
    IndonesianNewsAnalyzerFactory factory = new IndonesianNewsAnalyzerFactory();
    assertThat(factory.name()).isEqualTo("indonesian_news");
    try (Analyzer analyzer = factory.create()) {
      assertThat(Analysis.terms(analyzer, "Presiden Jokowi menandatangani peraturan itu"))
          .containsExactly("presiden", "jokowi", "tandatangan", "atur");
    }
  }

  @Test
  @DisplayName("should only lower-case when normalising")
  void normalize() {
    try (Analyzer analyzer = new IndonesianNewsAnalyzerFactory().create()) {
      assertThat(analyzer.normalize("body", "MENANDATANGANI"))
          .isEqualTo(new BytesRef("menandatangani"));
    }
  }
}
