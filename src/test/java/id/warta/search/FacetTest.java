package id.warta.search;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FacetTest {

    @Test
    @DisplayName("a person filter holds the name as typed, its other names and its spelling with spaces for hyphens")
    void personFilterValues() {
        assertThat(Facet.PERSON.filterValues("Kim Jong-un")).containsExactly("kim jong-un", "kim jong un");
        assertThat(Facet.PERSON.filterValues("Jokowi")).contains("jokowi", "joko widodo");
        assertThat(Facet.PERSON.filterValues("Mark Rutte")).containsExactly("mark rutte");
        assertThat(Facet.SOURCE.filterValues("Kompas.com")).containsExactly("kompas.com");
        assertThat(Facet.COUNTRY.filterValues("KP")).containsExactly("KP");
    }
}
