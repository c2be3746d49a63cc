package id.warta.article;

import java.util.List;

/**
 * What entity extraction finds in one article: the facets Warta searches by. Lists are ordered by
 * first appearance for persons and organisations, by mention count (then code) for countries.
 */
public record ArticleEntities(List<CountryMention> countries,
                              List<PersonMention> persons,
                              List<OrganizationMention> organizations) {

    public static final ArticleEntities NONE = new ArticleEntities(List.of(), List.of(), List.of());

    public ArticleEntities {
        countries = List.copyOf(countries);
        persons = List.copyOf(persons);
        organizations = List.copyOf(organizations);
    }

    /** The ISO codes of the countries, in list order. */
    public List<String> countryCodes() {
        return countries.stream().map(CountryMention::code).toList();
    }

    /** The canonical person names, in list order. */
    public List<String> personNames() {
        return persons.stream().map(PersonMention::name).toList();
    }
}
