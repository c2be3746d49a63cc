package id.warta.search;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class DateIntervalTest {

    @Test
    void followsTheRange() {
        LocalDate start = LocalDate.parse("2024-01-01");
        assertThat(DateInterval.forRange(start, start)).isEqualTo(DateInterval.DAY);
        assertThat(DateInterval.forRange(start, start.plusDays(61))).isEqualTo(DateInterval.DAY);
        assertThat(DateInterval.forRange(start, start.plusDays(62))).isEqualTo(DateInterval.WEEK);
        assertThat(DateInterval.forRange(start, start.plusYears(2).minusDays(1))).isEqualTo(DateInterval.WEEK);
        assertThat(DateInterval.forRange(start, start.plusYears(5))).isEqualTo(DateInterval.MONTH);
        assertThat(DateInterval.forRange(start, start.plusYears(11))).isEqualTo(DateInterval.YEAR);
        assertThat(DateInterval.forRange(null, start)).isEqualTo(DateInterval.MONTH);
    }
}
