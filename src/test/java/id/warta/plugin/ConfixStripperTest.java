package id.warta.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The stripper's rules on a small made-up lexicon (flags in the id_ID format). */
class ConfixStripperTest {

  private static final Map<String, String> LEXICON =
      Map.of(
          "kupas", "D0M0MkP0PaT0a0",
          "upas", "",
          "tulis", "D0M0P0T0a0",
          "pukul", "D0M0P0",
          "sapu", "D0M0P0",
          "ikan", "B0P0Raa0o0",
          "beri", "D0DkM0MkOkP0Paa0k0o0",
          "berik", "",
          "tahan", "B0D0M0P0T0a0",
          "tah", "");

  private final ConfixStripper stripper = new ConfixStripper(LEXICON::get);

  @ParameterizedTest
  @CsvSource({
    "menulis, tulis",
    "memukul, pukul",
    "menyapu, sapu",
    "penulisnya, tulis",
    "ditulislah, tulis",
    "dipukulkan, pukul",
    "tertulis, tulis",
  })
  @DisplayName("should undo nasal assimilation and suffixes")
  void nasalAssimilation(String word, String root) {
    assertThat(stripper.findRoot(word, false)).isEqualTo(root);
  }

  @Test
  @DisplayName("should prefer a root whose flags take the removed prefix")
  void flagsDecide() {
    assertThat(stripper.findRoot("mengupas", false)).isEqualTo("kupas"); // not the bare entry "upas"
    assertThat(stripper.findRoot("memberikan", false)).isEqualTo("beri"); // not mem-ber-ikan
    assertThat(stripper.findRoot("berikanku", false)).isEqualTo("beri"); // not the bare entry "berik"
  }

  @Test
  @DisplayName("should prefer the longer root among equals")
  void leastStrippingFirst() {
    assertThat(stripper.findRoot("bertahan", false)).isEqualTo("tahan");
  }

  @Test
  @DisplayName("should not combine a prefix and a suffix that Indonesian never joins")
  void invalidConfix() {
    assertThat(stripper.findRoot("ditulisan", false)).isNull(); // di-..-an
  }

  @Test
  @DisplayName("should cut a name news capitalises only where the root's flags take the affixes")
  void nameLikeWordsNeedLicensedRoots() {
    assertThat(stripper.findRoot("ketahan", false)).isEqualTo("tahan"); // as a common word would be read
    assertThat(stripper.findRoot("ketahan", true)).isNull(); // tahan takes no ke-
    assertThat(stripper.findRoot("menulis", true)).isEqualTo("tulis");
  }

  @Test
  @DisplayName("should return null when no reading ends in the lexicon")
  void unknown() {
    assertThat(stripper.findRoot("jokowi", false)).isNull();
  }
}
