package dev.bringport.adapter.rest.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Bring's two spellings of a moment are read alike, and what is sent is written in Norway as Bring's examples are. */
class WireTimeTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // JSON: epoch milliseconds, as a number or as text
            "1504473107935                 | 2017-09-03T21:11:47.935Z",
            // XML and article balances: ISO-8601 with an offset, with or without milliseconds
            "2015-12-01T08:10:01.163+01:00 | 2015-12-01T07:10:01.163Z",
            "2017-05-03T01:37:17+02:00     | 2017-05-02T23:37:17Z",
            "2001-12-17T09:30:47Z          | 2001-12-17T09:30:47Z",
            // without an offset: a time in Norway
            "2017-06-01T22:42:28.169       | 2017-06-01T20:42:28.169Z",
            // a date alone: the start of that day
            "2017-11-19+01:00              | 2017-11-18T23:00:00Z",
            // surrounding whitespace, as in verify_customer.xml
            "'\n   2015-12-01T08:10:01.163+01:00\n  ' | 2015-12-01T07:10:01.163Z"})
    void aMomentIsReadInEitherSpelling(String wire, String expected) {
        assertThat(WireTime.instant(wire)).contains(Instant.parse(expected));
    }

    @Test
    void aNumberIsEpochMilliseconds() {
        assertThat(WireTime.instant(1511115771355L)).contains(Instant.parse("2017-11-19T18:22:51.355Z"));
    }

    @Test
    void nothingIsNoMoment() {
        assertThat(WireTime.instant(null)).isEmpty();
        assertThat(WireTime.instant(" ")).isEmpty();
        assertThat(WireTime.instant(null, null)).isEmpty();
    }

    @Test
    void theXmlDateAndTimeOfTheDocumentedOrderAreOneMoment() {
        // <Date>2017-11-19+01:00</Date><Time>19:22:51.355+01:00</Time>
        assertThat(WireTime.instant("2017-11-19+01:00", "19:22:51.355+01:00"))
                .contains(Instant.parse("2017-11-19T18:22:51.355Z"));
    }

    @Test
    void theJsonDateAndTimeOfTheDocumentedOrderAreTheSameMilliseconds() {
        // "Date": 1511115771355, "Time": 1511115771355
        assertThat(WireTime.instant(1511115771355L, 1511115771355L)).contains(Instant.parse("2017-11-19T18:22:51.355Z"));
        assertThat(WireTime.instant(1511115771355L, null)).contains(Instant.parse("2017-11-19T18:22:51.355Z"));
    }

    @Test
    void theRequestExamplesDateAndTimeAreReadToo() {
        // the page's placeholders: "Date": "1967-08-13", "Time": "14:20:00.0Z"
        assertThat(WireTime.instant("1967-08-13", "14:20:00.0Z")).contains(Instant.parse("1967-08-13T14:20:00Z"));
        // no offset anywhere: Norway (CET in winter)
        assertThat(WireTime.instant("2026-01-15", "10:00")).contains(Instant.parse("2026-01-15T09:00:00Z"));
        // a date without a time
        assertThat(WireTime.instant("2026-07-01+02:00", null)).contains(Instant.parse("2026-06-30T22:00:00Z"));
    }

    @Test
    void whatIsNotAMomentIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> WireTime.instant("22.01.2017 11:36:22"))
                .withMessageContaining("22.01.2017 11:36:22");
        assertThatIllegalArgumentException().isThrownBy(() -> WireTime.instant("yesterday", "noon"));
    }

    @Test
    void momentsAreWrittenInNorwayAsBringsExamplesAre() {
        // create_events.xml: 2014-07-03T08:03:56.040+02:00 and 2014-07-04T00:00:00+02:00
        assertThat(WireTime.dateTime(Instant.parse("2014-07-03T06:03:56.040Z"))).isEqualTo("2014-07-03T08:03:56.040+02:00");
        assertThat(WireTime.dateTime(Instant.parse("2014-07-03T22:00:00Z"))).isEqualTo("2014-07-04T00:00:00+02:00");
        // create_packaging_list.xml, in winter: 2014-11-11T07:32:54.284+01:00
        assertThat(WireTime.dateTime(Instant.parse("2014-11-11T06:32:54.284Z"))).isEqualTo("2014-11-11T07:32:54.284+01:00");
        // below a millisecond is not sent
        assertThat(WireTime.dateTime(Instant.parse("2014-11-11T06:32:54.284999Z"))).isEqualTo("2014-11-11T07:32:54.284+01:00");
    }

    @Test
    void aDateAndATimeAreWrittenApartAsTheDocumentedOrderHasThem() {
        Instant documentDate = Instant.parse("2017-11-19T18:22:51.355Z");
        assertThat(WireTime.date(documentDate)).isEqualTo("2017-11-19+01:00");
        assertThat(WireTime.time(documentDate)).isEqualTo("19:22:51.355+01:00");
        // late evening UTC is the next day in Norway
        assertThat(WireTime.date(Instant.parse("2026-06-30T22:30:00Z"))).isEqualTo("2026-07-01+02:00");
        assertThat(WireTime.time(Instant.parse("2026-06-30T22:30:00Z"))).isEqualTo("00:30:00+02:00");
        assertThat(WireTime.instant(WireTime.date(documentDate), WireTime.time(documentDate))).contains(documentDate);
    }
}
