package dev.bringport.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BringTimeTest {

    @ParameterizedTest(name = "{0} is {1} in Norway")
    @CsvSource({
            "2024-02-28T22:59:59Z, 2024-02-28",   // 23:59:59 in Oslo (CET, +01:00)
            "2024-02-28T23:00:00Z, 2024-02-29",   // midnight in Oslo
            "2024-02-28T23:30:00Z, 2024-02-29",
            "2025-08-31T21:59:59Z, 2025-08-31",   // 23:59:59 in Oslo (CEST, +02:00)
            "2025-08-31T22:00:00Z, 2025-09-01",
            "2025-03-10T09:00:00Z, 2025-03-10"})
    void todayIsTheDateInOslo(String instant, String date) {
        assertThat(BringTime.today(Instant.parse(instant))).isEqualTo(LocalDate.parse(date));
    }

    @Test
    void theZoneIsEuropeOslo() {
        assertThat(BringTime.ZONE).isEqualTo(ZoneId.of("Europe/Oslo"));
    }

    @Test
    void aMomentBeyondTheCalendarIsOnItsFirstOrLastDate() {
        assertThat(BringTime.today(java.time.Instant.MAX)).isEqualTo(java.time.LocalDate.MAX);
        assertThat(BringTime.today(java.time.Instant.MIN)).isEqualTo(java.time.LocalDate.MIN);
    }
}
