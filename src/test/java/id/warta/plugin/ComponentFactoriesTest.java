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
  @DisplayName("should build the indonesian_apostrophes filter, which drops apostrophes inside a word")
  void apostrophesFilterFactory() throws java.io.IOException {
    IndonesianApostrophesFilterFactory factory = new IndonesianApostrophesFilterFactory();
    assertThat(factory.name()).isEqualTo("indonesian_apostrophes");
    WhitespaceTokenizer source = new WhitespaceTokenizer();
    source.setReader(new java.io.StringReader("Ma’ruf Jum'at '"));
    try (TokenStream stream = factory.create(source)) {
      var term = stream.addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
      stream.reset();
      java.util.List<String> terms = new java.util.ArrayList<>();
      while (stream.incrementToken()) {
        terms.add(term.toString());
      }
      stream.end();
      assertThat(terms).as("a lone apostrophe stays a token").containsExactly("Maruf", "Jumat", "'");
    }
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
