package id.warta.plugin;

/**
 * The prefix and derivational-suffix pairs that Indonesian does not combine around one root (Nazief
 * &amp; Adriani's invalid affix pairs). A reading that would need one of them is not tried.
 */
final class Confixes {

  private Confixes() {}

  /** Whether an outermost {@code prefix} can go with the derivational {@code suffix} ("" = none). */
  static boolean allowed(String prefix, String suffix) {
    return switch (prefix) {
      case "be" -> !suffix.equals("i");
      case "di" -> !suffix.equals("an");
      case "ke" -> !suffix.equals("i") && !suffix.equals("kan");
      case "me" -> !suffix.equals("an");
      case "se" -> !suffix.equals("i") && !suffix.equals("kan");
      case "te" -> !suffix.equals("an");
      default -> true;
    };
  }
}
