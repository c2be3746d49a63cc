package id.warta.plugin;

/**
 * Stems one lower-case Indonesian word: to its hunspell root when the id_ID dictionary can account
 * for it, else with Lucene's Tala stemmer.
 *
 * <ol>
 *   <li>Words shorter than four letters and words with characters other than a-z and '-' (numbers,
 *       codes, foreign scripts) are left alone.
 *   <li>A word the dictionary lists with affix flags is a productive root and stays itself
 *       ("menteri", "kemarin", "pantai", "tandatangan"); one listed bare is a word of its own unless a
 *       suffix its root's flags take explains it ("belikan" -> "beli"; "pemilu", "durian", "terapi"
 *       stay) or it is a lexicalised derivative ("budayawan" -> "budaya"; "teri" stays).
 *       "belajar"/"pelajar" are read as "ajar".
 *   <li>Otherwise {@link ConfixStripper} undoes affixes until it meets a dictionary root
 *       ("menandatangani" -> "tandatangan", "kementerian" -> "menteri").
 *   <li>Words the dictionary cannot account for (names, new coinages) go to {@link
 *       UnknownWordStemmer}: Tala, guarded against cutting names.
 *   <li>A word news nearly always capitalises ({@link NewsNames}: "kediri", "bekasi", "terawan") is
 *       cut only where the dictionary's flags license the affixes, and never by Tala.
 * </ol>
 *
 * <p>Hyphenated words (from tokenizers that keep hyphens) are handled by {@link
 * #stemHyphenated(String)}: a reduplication stems to its base ("anak-anaknya" -> "anak").
 *
 * <p>Not thread-safe (it owns a Tala pipeline): one per filter instance.
 */
final class IndonesianNewsStemmer {

  /** Shorter words are not stemmed: no affixed Indonesian word is shorter. */
  static final int MIN_STEMMABLE_LENGTH = 4;

  private static final ConfixStripper STRIPPER = new ConfixStripper(HunspellLexicon::flags);
  private static final String[] CLITIC_PARTS = {"nya", "ku", "mu", "lah", "kah", "pun"};

  private final UnknownWordStemmer unknownWords = new UnknownWordStemmer();

  /** The stem of a lower-case word. */
  String stem(String word) {
    if (!isStemmable(word)) {
      return word;
    }
    if (word.indexOf('-') >= 0) {
      return stemHyphenated(word);
    }
    return stemSimple(word);
  }

  /** Whether {@code word} is long enough and made of a-z and hyphens only. */
  static boolean isStemmable(CharSequence word) {
    if (word.length() < MIN_STEMMABLE_LENGTH) {
      return false;
    }
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if ((c < 'a' || c > 'z') && c != '-') {
        return false;
      }
    }
    return true;
  }

  private String stemSimple(String word) {
    if (word.length() < MIN_STEMMABLE_LENGTH) {
      return word;
    }
    String flags = HunspellLexicon.flags(word);
    if (flags == null) {
      // "kedirinya", "pemilunya": a name or a listed bare word of five letters or more with a possessive is read
      // as that word (shorter ones are often other words' ends: "ditanya" is no dita-nya)
      String base = ConfixStripper.withoutPossessive(word);
      if (base != null && base.length() >= 5 && (NewsNames.contains(base) || "".equals(HunspellLexicon.flags(base)))) {
        return stemSimple(base);
      }
    }
    String root;
    boolean nameLike = NewsNames.contains(word);
    if (flags == null) {
      root = STRIPPER.findRoot(word, nameLike);
      if (root == null) {
        // Tala guesses; a name is no guess ("megawati" is no gawat, "pertamina" no tamina)
        return nameLike ? unknownWords.withoutClitics(word) : unknownWords.stem(word);
      }
    } else if (flags.isEmpty()) {
      root = STRIPPER.findRootOfBareEntry(word, nameLike);
      if (root == null) {
        root = word;
      }
    } else {
      root = word;
    }
    return PrefixRules.isBelPelAjar(root) ? root.substring(3) : root;
  }

  /**
   * A hyphenated word: a trailing clitic part is dropped ("kuasa-mu"); a word the dictionary lists
   * stays ("bolak-balik"); a reduplication ("negara-negara", "anak-anaknya", "meniru-nirukan")
   * stems to the stem of its first part; any other compound is left as it is.
   */
  private String stemHyphenated(String word) {
    String body = word;
    for (boolean dropped = true; dropped; ) {
      dropped = false;
      for (String clitic : CLITIC_PARTS) {
        if (body.endsWith("-" + clitic) && body.length() > clitic.length() + 2) {
          body = body.substring(0, body.length() - clitic.length() - 1);
          dropped = true;
        }
      }
    }
    int hyphen = body.indexOf('-');
    if (hyphen < 0) {
      return stemSimple(body);
    }
    if (HunspellLexicon.isRoot(body)) {
      return body;
    }
    String first = body.substring(0, hyphen);
    String last = body.substring(body.lastIndexOf('-') + 1);
    if (first.isEmpty() || last.isEmpty()) {
      return body; // "--", "x-": nothing to reduplicate
    }
    String firstStem = stemSimple(first);
    if (firstStem.equals(stemSimple(last))
        || firstStem.length() > MIN_STEMMABLE_LENGTH - 1 && last.contains(firstStem.substring(1))) {
      return firstStem;
    }
    return body;
  }
}
