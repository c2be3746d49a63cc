package id.warta.search;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The include patterns of facet value search and of unmatched filters' suggestions. They are Lucene regular
 * expressions; the constructs these tests meet (groups, classes, escaped punctuation, ?, .*) mean the same in
 * Java's, which checks them here (an escaped digit would not: Java reads it as a back-reference).
 */
class PrefixPatternTest {

    @Test
    @DisplayName("a word starting with the prefix, in any case, anywhere in the value")
    void wordStartingWith() {
        String pattern = PrefixPattern.wordStartingWith("putin");
        assertThat("Vladimir Putin").matches(pattern);
        assertThat("Yulia Putintseva").matches(pattern);
        assertThat("Putin").matches(pattern);
        assertThat("Raspútin").doesNotMatch(pattern);
        assertThat("Krupputin").doesNotMatch(pattern);
    }

    @Test
    @DisplayName("a whole word: \"Putin\" is a word of Vladimir Putin's name, not of Yulia Putintseva's")
    void wholeWord() {
        String pattern = PrefixPattern.wholeWord("Putin");
        assertThat("Vladimir Putin").matches(pattern);
        assertThat("PUTIN").matches(pattern);
        assertThat("Putin Jr").matches(pattern);
        assertThat("Kim Jong-un").matches(PrefixPattern.wholeWord("jong"));
        assertThat("Yulia Putintseva").doesNotMatch(pattern);
        assertThat("Ma'ruf Amin").matches(PrefixPattern.wholeWord("ma'ruf"));
        assertThat("Kim Jong Un").as("a hyphen or a space, as names are written with either").matches(PrefixPattern.wholeWord("Jong-un"));
        assertThat("Shin Tae-yong").matches(PrefixPattern.wordStartingWith("tae yo"));
        assertThat("Yasonna Laoly").matches(PrefixPattern.firstAndLastWord("Yasonna H. Laoly"));
        assertThat("Yasonna Hamonangan Laoly").matches(PrefixPattern.firstAndLastWord("yasonna laoly"));
        assertThat("Yasonna Laolyx").doesNotMatch(PrefixPattern.firstAndLastWord("Yasonna H. Laoly"));
        assertThat("Laoly Yasonna").doesNotMatch(PrefixPattern.firstAndLastWord("Yasonna H. Laoly"));
        assertThat(PrefixPattern.firstAndLastWord("Putin")).isNull();
        assertThat("Soeharto").as("the old spelling and the new").matches(PrefixPattern.wholeWord("Suharto"));
        assertThat("Basaria Panjaitan").matches(PrefixPattern.wholeWord("pandjaitan"));
        assertThat("Djoko Santoso").matches(PrefixPattern.wordStartingWith("jok"));
        assertThat("Suharto").matches(PrefixPattern.wholeWord("Soeharto"));
        assertThat("Vladimir Putin").as("a letter with an accent finds it without").matches(PrefixPattern.wholeWord("Pütin"));
        assertThat("aab").as("what the user typed is literal").doesNotMatch(PrefixPattern.wholeWord("a*b"));
        assertThat("a*b").matches(PrefixPattern.wholeWord("a*b"));
    }
}
