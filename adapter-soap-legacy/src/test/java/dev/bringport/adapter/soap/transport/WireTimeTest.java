package dev.bringport.adapter.soap.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.api.Test;

/** Dates and times as Bring's SOAP messages write them. */
class WireTimeTest {

    @Test
    void momentsAreWrittenInNorwaysOffset() {
        assertThat(WireTime.text(Instant.parse("2022-05-25T11:32:40.149Z"))).isEqualTo("2022-05-25T13:32:40.149+02:00");
        assertThat(WireTime.text(Instant.parse("2017-11-19T18:22:51Z"))).isEqualTo("2017-11-19T19:22:51+01:00");
        assertThat(WireTime.dateTime(Instant.parse("2020-05-05T19:31:33.007Z")).toXMLFormat())
                .isEqualTo("2020-05-05T21:31:33.007+02:00");
    }

    @Test
    void everyFormBringWritesIsRead() {
        assertThat(WireTime.instant("2022-06-09T15:28:46.725+02:00")).isEqualTo("2022-06-09T13:28:46.725Z");
        assertThat(WireTime.instant(" 2022-12-31T12:00:00+01:00 ")).isEqualTo("2022-12-31T11:00:00Z");
        assertThat(WireTime.instant("2020-05-11T00:00:00")).as("a local time in Norway").isEqualTo("2020-05-10T22:00:00Z");
        assertThat(WireTime.instant("2017-11-19+01:00")).isEqualTo("2017-11-18T23:00:00Z");
        assertThat(WireTime.instant("2017-11-19")).isEqualTo("2017-11-18T23:00:00Z");
        assertThatThrownBy(() -> WireTime.instant("tomorrow")).isInstanceOf(DateTimeParseException.class);
    }

    @Test
    void xmlSchemaDatesAndTimesRoundTrip() {
        assertThat(WireTime.date(LocalDate.of(2015, 12, 4)).toXMLFormat()).isEqualTo("2015-12-04");
        assertThat(WireTime.localDate(WireTime.date(LocalDate.of(2015, 12, 4)))).isEqualTo(LocalDate.of(2015, 12, 4));
        assertThat(WireTime.time(LocalTime.of(14, 26)).toXMLFormat()).isEqualTo("14:26:00");
        assertThat(WireTime.localTime(WireTime.time(LocalTime.of(14, 26)))).isEqualTo(LocalTime.of(14, 26));
        assertThat(WireTime.instant(WireTime.dateTime(Instant.parse("2015-12-03T23:00:00Z"))))
                .isEqualTo(Instant.parse("2015-12-03T23:00:00Z"));
    }
}
