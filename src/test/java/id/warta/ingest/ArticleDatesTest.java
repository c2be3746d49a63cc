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
            "12 March 2024       | null       | 2024-03-11T17:00:00Z",
            "26 NOVEMBER 2024    | null       | 2024-11-25T17:00:00Z",
            "5 Nopember 2024     | null       | 2024-11-04T17:00:00Z",
            "17 Agt 2024, 13:30 WIB | null    | 2024-08-17T06:30:00Z",
            "26 Nov 2024, 13:30 WITA | null   | 2024-11-26T05:30:00Z",
            "26 Nov 2024 13:30 GMT+7 | null   | 2024-11-26T06:30:00Z",
            "10/09/2019 13:30 +0800 | null    | 2019-09-10T05:30:00Z",
            "10/09/2019 13:30+0800 | null     | 2019-09-10T05:30:00Z",
            "29 Februari 2024    | null       | 2024-02-28T17:00:00Z"})
    void parses(String date, String time, String expected) {
        assertThat(ArticleDates.parse(date, time, JAKARTA)).contains(Instant.parse(expected));
    }

    @ParameterizedTest(name = "{0} + {1} = {2}")
    @DisplayName("a dotted date is no time of day: the time is looked for outside the date, and a separate time comes first")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
            "10.09.2019          | 13:30 WIB  | 2019-09-10T06:30:00Z",
            "Selasa, 10.09.2019  | 13:30 WIB  | 2019-09-10T06:30:00Z",
            "Selasa, 10.09.2019 13.30 WIB | null | 2019-09-10T06:30:00Z",
            "1.12.2019           | null       | 2019-11-30T17:00:00Z",
            "10.09.2019          | null       | 2019-09-09T17:00:00Z",
            "Selasa, 10/09/2019 13:30 | 14:00 WIB | 2019-09-10T07:00:00Z",
            "Selasa, 10/09/2019 13:30 WIB | -   | 2019-09-10T06:30:00Z"})
    void dottedDatesAndSeparateTimes(String date, String time, String expected) {
        assertThat(ArticleDates.parse(date, time, JAKARTA)).contains(Instant.parse(expected));
    }

    @ParameterizedTest(name = "{0} + {1} = {2}")
    @DisplayName("dd-mm-yyyy without a time: the year is no UTC offset (an offset counts only after a time)")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
            "10-09-2019          | null       | 2019-09-09T17:00:00Z",
            "Selasa, 10-09-2019  | null       | 2019-09-09T17:00:00Z",
            "10-09-2019          | 13:30 WITA | 2019-09-10T05:30:00Z",
            "10-09-2019 13:30 -0300 | null    | 2019-09-10T16:30:00Z",
            "10/9/2019 10:00-12:00 | null     | 2019-09-10T03:00:00Z",
            "2019-09-10T13:30:00+0700 | null  | 2019-09-10T06:30:00Z",
            "2019-09-10T13:30:00-0500 | null  | 2019-09-10T18:30:00Z",
            "2019-09-10T13:30:00-05:00 | null | 2019-09-10T18:30:00Z",
            "2019-09-10 13:30:00-0500 | null  | 2019-09-10T18:30:00Z"})
    void dashedDates(String date, String time, String expected) {
        assertThat(ArticleDates.parse(date, time, JAKARTA)).contains(Instant.parse(expected));
    }

    @ParameterizedTest(name = "{0} + {1} = {2}")
    @DisplayName("24:00 is the next day's 00:00, as ISO 8601 allows")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
            "2019-09-10          | 24:00      | 2019-09-10T17:00:00Z",
            "2019-09-10          | 24:00 WITA | 2019-09-10T16:00:00Z",
            "31 Desember 2024 24.00 WIB | null | 2024-12-31T17:00:00Z"})
    void twentyFourHundred(String date, String time, String expected) {
        assertThat(ArticleDates.parse(date, time, JAKARTA)).contains(Instant.parse(expected));
    }

    @ParameterizedTest(name = "{0} + {1} = {2}")
    @DisplayName("an ISO date-time with offset at exactly midnight takes a separate time; any other keeps its instant")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
            "2019-09-10T00:00:00+07:00 | 13:30 WIB  | 2019-09-10T06:30:00Z",
            "2019-09-10T00:00:00+07:00 | 13:30      | 2019-09-10T06:30:00Z",
            "2019-09-10T00:00:00Z      | 13:30 WITA | 2019-09-10T05:30:00Z",
            "2019-09-10T00:00:00+07:00 | -          | 2019-09-09T17:00:00Z",
            "2019-09-10T10:00:00+07:00 | 13:30 WIB  | 2019-09-10T03:00:00Z",
            "2019-09-10T00:00:00.5+07:00 | 13:30 WIB | 2019-09-09T17:00:00.500Z"})
    void isoMidnightTakesTheSeparateTime(String date, String time, String expected) {
        assertThat(ArticleDates.parse(date, time, JAKARTA)).contains(Instant.parse(expected));
    }

    @ParameterizedTest(name = "{0} + {1} = {2}")
    @DisplayName("AM and PM")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
            "2019-09-10          | 1:30 PM    | 2019-09-10T06:30:00Z",
            "2019-09-10          | 1:30 pm WIB | 2019-09-10T06:30:00Z",
            "2019-09-10          | 01:30 AM   | 2019-09-09T18:30:00Z",
            "2019-09-10          | 12:15 AM   | 2019-09-09T17:15:00Z",
            "2019-09-10          | 12:15 PM   | 2019-09-10T05:15:00Z",
            "2019-09-10          | 9.05 p.m.  | 2019-09-10T14:05:00Z",
            "10 September 2019 1:30PM WITA | null | 2019-09-10T05:30:00Z",
            "2019-09-10          | 13:30 PM   | 2019-09-10T06:30:00Z"})
    void amPm(String date, String time, String expected) {
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
        assertThatThrownBy(() -> ArticleDates.parse("29 Februari 2023", null, JAKARTA)).isInstanceOf(DateTimeException.class)
                .hasMessageContaining("29 Februari 2023");
        assertThatThrownBy(() -> ArticleDates.parse("10/09/19", null, JAKARTA)).isInstanceOf(DateTimeException.class)
                .hasMessageContaining("10/09/19");
    }

    @Test
    @DisplayName("a date or time that cannot be read is an error that quotes both the date and the time given")
    void unreadableTimeQuotesDateAndTime() {
        assertThatThrownBy(() -> ArticleDates.parse("2019-09-10", "24:30", JAKARTA))
                .isInstanceOf(DateTimeException.class).hasMessageContaining("'2019-09-10'").hasMessageContaining("'24:30'");
        assertThatThrownBy(() -> ArticleDates.parse("31/02/2024", "13:30 WIB", JAKARTA))
                .isInstanceOf(DateTimeException.class).hasMessageContaining("'31/02/2024'").hasMessageContaining("'13:30 WIB'");
    }
}
