package id.warta.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.miscellaneous.SetKeywordMarkerFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IndonesianNewsStemFilterTest {

  private final Analyzer analyzer = new IndonesianNewsAnalyzer();

  private static String stem(String word) {
    return new IndonesianNewsStemmer().stem(word);
  }

  @ParameterizedTest
  @ValueSource(strings = {"menteri", "kemarin", "pantai", "nilai", "tandatangan", "jokowi"})
  @DisplayName("should leave roots that Tala over-stems as they are")
  void noOverStemming(String word) {
    assertThat(Analysis.terms(analyzer, word)).containsExactly(word);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "menandatangani", "ditandatangani", "penandatanganan", "tandatangan", "Tandatangannya"
      })
  @DisplayName("should meet the tandatangan family at tandatangan")
  void tandatanganFamily(String word) {
    assertThat(Analysis.terms(analyzer, word)).containsExactly("tandatangan");
  }

  @ParameterizedTest
  @CsvSource({
    "pemerintah, perintah",
    "kementerian, menteri",
    "mengupas, kupas",
    "memberikan, beri",
    "berikanku, beri",
    "bertahan, tahan",
    "menyala, nyala",
    "petani, tani",
    "pembangunan, bangun",
    "mempelajari, ajar",
    "pelajar, ajar",
    "budayawan, budaya",
    "memposting, posting",
    "instagramnya, instagram",
    // the common words that the names and bare entries below were once cut to
    "berdiri, diri",
    "mendirikan, diri",
    "bekasnya, bekas",
    "belikan, beli",
    "pemilihan, pilih",
    "berawan, awan",
    "menerapkan, terap",
    "keinginan, ingin",
    "mengkaji, kaji", // listed bare, and a verb of kaji all the same
    "meringis, ringis",
    "kepulauan, pulau",
    "sahkan, sah",
    "kedirinya, kediri", // a name or a listed word with a possessive is that word
    "pemilunya, pemilu",
    "sepenuhnya, sepenuh",
    "ditanya, tanya",
    "menikah, nikah",
  })
  @DisplayName("should stem affixed words to their roots")
  void roots(String word, String root) {
    assertThat(stem(word)).isEqualTo(root);
  }

  @ParameterizedTest
  @ValueSource(strings = {"kalimantan", "senayan", "mulyani", "basuki", "abdullah", "mercedes"})
  @DisplayName("should not cut unknown names with Tala")
  void namesKept(String name) {
    assertThat(stem(name)).isEqualTo(name);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "kediri", "bekasi", "terawan", "megawati", "pertamina", "pelosi", "kemayoran", "persebaya", "perindo",
        "gunawan", "setiawan", "menaker", "mentan", "kemenpora"
      })
  @DisplayName("should not cut a name news capitalises into another word (Kediri is no diri, Bekasi no bekas)")
  void newsNamesKept(String name) {
    assertThat(stem(name)).isEqualTo(name);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "pemilu", "topan", "terapi", "beringin", "pesisir", "durian", "rambutan", "segenap", "sekadar", "semata",
        "melayu", "beruang", "pelampung", "ketimbang", "semenanjung", "memori", "mentari", "bermuda", "naskah",
        "paskah", "selaku"
      })
  @DisplayName("should keep a word the dictionary lists bare whole, unless meN-, di- or a suffix its root takes explains it")
  void bareEntriesKept(String word) {
    assertThat(stem(word)).isEqualTo(word);
  }

  @Test
  @DisplayName("should keep the content words of Lucene's stop list: bunuh diri, usia dini, pedagang kecil")
  void contentWordsKept() {
    assertThat(Analysis.terms(analyzer, "bunuh diri di usia dini oleh pedagang kecil yang tidak mampu"))
        .containsExactly("bunuh", "diri", "usia", "dini", "dagang", "kecil", "mampu");
  }

  @Test
  @DisplayName("should keep lama, biasa, sama, sesama and tanpa: Orde Lama is not Orde Baru, nor is sesama jenis any jenis")
  void moreContentWordsKept() {
    assertThat(Analysis.terms(analyzer, "Orde Lama, kejadian luar biasa, sesama jenis, tanpa awak, sama rata"))
        .containsExactly("orde", "lama", "jadi", "luar", "biasa", "sama", "jenis", "tanpa", "awak", "sama", "rata");
  }

  @ParameterizedTest
  @CsvSource({"Ma'ruf Amin", "Ma’ruf Amin", "Maruf Amin"})
  @DisplayName("should make one word of a name written with a straight, a curly or no apostrophe")
  void apostrophes(String text) {
    assertThat(Analysis.terms(analyzer, text)).containsExactly("maruf", "amin");
  }

  @ParameterizedTest
  @CsvSource({
    "negara-negara, negara",
    "anak-anaknya, anak",
    "Anak-anak, anak",
    "berbalas-balasan, balas",
  })
  @DisplayName("should conflate a hyphenated reduplication with its root (standard tokenizer)")
  void reduplication(String text, String root) {
    assertThat(Analysis.terms(analyzer, text)).isNotEmpty().containsOnly(root);
    assertThat(Analysis.terms(analyzer, root)).containsExactly(root);
  }

  @ParameterizedTest
  @CsvSource({
    "negara-negara, negara",
    "anak-anaknya, anak",
    "meniru-nirukan, tiru",
    "kuasa-mu, kuasa",
    "bolak-balik, bolak-balik",
    "----, ----",
    "-nya-nya, -nya",
    "anti-korupsi, anti-korupsi",
  })
  @DisplayName("should stem a hyphenated word kept whole by the tokenizer")
  void hyphenatedToken(String word, String stem) {
    assertThat(stem(word)).isEqualTo(stem);
  }

  @Test
  @DisplayName("should keep offsets, positions and position lengths")
  void attributesPreserved() throws IOException {
    String text = "Para menteri menandatangani perjanjian itu di Jakarta";
    List<String> tokens = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream("body", text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
      PositionLengthAttribute length = stream.addAttribute(PositionLengthAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        tokens.add(
            "%s %d-%d +%d x%d"
                .formatted(
                    term,
                    offset.startOffset(),
                    offset.endOffset(),
                    increment.getPositionIncrement(),
                    length.getPositionLength()));
      }
      stream.end();
      assertThat(offset.endOffset()).isEqualTo(text.length());
    }
    // "para", "itu" and "di" are stop words: the gaps stay in the position increments
    assertThat(tokens)
        .containsExactly(
            "menteri 5-12 +2 x1",
            "tandatangan 13-27 +1 x1",
            "janji 28-38 +1 x1",
            "jakarta 46-53 +3 x1");
  }

  @Test
  @DisplayName("should not stem tokens marked as keywords")
  void keywordsRespected() {
    CharArraySet protectedWords = new CharArraySet(List.of("menandatangani"), false);
    Analyzer marking =
        new Analyzer() {
          @Override
          protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new WhitespaceTokenizer();
            TokenStream marked = new SetKeywordMarkerFilter(source, protectedWords);
            return new TokenStreamComponents(source, new IndonesianNewsStemFilter(marked));
          }
        };
    assertThat(Analysis.terms(marking, "menandatangani ditandatangani"))
        .containsExactly("menandatangani", "tandatangan");
    marking.close();
  }

  @Test
  @DisplayName("should leave numbers, codes and short words alone")
  void unstemmable() {
    assertThat(Analysis.terms(analyzer, "covid-19 2019 b29 ibu"))
        .containsExactly("covid", "19", "2019", "b29", "ibu");
  }

  @Test
  @DisplayName("should give the same stems on many threads as on one")
  void threadSafe() throws Exception {
    CharArraySet stopWords = IndonesianNewsAnalyzer.STOP_WORDS;
    List<String> words = WordSamples.affixedWords().stream().filter(w -> !stopWords.contains(w)).toList();
    Map<String, String> expected =
        words.stream()
            .distinct()
            .collect(Collectors.toMap(Function.identity(), IndonesianNewsStemFilterTest::stem));
    int threads = 8;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<Map<String, String>>> results = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int offset = t * 37;
        results.add(
            pool.submit(
                () -> {
                  Analyzer perThread = new IndonesianNewsAnalyzer(); // one per thread, as in ES
                  Map<String, String> seen = new HashMap<>();
                  for (int i = 0; i < words.size(); i++) {
                    String word = words.get((i + offset) % words.size());
                    seen.put(word, String.join(" ", Analysis.terms(perThread, word)));
                  }
                  perThread.close();
                  return seen;
                }));
      }
      for (Future<Map<String, String>> result : results) {
        assertThat(result.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
