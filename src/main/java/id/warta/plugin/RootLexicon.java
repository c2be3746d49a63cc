package id.warta.plugin;

/**
 * A dictionary of Indonesian roots with their hunspell affix flags.
 *
 * <p>The flags tell productive roots from the rest: "kupas/D0M0MkP0PaT0a0" takes di-, meN-,
 * peN-..-an, ter-, -an, while a bare entry like "upas" takes nothing. In the id_ID affix file a flag's
 * first letter names its affix family: upper case for prefixes and circumfixes (M meN-, P peN-, R
 * per-, B ber-, T ter-, D di-, K ke-, S se-, O ku-/kau-), lower case for suffixes (a -an, i -i, k -kan).
 */
interface RootLexicon {

  /**
   * The affix flags of a lower-case word, concatenated over its entries (two characters a flag);
   * "" for an entry without flags; {@code null} when the word is not in the dictionary.
   */
  String flags(String word);
}
