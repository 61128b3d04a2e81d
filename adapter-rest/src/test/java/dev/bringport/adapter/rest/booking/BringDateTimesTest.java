package dev.bringport.adapter.rest.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;
import dev.bringport.adapter.rest.format.WireFormat;
import dev.bringport.adapter.rest.http.WireMappers;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Bring's spellings of a moment: epoch milliseconds, ISO-8601 with an offset, and without one in Norway. */
class BringDateTimesTest {

    @JacksonXmlRootElement(localName = "dated")
    record Dated(@JsonSerialize(using = BringDateTimes.RequestWriter.class)
                 @JsonDeserialize(using = BringDateTimes.Reader.class) Instant at) {
    }

    @Test
    void epochMillisecondsAsANumberOrDigits() {
        assertThat(BringDateTimes.parse("1447751168645")).isEqualTo(Instant.ofEpochMilli(1447751168645L));
        assertThat(BringDateTimes.parse(" 981232132322 ")).isEqualTo(Instant.ofEpochMilli(981232132322L));
    }

    @Test
    void isoWithAnOffsetOrZ() {
        assertThat(BringDateTimes.parse("2020-10-15T12:30:00.000+02:00")).isEqualTo("2020-10-15T10:30:00Z");
        assertThat(BringDateTimes.parse("2022-06-28T22:00:00.000+00:00")).isEqualTo("2022-06-28T22:00:00Z");
        assertThat(BringDateTimes.parse("2020-06-10T23:02:02+01:00")).isEqualTo("2020-06-10T22:02:02Z");
        assertThat(BringDateTimes.parse("2024-03-14T14:25:00Z")).isEqualTo("2024-03-14T14:25:00Z");
    }

    @Test
    void isoWithoutAnOffsetIsATimeInNorwayInSummerAndWinter() {
        assertThat(BringDateTimes.parse("2020-05-05T10:00:00")).isEqualTo("2020-05-05T08:00:00Z");
        assertThat(BringDateTimes.parse("2019-02-05T06:24:09")).isEqualTo("2019-02-05T05:24:09Z");
    }

    @Test
    void anythingElseIsRefused() {
        assertThatThrownBy(() -> BringDateTimes.parse("05.05.2020 10:00")).isInstanceOf(DateTimeException.class);
        assertThatThrownBy(() -> BringDateTimes.parse("2020-05-05")).isInstanceOf(DateTimeException.class);
    }

    @Test
    void writtenInIsoWithNorwaysOffsetAndMilliseconds() {
        assertThat(BringDateTimes.iso(Instant.parse("2026-01-16T09:00:00Z"))).isEqualTo("2026-01-16T10:00:00.000+01:00");
        assertThat(BringDateTimes.iso(Instant.parse("2020-05-05T19:31:33.007Z"))).isEqualTo("2020-05-05T21:31:33.007+02:00");
    }

    @Test
    void aRequestWritesEpochMillisecondsInJsonAndIsoInXml() throws Exception {
        Dated dated = new Dated(Instant.parse("2016-08-05T04:24:09Z"));

        assertThat(new String(WireMappers.of(WireFormat.JSON).writeValueAsBytes(dated), StandardCharsets.UTF_8))
                .isEqualTo("{\"at\":1470371049000}");
        assertThat(new String(DocumentWriter.write(dated, WireFormat.XML), StandardCharsets.UTF_8))
                .contains("<at>2016-08-05T06:24:09.000+02:00</at>");
    }

    @Test
    void readFromANumberOrAString() throws Exception {
        var json = WireMappers.of(WireFormat.JSON);
        assertThat(json.readValue("{\"at\":1470371049000}", Dated.class).at()).isEqualTo("2016-08-05T04:24:09Z");
        assertThat(json.readValue("{\"at\":\"2016-08-05T06:24:09\"}", Dated.class).at()).isEqualTo("2016-08-05T04:24:09Z");
        assertThat(json.readValue("{\"at\":\"\"}", Dated.class).at()).isNull();
        assertThatThrownBy(() -> json.readValue("{\"at\":\"yesterday\"}", Dated.class))
                .hasMessageContaining("not a date-time in epoch milliseconds or ISO-8601");
    }
}
