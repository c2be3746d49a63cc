package id.warta.extract;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PersonAliasesTest {

    private final PersonAliases aliases = PersonAliases.standard();

    @Test
    @DisplayName("another name of a public figure gives the canonical name, whatever its case and spacing")
    void canonical() {
        assertThat(aliases.canonical("Jokowi")).isEqualTo("Joko Widodo");
        assertThat(aliases.canonical("JOKOWI")).isEqualTo("Joko Widodo");
        assertThat(aliases.canonical("B.J.  Habibie")).isEqualTo("Bacharuddin Jusuf Habibie");
        assertThat(aliases.canonical("Joko Widodo")).isEqualTo("Joko Widodo");
        assertThat(aliases.canonical("Luhut Binsar Panjaitan")).as("another spelling").isEqualTo("Luhut Binsar Pandjaitan");
        assertThat(aliases.canonical("Habib Rizieq Syihab")).isEqualTo("Rizieq Shihab");
    }

    @Test
    @DisplayName("names the list does not know, bare first names among them, stay as they are")
    void unknownNames() {
        assertThat(aliases.canonical("Anies")).isEqualTo("Anies");
        assertThat(aliases.canonical("Risma")).as("a first name of many").isEqualTo("Risma");
        assertThat(aliases.canonical("Suharto")).as("a name of many officials").isEqualTo("Suharto");
        assertThat(aliases.canonical("Mark Rutte")).isEqualTo("Mark Rutte");
        assertThat(aliases.names("Mark Rutte")).containsExactly("Mark Rutte");
        assertThat(aliases.knows("Mark Rutte")).isFalse();
        assertThat(aliases.knows("Risma")).isFalse();
    }

    @Test
    @DisplayName("the list knows a canonical name and each other name, whatever the case")
    void knows() {
        assertThat(aliases.knows("Joko Widodo")).isTrue();
        assertThat(aliases.knows("jokowi")).isTrue();
        assertThat(aliases.knows("SBY")).isTrue();
    }

    @Test
    @DisplayName("every name of a person, canonical first, from any of them")
    void allNames() {
        assertThat(aliases.names("jokowi")).containsExactly("Joko Widodo", "Jokowi");
        assertThat(aliases.names("Basuki Tjahaja Purnama")).containsExactly("Basuki Tjahaja Purnama", "Ahok", "BTP");
    }
}
