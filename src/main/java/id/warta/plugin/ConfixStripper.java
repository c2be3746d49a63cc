package id.warta.plugin;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the dictionary root of an affixed Indonesian word by undoing its affixes: a confix-stripping
 * stemmer after Nazief &amp; Adriani (1996) and Asian et al.'s "enhanced confix stripping" (2007),
 * with the hunspell id_ID word list and its affix flags as its dictionary.
 *
 * <p>A word is read as {@code prefix* root derivational-suffix? possessive? particle?}. The
 * stripper first removes suffixes only (particle {@code -lah -kah -tah -pun}, then possessive
 * {@code -ku -mu -nya}, then derivational {@code -an -kan -i}). Then, for each suffix reading from
 * the least stripped to the most, it removes up to three prefixes breadth-first with {@link
 * PrefixRules}. Invalid prefix and suffix pairs ({@link Confixes}) and the same prefix twice are not
 * tried.
 *
 * <p>Several readings may end in a dictionary word ("mengupas": upas or kupas; "memberikan": ikan or
 * beri). The root's hunspell flags decide ({@link RootLexicon}): a root whose flags take the
 * outermost affix (kupas takes meN-) beats a productive root that does not, which beats a bare
 * entry (upas). Among equals the first reading wins: less stripping first, so longer roots.
 *
 * <p>Stateless and thread-safe if its lexicon is.
 */
final class ConfixStripper {

  /** Shortest root this stripper returns: shorter dictionary entries are mostly noise. */
  static final int MIN_ROOT_LENGTH = 3;

  private static final int MAX_PREFIXES = 3;
  /** The verbal prefixes, which a word the dictionary lists bare may carry as a derivative ("mengkaji"). */
  private static final java.util.Set<String> VERB_PREFIXES = java.util.Set.of("me", "di");
  private static final String[] PARTICLES = {"lah", "kah", "tah", "pun"};
  private static final String[] POSSESSIVES = {"nya", "ku", "mu"};
  /** Loanword suffixes that name-like words do not end in: finalisasi, idealisme. */
  private static final String[] LOANWORD_SUFFIXES = {"isasi", "isme"};
  /**
   * Derivational suffixes of lexicalised (dictionary-listed) words: budayawan, karyawati, idealis.
   * Not tried on unknown words, where -wan and -is are mostly the ends of names (Gunawan, Anies).
   */
  private static final String[] LEXICALISED_SUFFIXES = {"wati", "wan", "isasi", "isme", "is"};

  private final RootLexicon lexicon;

