package id.warta.ingest;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ArticleDatesTest {

    private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

    @ParameterizedTest(name = "{0} + {1} = {2}")
    @DisplayName("reads the date forms of Indonesian news, with WIB/WITA/WIT zones")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
            "2019-09-10 00:00:00 | 13:30 WIB  | 2019-09-10T06:30:00Z",
            "2019-09-10          | 13:30 WIB  | 2019-09-10T06:30:00Z",
            "2019-09-10          | -          | 2019-09-09T17:00:00Z",
            "2024-11-26T10:00:00+07:00 | null | 2024-11-26T03:00:00Z",
            "2024-11-26T03:00:00Z | null      | 2024-11-26T03:00:00Z",
            "2024-11-26T03:00:00.250z | null  | 2024-11-26T03:00:00.250Z",
            "2024-11-26T03:00:00.Z | null     | 2024-11-26T03:00:00Z",
            "2024-11-26 10:00:00+07 | null    | 2024-11-26T03:00:00Z",
            "2024-11-26T00:30:00-03:30 | null | 2024-11-26T04:00:00Z",
            "Selasa (10/9/2019)  | null       | 2019-09-09T17:00:00Z",
            "Selasa, 10/09/2019 13:30 WITA | null | 2019-09-10T05:30:00Z",
            "26 November 2024    | null       | 2024-11-25T17:00:00Z",
            "26 Nov 2024, 20:15 WIT | null    | 2024-11-26T11:15:00Z",
            "3 Agustus 2024 23:30 WIB | null  | 2024-08-03T16:30:00Z",
            "Kamis, 5 Desember 2024 | 08.15 WIB | 2024-12-05T01:15:00Z",
            "12 March 2024       | null       | 2024-03-11T17:00:00Z"})
    void parses(String date, String time, String expected) {
        assertThat(ArticleDates.parse(date, time, JAKARTA)).contains(Instant.parse(expected));
    }

    @Test
    @DisplayName("no date at all is undated, not an error")
    void absent() {
        assertThat(ArticleDates.parse(null, "13:30 WIB", JAKARTA)).isEmpty();
        assertThat(ArticleDates.parse(" ", null, JAKARTA)).isEmpty();
        assertThat(ArticleDates.parse("-", null, JAKARTA)).isEmpty();
    }

    @Test
    @DisplayName("a date that is there but unreadable is an error that quotes it")
    void unreadable() {
        assertThatThrownBy(() -> ArticleDates.parse("kemarin sore", null, JAKARTA))
                .isInstanceOf(DateTimeException.class).hasMessageContaining("kemarin sore");
        assertThatThrownBy(() -> ArticleDates.parse("31/02/2024", null, JAKARTA)).isInstanceOf(DateTimeException.class);
    }
}
