package id.warta.search;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IsoInstantsTest {

    @Test
    void readsWhatInstantToStringWrites() {
        Random random = new Random(3);
        for (int i = 0; i < 20_000; i++) {
            Instant instant = Instant.ofEpochSecond(random.nextLong(-62_135_596_800L, 253_402_300_799L));
            assertThat(IsoInstants.parse(instant.toString())).isEqualTo(instant);
        }
    }

    @Test
    void otherFormsAreLeftToTheGeneralParser() {
        for (String text : List.of("2024-11-26T23:30:00.5Z", "+10000-01-01T00:00:00Z", "2024-11-26T23:30:00+07:00",
                "2024-11-26T24:00:00Z", "2016-12-31T23:59:60Z")) {
            assertThat(IsoInstants.parse(text)).isEqualTo(Instant.parse(text));
        }
    }

    @Test
    void refusesWhatIsNoInstant() {
        for (String text : List.of("2024-02-30T10:00:00Z", "2024-13-01T10:00:00Z", "2024-11-2xT10:00:00Z", "2024-11-26T23:30Z",
                "2024-11-26T10:60:00Z", "not an instant")) {
            assertThatThrownBy(() -> IsoInstants.parse(text)).as(text).isInstanceOf(DateTimeParseException.class);
        }
    }
}
