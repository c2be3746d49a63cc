package id.warta.plugin;

import java.util.ArrayList;
import java.util.List;

/** Test helper: affixed Indonesian words built from a few roots, none of them stop words. */
final class WordSamples {

  private WordSamples() {}

  private static final List<String> ROOTS =
      List.of(
          "tulis", "pukul", "kupas", "sapu", "baca", "ajar", "kerja", "bangun", "jalan", "temu",
          "ganti", "pikir", "tanda", "ubah", "laksana", "kenal", "guna", "rasa", "datang", "cinta");
  private static final List<String> AFFIXES =
      List.of("me%s", "di%skan", "pe%san", "ber%s", "ter%s", "%snya", "%slah", "ke%san", "memper%skan", "%s");

  /** Words made by applying every affix pattern to every root (some are not real words). */
  static List<String> affixedWords() {
    List<String> words = new ArrayList<>();
    for (String root : ROOTS) {
      for (String affix : AFFIXES) {
        words.add(affix.formatted(root));
      }
    }
    return words;
  }
}
