package id.warta.plugin;

import java.util.ArrayList;
import java.util.List;

/**
 * The ways the start of an Indonesian word can be read as a derivational prefix, most likely first.
 *
 * <p>These are the allomorph rules of enhanced confix stripping: {@code meN-} and {@code peN-}
 * assimilate to the root's first sound and drop a voiceless {@code p t k s}, so "mem" + vowel reads
 * as m- or p-, "men" + vowel as n- or t-, "meng" + vowel as a vowel root or k-, "meny" + vowel as
 * s- (or a root in ny-); {@code ber-}, {@code ter-} and {@code per-} lose their r before a syllable in
 * -er- ("bekerja", "pekerja") and before a root in r- ("beradu" is ber + adu, but may be be +
 * radu); "bel" and "pel" occur only before "ajar".
 */
final class PrefixRules {

  private PrefixRules() {}

  /** The readings of the start of {@code word}, the likelier first; empty when none applies. */
  static List<PrefixReading> readings(String word) {
    List<PrefixReading> out = new ArrayList<>(4);
    if (word.length() < 5) {
      return out;
    }
    switch (word.substring(0, 2)) {
      case "di", "ke", "se" -> out.add(new PrefixReading(word.substring(0, 2), word.substring(2)));
      case "be" -> rPrefix(word, "be", out);
      case "te" -> rPrefix(word, "te", out);
      case "pe" -> {
        rPrefix(word, "pe", out);
        nasalPrefix(word, "pe", out);
        plainPe(word, out);
      }
      case "me" -> {
        nasalPrefix(word, "me", out);
        plainMe(word, out);
      }
      case "ku" -> out.add(new PrefixReading("ku", word.substring(2)));
      case "ka" -> {
        if (word.charAt(2) == 'u') {
          out.add(new PrefixReading("kau", word.substring(3)));
        }
      }
      default -> {
        // no prefix
      }
    }
    return out;
  }

  /** ber-, ter-, per- (base + "r"), their r-less forms before -er- syllables, and bel-/pel-ajar. */
  private static void rPrefix(String word, String base, List<PrefixReading> out) {
    if (word.charAt(2) == 'r') {
      String rest = word.substring(3);
      out.add(new PrefixReading(base, rest));
      if (isVowel(rest.charAt(0))) {
        out.add(new PrefixReading(base, "r" + rest));
      }
    } else if (word.charAt(2) == 'l' && word.startsWith("ajar", 3)) {
      out.add(new PrefixReading(base, word.substring(3)));
    } else if (!base.equals("pe")
        && isConsonant(word.charAt(2))
        && word.startsWith("er", 3)) {
      out.add(new PrefixReading(base, word.substring(2)));
    }
  }

  /** meN- and peN- with their assimilated nasal: mem-, men-, meng-, meny- (likewise pe-). */
  private static void nasalPrefix(String word, String base, List<PrefixReading> out) {
    String nasalised = word.substring(2);
    if (nasalised.startsWith("ng")) {
      String rest = nasalised.substring(2);
      char first = rest.charAt(0);
      if (first == 'e' && rest.length() > 3) {
        out.add(new PrefixReading(base, rest.substring(1))); // menge-bom, penge-cat
      }
      if (isVowel(first) || first == 'g' || first == 'h' || first == 'k' || first == 'q') {
        out.add(new PrefixReading(base, rest));
      }
      if (isVowel(first)) {
        out.add(new PrefixReading(base, "k" + rest));
        out.add(new PrefixReading(base, nasalised)); // menganga: a root in ng-
      }
    } else if (nasalised.startsWith("ny") && isVowel(nasalised.charAt(2))) {
      out.add(new PrefixReading(base, "s" + nasalised.substring(2)));
      out.add(new PrefixReading(base, nasalised));
    } else if (nasalised.startsWith("m")) {
      String rest = nasalised.substring(1);
      char first = rest.charAt(0);
      if (first == 'b' || first == 'f' || first == 'v' || first == 'p') {
        out.add(new PrefixReading(base, rest)); // membaca, memfitnah, mempromosikan, mempe-
      } else if (isVowel(first) || first == 'r') {
        out.add(new PrefixReading(base, "m" + rest));
        out.add(new PrefixReading(base, "p" + rest));
      }
    } else if (nasalised.startsWith("n")) {
      String rest = nasalised.substring(1);
      char first = rest.charAt(0);
      if ("cdjstz".indexOf(first) >= 0) {
        out.add(new PrefixReading(base, rest));
      } else if (isVowel(first)) {
        out.add(new PrefixReading(base, "n" + rest));
        out.add(new PrefixReading(base, "t" + rest));
      }
    }
  }

  /** me- before l, r, w, y (melipat, meringkas, mewarnai, meyakinkan). */
  private static void plainMe(String word, List<PrefixReading> out) {
    char first = word.charAt(2);
    if ((first == 'l' || first == 'r' || first == 'w' || first == 'y') && isVowel(word.charAt(3))) {
      out.add(new PrefixReading("me", word.substring(2)));
    }
  }

  /** pe- before l, w, y and before a consonant that peN- would have nasalised (petani, pekerja). */
  private static void plainPe(String word, List<PrefixReading> out) {
    char first = word.charAt(2);
    if (first == 'l' || first == 'w' || first == 'y') {
      if (isVowel(word.charAt(3))) {
        out.add(new PrefixReading("pe", word.substring(2)));
      }
    } else if (isConsonant(first) && "rmn".indexOf(first) < 0) {
      out.add(new PrefixReading("pe", word.substring(2)));
    }
  }

  /** "belajar" and "pelajar": the only words with the ber-/per- allomorphs bel-/pel- (on "ajar"). */
  static boolean isBelPelAjar(String word) {
    return (word.startsWith("bel") || word.startsWith("pel")) && word.startsWith("ajar", 3);
  }

  static boolean isVowel(char c) {
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
  }

  static boolean isConsonant(char c) {
    return c >= 'a' && c <= 'z' && !isVowel(c);
  }
}
