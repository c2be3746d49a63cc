package id.warta.plugin;

import java.util.Set;

/**
 * Whether a string has the shape of an Indonesian root: it starts with a vowel, a consonant and a
 * vowel, or an onset cluster Indonesian allows (ng, ny, kh, sy, tr, pr, kr, bl, st, ...); it ends in
 * a vowel, "ng", or a single consonant that roots end in; it has at least three letters and two
 * syllables. Tala's cuts of names fail it: "rcedes", "ndari", "jokow", "kalimant".
 */
final class RootShape {

  private static final Set<String> ONSET_CLUSTERS =
      Set.of(
          "ng", "ny", "kh", "sy", "tr", "pr", "kr", "gr", "br", "dr", "fr", "bl", "pl", "kl", "fl",
          "gl", "sl", "sk", "sp", "st", "sw");
  private static final String FINAL_CONSONANTS = "bdfghklmnprst";

  private RootShape() {}

  static boolean isPlausible(String stem) {
    int n = stem.length();
    if (n < 3 || vowels(stem) < 2) {
      return false;
    }
    boolean onsetOk =
        PrefixRules.isVowel(stem.charAt(0))
            || PrefixRules.isVowel(stem.charAt(1))
            || ONSET_CLUSTERS.contains(stem.substring(0, 2));
    char last = stem.charAt(n - 1);
    boolean codaOk =
        PrefixRules.isVowel(last)
            || stem.endsWith("ng")
            || FINAL_CONSONANTS.indexOf(last) >= 0 && PrefixRules.isVowel(stem.charAt(n - 2));
    return onsetOk && codaOk;
  }

  static int vowels(String s) {
    int count = 0;
    for (int i = 0; i < s.length(); i++) {
      if (PrefixRules.isVowel(s.charAt(i))) {
        count++;
      }
    }
    return count;
  }
}
