package id.warta.plugin;

import java.util.ArrayList;
import java.util.List;

/**
 * Readings of colloquial (Jakarta) Indonesian forms, tried by {@link ConfixStripper} only for words
 * that no standard reading explains, and accepted only when they end in a productive root.
 *
 * <ul>
 *   <li>a bare nasal prefix instead of meN-: "nyoba" (coba), "nuduh" (tuduh), "mukul" (pukul),
 *       "ngambil" (ambil), "ngadepin" (hadap), "ngebuka" (buka);
 *   <li>the suffix -in for -kan/-i: "betulin", "nunjukin";
 *   <li>e for a in the last syllable: "cepet" (cepat), "temenan" (teman), "nyimpen" (simpan).
 * </ul>
 */
final class ColloquialReadings {

  private ColloquialReadings() {}

  static void search(String word, ConfixStripper stripper, ConfixStripper.Best best) {
    for (ConfixStripper.SuffixReading reading : suffixReadings(word)) {
      for (String form : vowelVariants(reading.stem())) {
        if (best.offer(form, "", "")
            || offerNasalReadings(form, best)
            || stripper.stripPrefixes(form, reading.derivational(), best)) {
          return;
        }
      }
    }
  }

  /** The standard suffix readings, each followed by its reading with -in removed. */
  private static List<ConfixStripper.SuffixReading> suffixReadings(String word) {
    List<ConfixStripper.SuffixReading> readings = new ArrayList<>();
    for (ConfixStripper.SuffixReading reading : ConfixStripper.suffixReadings(word)) {
      readings.add(reading);
      String stem = reading.stem();
      if (reading.derivational().isEmpty()
          && stem.endsWith("in")
          && stem.length() - 2 >= ConfixStripper.MIN_ROOT_LENGTH) {
        readings.add(new ConfixStripper.SuffixReading(stem.substring(0, stem.length() - 2), "in"));
      }
    }
    return readings;
  }

  /** The form itself and, when its last vowel is e, the same with a. */
  private static List<String> vowelVariants(String form) {
    List<String> variants = new ArrayList<>(2);
    variants.add(form);
    for (int i = form.length() - 1; i > 0; i--) {
      char c = form.charAt(i);
      if (PrefixRules.isVowel(c)) {
        if (c == 'e' && i >= form.length() - 3) {
          variants.add(form.substring(0, i) + 'a' + form.substring(i + 1));
        }
        break;
      }
    }
    return variants;
  }

  /** Roots behind a bare nasal prefix (ng-, nge-, ny-, n-, m-), offered as meN- readings. */
  private static boolean offerNasalReadings(String form, ConfixStripper.Best best) {
    if (form.length() < 5) {
      return false;
    }
    List<String> roots = new ArrayList<>(3);
    if (form.startsWith("nge")) {
      roots.add(form.substring(3));
    }
    if (form.startsWith("ng") && PrefixRules.isVowel(form.charAt(2))) {
      String rest = form.substring(2);
      roots.add(rest);
      roots.add("k" + rest);
      roots.add("h" + rest);
    } else if (form.startsWith("ny") && PrefixRules.isVowel(form.charAt(2))) {
      String rest = form.substring(2);
      roots.add("s" + rest);
      roots.add("c" + rest);
    } else if (form.charAt(0) == 'n' && PrefixRules.isVowel(form.charAt(1))) {
      roots.add("t" + form.substring(1));
    } else if (form.charAt(0) == 'm' && PrefixRules.isVowel(form.charAt(1))) {
      roots.add("p" + form.substring(1));
    }
    for (String root : roots) {
      if (best.offer(root, "me", "")) {
        return true;
      }
    }
    return false;
  }
}
