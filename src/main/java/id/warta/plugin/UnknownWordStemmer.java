package id.warta.plugin;

/**
 * Stems words the dictionary cannot account for (names, brands, loanwords, new coinages) with
 * Lucene's Tala stemmer, guarded against cutting names.
 *
 * <p>Tala strips any word that looks affixed: "jokowi" -> "jokow", "kalimantan" -> "kalimant",
 * "mercedes" -> "rcedes". Most such words in news are names, and a name's final -i or -an is no
 * suffix. So:
 *
 * <ul>
 *   <li>the inflectional clitics (-lah -kah -tah -pun, -ku -mu -nya) are always removed
 *       ("instagramnya" -> "instagram");
 *   <li>Tala's stem is taken only when Tala removed a prefix ("memposting" -> "posting",
 *       "kementrian" -> "mentri"), the stem has the shape of a root ({@link RootShape}), and it
 *       does not start with a vowel after me-, pe-, mem-, men-, pem- or pen-: there Tala has lost
 *       the root's first consonant ("meminimalisir" -> "inimalisir") or the word is not
 *       Indonesian ("people", "meeting": Indonesian would have meng-/peng-);
 *   <li>otherwise the word stays as it is (without its clitics): "jokowi", "senayan".
 * </ul>
 *
 * <p>Not thread-safe: one per filter instance.
 */
final class UnknownWordStemmer {

  private static final String[] PARTICLES = {"lah", "kah", "tah", "pun"};
  private static final String[] POSSESSIVES = {"nya", "ku", "mu"};

  private final TalaStemmer tala = new TalaStemmer();

  /** The word without its inflectional clitics ("instagramnya" -> "instagram"). */
  String withoutClitics(String word) {
    return removeClitic(removeClitic(word, PARTICLES), POSSESSIVES);
  }

  String stem(String word) {
    String base = withoutClitics(word);
    String stem = tala.stem(base);
    int start = base.indexOf(stem);
    if (start <= 0 || !RootShape.isPlausible(stem)) {
      return base; // no prefix removed, or no root left
    }
    String prefix = base.substring(0, start);
    boolean lostConsonant =
        PrefixRules.isVowel(stem.charAt(0))
            && (prefix.endsWith("me") || prefix.endsWith("pe") || prefix.endsWith("m") || prefix.endsWith("n"));
    return lostConsonant ? base : stem;
  }

  /** Removes one of the clitics when at least four letters and two vowels remain. */
  private static String removeClitic(String word, String[] clitics) {
    for (String clitic : clitics) {
      if (word.endsWith(clitic) && !word.endsWith("llah")) { // abdullah, insyaallah
        String rest = word.substring(0, word.length() - clitic.length());
        return rest.length() >= 4 && RootShape.vowels(rest) >= 2 ? rest : word;
      }
    }
    return word;
  }
}