  ConfixStripper(RootLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /**
   * The root of a word the dictionary does not list, reached by removing at least one affix; null
   * when no reading ends in a dictionary word. For a word that news nearly always capitalises (a name:
   * {@code nameLike}) only a root whose flags take the affixes removed counts: names end in other words by
   * chance ("Kediri": ke- + diri, "Bekasi": bekas + -i, "Terawan": ter- + awan).
   */
  String findRoot(String word, boolean nameLike) {
    Best best = new Best(nameLike ? Best.LICENSED : Best.BARE);
    if (search(word, best, true) || nameLike) {
      return best.root;
    }
    for (String suffix : LOANWORD_SUFFIXES) {
      if (word.endsWith(suffix) && word.length() - suffix.length() > MIN_ROOT_LENGTH) {
        best.offer(word.substring(0, word.length() - suffix.length()), "", "");
      }
    }
    if (best.root == null) {
      ColloquialReadings.search(word, this, best.requiring(Best.PRODUCTIVE));
    }
    return best.root;
  }

  /**
   * The root of a word the dictionary lists without flags, which may be a lexicalised derivative
   * (belikan, mengkaji, budayawan, idealisme, rerata). Such an entry is also often a word of its own: its
   * affixes are undone only to a root whose flags take them, and of prefixes only the verbal meN- and di- and
   * the confix ke-...-an ("kepulauan" is pulau):
   * "pemilu" is not cut to "pilu", "pesisir" to "sisir", "semata" to "mata", "sekadar" to "kadar", "durian" to
   * "duri" or "terapi" to "terap", while "mengkaji" is kaji; a bare entry such as "teri" is not cut to anything.
   * A clitic alone is no reading of a listed word ("naskah" is no nas-kah, "paskah" no pas-kah). A name news
   * capitalises takes neither meN- nor di- ("Melayu" is no layu) nor a lexicalised suffix ("gunawan" is no guna).
   */
  String findRootOfBareEntry(String word, boolean nameLike) {
    Best best = new Best(Best.LICENSED).takingSuffixesOfMeNConfixes().derivationalSuffixesOnly()
        .withOutermostPrefixes(nameLike ? java.util.Set.of() : VERB_PREFIXES);
    if (search(word, best, true) || nameLike) {
      return best.root;
    }
    best.requiring(Best.PRODUCTIVE);
    for (String suffix : LEXICALISED_SUFFIXES) {
      if (word.endsWith(suffix) && word.length() - suffix.length() > MIN_ROOT_LENGTH) {
        best.offer(word.substring(0, word.length() - suffix.length()), "", "");
      }
    }
    if (word.length() > 5 && word.charAt(1) == 'e' && word.charAt(0) == word.charAt(2)) {
      best.offer(word.substring(2), "", ""); // first syllable reduplicated: rerata, lelembut
    }
    return best.root;
  }

  /** Suffix-only readings, then (with {@code prefixes}) prefix readings; true when a licensed root settled it. */
  boolean search(String word, Best best, boolean prefixes) {
    List<SuffixReading> readings = suffixReadings(word);
    for (int i = 1; i < readings.size(); i++) {
      SuffixReading reading = readings.get(i);
      if (best.derivationalSuffixesOnly && reading.derivational().isEmpty()) {
        continue;
      }
      if (best.offer(reading.stem(), "", reading.derivational())) {
        return true;
      }
    }
    if (!prefixes) {
      return false;
    }
    for (SuffixReading reading : readings) {
      if (stripPrefixes(reading.stem(), reading.derivational(), best)) {
        return true;
      }
    }
    return false;
  }

  /** A word with some suffixes removed; {@code derivational} is the removed -an/-kan/-i or "". */
  record SuffixReading(String stem, String derivational) {}

  /** The word, then ever more suffixes removed; for a final -kan both -an and -kan readings. */
  static List<SuffixReading> suffixReadings(String word) {
    List<SuffixReading> readings = new ArrayList<>(6);
    readings.add(new SuffixReading(word, ""));
    String stem = word;
    String withoutParticle = removeAny(stem, PARTICLES);
    if (withoutParticle != null) {
      stem = withoutParticle;
      readings.add(new SuffixReading(stem, ""));
    }
    String withoutPossessive = removeAny(stem, POSSESSIVES);
    if (withoutPossessive != null) {
      stem = withoutPossessive;
      readings.add(new SuffixReading(stem, ""));
    }
    if (stem.endsWith("kan")) {
      addIfLongEnough(readings, stem, "an");
      addIfLongEnough(readings, stem, "kan");
    } else if (stem.endsWith("an")) {
      addIfLongEnough(readings, stem, "an");
    } else if (stem.endsWith("i")) {
      addIfLongEnough(readings, stem, "i");
    }
    return readings;
  }

  /** The word without its possessive (-nya, -ku, -mu), or null when it has none or too little is left. */
  static String withoutPossessive(String word) {
    return removeAny(word, POSSESSIVES);
  }

  private static String removeAny(String word, String[] suffixes) {
    for (String suffix : suffixes) {
      if (word.endsWith(suffix) && word.length() - suffix.length() >= MIN_ROOT_LENGTH) {
        return word.substring(0, word.length() - suffix.length());
      }
    }
    return null;
  }

  private static void addIfLongEnough(List<SuffixReading> readings, String word, String suffix) {
    int length = word.length() - suffix.length();
    if (length >= MIN_ROOT_LENGTH) {
      readings.add(new SuffixReading(word.substring(0, length), suffix));
    }
  }

  /** Removes up to three prefixes, breadth-first; true when a licensed root settled it. */
  boolean stripPrefixes(String stem, String derivational, Best best) {
    List<Node> level = List.of(new Node("", "", stem));
    for (int depth = 0; depth < MAX_PREFIXES && !level.isEmpty(); depth++) {
      List<Node> next = new ArrayList<>();
      for (Node outer : level) {
        for (PrefixReading inner : PrefixRules.readings(outer.rest())) {
          if (inner.prefix().equals(outer.last())
              || inner.rest().length() < MIN_ROOT_LENGTH
              || depth == 0 && !Confixes.allowed(inner.prefix(), derivational)) {
            continue;
          }
          String outermost = depth == 0 ? inner.prefix() : outer.outermost();
          if (best.offer(inner.rest(), outermost, derivational)) {
            return true;
          }
          next.add(new Node(outermost, inner.prefix(), inner.rest()));
        }
      }
      level = next;
    }
    return false;
  }

  private record Node(String outermost, String last, String rest) {}

  /** The best root found so far, scored by how well its hunspell flags fit the affixes removed. */
  final class Best {
    static final int BARE = 0;
    static final int PRODUCTIVE = 1;
    static final int LICENSED = 2;

    private int minimum;
    private boolean meNConfixSuffixes;
    /** Whether a suffix reading must remove -an, -kan or -i, not only a clitic (-lah, -kah, -nya, ...). */
    private boolean derivationalSuffixesOnly;
    /** The outermost prefixes a reading may have removed, or null for any. */
    private java.util.Set<String> outermostPrefixes;
    private String root;
    private int score = -1;

    Best(int minimum) {
      this.minimum = minimum;
    }



    /**
     * A suffix alone counts as taken where the flags pair it with meN- or di- ("beli" takes meN-...-kan, so
     * "belikan", listed bare, is beli; "sah" takes di-...-kan, so "sahkan" is sah).
     */
    Best takingSuffixesOfMeNConfixes() {
      this.meNConfixSuffixes = true;
      return this;
    }

    /** A listed word ending like a clitic is a word: naskah, nikah, langkah. */
    Best derivationalSuffixesOnly() {
      this.derivationalSuffixesOnly = true;
      return this;
    }

    /** Only readings whose outermost prefix, if any, is one of these count. */
    Best withOutermostPrefixes(java.util.Set<String> prefixes) {
      this.outermostPrefixes = prefixes;
      return this;
    }

    Best requiring(int newMinimum) {
      this.minimum = newMinimum;
      return this;
    }

    /** Considers a reading; true when its root is licensed, which no later reading can beat. */
    boolean offer(String candidate, String outermostPrefix, String derivational) {
      if (candidate.length() < MIN_ROOT_LENGTH) {
        return false;
      }
      if (outermostPrefixes != null && !outermostPrefix.isEmpty() && !outermostPrefixes.contains(outermostPrefix)
          && !("ke".equals(outermostPrefix) && "an".equals(derivational))) {
        return false;
      }
      String flags = lexicon.flags(candidate);
      if (flags == null) {
        return false;
      }
      int fit = fit(flags, outermostPrefix, derivational, meNConfixSuffixes);
      if (fit >= minimum && fit > score) {
        score = fit;
        root = candidate;
      }
      return fit == LICENSED;
    }
  }


  /**
   * How well a root's flags fit the outermost prefix (or, without one, the suffix) removed; with {@code
   * meNConfixSuffixes} a suffix is taken also where the flags pair it with meN- or di-.
   */
  static int fit(String flags, String outermostPrefix, String derivational, boolean meNConfixSuffixes) {
    if (flags.isEmpty()) {
      return Best.BARE;
    }
    char family = outermostPrefix.isEmpty() ? suffixFamily(derivational) : prefixFamily(outermostPrefix);
    if (family == 0) {
      return Best.LICENSED;
    }
    for (int i = 0; i < flags.length(); i += 2) {
      char flag = flags.charAt(i);
      if (flag == family || family == 'P' && flag == 'R'
          || meNConfixSuffixes && outermostPrefix.isEmpty() && (flag == 'M' || flag == 'D') && i + 1 < flags.length()
              && flags.charAt(i + 1) == family) {
        return Best.LICENSED;
      }
    }
    return Best.PRODUCTIVE;
  }

  private static char prefixFamily(String prefix) {
    return switch (prefix) {
      case "me" -> 'M';
      case "pe" -> 'P';
      case "be" -> 'B';
      case "te" -> 'T';
      case "di" -> 'D';
      case "ke" -> 'K';
      case "se" -> 'S';
      case "ku", "kau" -> 'O';
      default -> 0;
    };
  }

  private static char suffixFamily(String suffix) {
    return switch (suffix) {
      case "an" -> 'a';
      case "kan" -> 'k';
      case "i" -> 'i';
      default -> 0;
    };
  }
}
