package id.warta.article;

/**
 * A country an article mentions.
 *
 * @param code     ISO 3166-1 alpha-2 code, upper case ("US")
 * @param name     the country's Indonesian name ("Amerika Serikat")
 * @param mentions how many times the title and body name it, under any alias or stand-in
 */
public record CountryMention(String code, String name, int mentions) {
}
