package id.warta.search;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;

/**
 * How the words of a query match: {@link #ALL} of them (a search's default), or {@link #ANY} of them,
 * best first (an article with more of the words, and rarer ones, scores higher). A search whose words are
 * not all in any one article matches any of them instead, so that a question such as "Siapa pelatih
 * timnas Indonesia?" still finds the articles that answer it. Phrases, OR groups and excluded words keep
 * their meaning either way.
 */
public enum WordMatch {
    ALL, ANY;

    @JsonValue
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }
}
