package id.warta.search;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CursorCodecTest {

    private final CursorCodec codec = CursorCodec.withRandomKey();

    @Test
    @DisplayName("a cursor round-trips its point in time, sort values and name weights exactly")
    void roundTrip() {
        Cursor cursor = new Cursor("pit==", Arrays.asList(1.2345678901234567, 1730476800000L, "x", null, 7L), "f1", WordMatch.ALL, List.of(), null, -1);
        String text = codec.encode(cursor);
        assertThat(text).matches("[A-Za-z0-9_\\-]+\\.[A-Za-z0-9_\\-]+");
        Cursor back = codec.decode(text, "f1");
        assertThat(back.pitId()).isEqualTo("pit==");
        assertThat(back.match()).isEqualTo(WordMatch.ALL);
        assertThat(codec.decode(codec.encode(new Cursor("pit", List.of(1L), "f1", WordMatch.ANY, List.of(), null, -1)), "f1").match())
                .as("a search that fell back to any word goes on so").isEqualTo(WordMatch.ANY);
        assertThat(SortValues.toFieldValues(back.searchAfter())).extracting(v -> v._get())
                .containsExactly(1.2345678901234567, 1730476800000L, "x", null, 7L);
        List<double[]> weights = Arrays.asList(SearchFrequencies.rounded(new double[]{2.302585092994046, 0.1, 3.0}), null,
                SearchFrequencies.rounded(new double[]{1e-7}));
        List<double[]> back2 = codec.decode(codec.encode(new Cursor("pit", List.of(1L), "f1", WordMatch.ALL, weights, null, -1)), "f1").weights();
        assertThat(back2).as("the country names' weights at float precision, exactly, so that later pages score as the first")
                .containsExactly(weights.get(0), null, weights.get(2));
        assertThat(codec.decode(codec.encode(new Cursor("pit", List.of(1L), "f1", WordMatch.ALL, null, null, -1)), "f1").weights())
                .as("a cursor that carries no weights says so").isNull();
        Instant origin = Instant.parse("2024-11-30T10:15:30.123Z");
        assertThat(codec.decode(codec.encode(new Cursor("pit", List.of(1L), "f1", WordMatch.ALL, null, origin, 7)), "f1").recencyOrigin())
                .as("the instant recency is measured from").isEqualTo(origin);
        assertThat(codec.decode(codec.encode(new Cursor("pit", List.of(1L), "f1", WordMatch.ALL, null, null, 40)), "f1").served())
                .as("the hits served so far").isEqualTo(40);
        assertThat(codec.decode(codec.encode(new Cursor("pit", List.of(1L), "f1", WordMatch.ALL, null, null, -1)), "f1").served())
                .isEqualTo(-1);
    }

    @Test
    @DisplayName("a changed byte, another server's key, or another search is refused")
    void tamperEvident() {
        String text = codec.encode(new Cursor("pit", List.of(1L), "f1", WordMatch.ALL, List.of(), null, -1));
        String changed = text.substring(0, 3) + (text.charAt(3) == 'x' ? 'y' : 'x') + text.substring(4);
        assertThatThrownBy(() -> codec.decode(changed, "f1")).isInstanceOf(InvalidSearchException.class)
                .hasMessageContaining("changed");
        assertThatThrownBy(() -> CursorCodec.withRandomKey().decode(text, "f1")).isInstanceOf(InvalidSearchException.class);
        assertThatThrownBy(() -> codec.decode(text, "f2")).isInstanceOf(InvalidSearchException.class)
                .hasMessageContaining("same parameters");
        for (String junk : new String[] {"", ".", "a.b.c", "%%%.%%%", "e30.AAAA"}) {
            assertThatThrownBy(() -> codec.decode(junk, "f1")).as(junk).isInstanceOf(InvalidSearchException.class);
        }
    }
}
