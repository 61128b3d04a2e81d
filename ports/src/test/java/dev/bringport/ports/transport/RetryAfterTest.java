package dev.bringport.ports.transport;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code Retry-After} as RFC 9110 (section 10.2.3) defines it: delta-seconds, or an HTTP-date in
 * any of the three forms a recipient must accept (section 5.6.7).
 */
class RetryAfterTest {

    private static final Instant NOW = Instant.parse("1994-11-06T08:49:00Z");

    @Test
    void delaySecondsAreAWaitOfThatManySeconds() {
        assertThat(RetryAfter.parse("120", NOW)).contains(Duration.ofSeconds(120));
        assertThat(RetryAfter.parse(" 0 ", NOW)).contains(Duration.ZERO);
        assertThat(RetryAfter.parse("007", NOW)).contains(Duration.ofSeconds(7));
    }

    @ParameterizedTest
    @ValueSource(strings = {"99999999999999999999", "9223372036854775808", "9223372036"})
    void delaySecondsOfAnyLengthSaturateInsteadOfFailing(String value) {
        assertThat(RetryAfter.parse(value, NOW)).contains(RetryAfter.LONGEST);
        assertThat(RetryAfter.parse("1" + "0".repeat(400), NOW)).contains(RetryAfter.LONGEST);
        assertThat(RetryAfter.LONGEST.toNanos()).as("every unit the library converts to").isPositive();
    }

    @Test
    void theThreeFormsOfAnHttpDateAreTheTimeUntilThen() {
        Duration until = Duration.ofSeconds(37);
        assertThat(RetryAfter.parse("Sun, 06 Nov 1994 08:49:37 GMT", NOW)).as("IMF-fixdate").contains(until);
        assertThat(RetryAfter.parse("Sunday, 06-Nov-94 08:49:37 GMT", NOW)).as("RFC 850").contains(until);
        assertThat(RetryAfter.parse("Sun Nov  6 08:49:37 1994", NOW)).as("asctime").contains(until);
        assertThat(RetryAfter.parse("Sun, 6 Nov 1994 08:49:37 GMT", NOW)).as("a day of one digit, as Java writes it")
                .contains(until);
    }

    @Test
    void anRfc850YearIsTheMostRecentOneWithItsDigitsNotMoreThanFiftyYearsAhead() {
        Instant in2026 = Instant.parse("2026-12-05T10:00:00Z");
        assertThat(RetryAfter.parse("Saturday, 05-Dec-26 10:00:30 GMT", in2026)).contains(Duration.ofSeconds(30));
        assertThat(RetryAfter.parse("Monday, 05-Dec-77 10:00:30 GMT", in2026)).as("1977, long past").contains(Duration.ZERO);
        assertThat(RetryAfter.parse("Saturday, 05-Dec-76 10:00:30 GMT", in2026)).as("2076, fifty years ahead")
                .contains(Duration.between(in2026, Instant.parse("2076-12-05T10:00:30Z")));
    }

    @Test
    void aDateInThePastIsNoWait() {
        assertThat(RetryAfter.parse("Sun, 06 Nov 1994 08:00:00 GMT", NOW)).contains(Duration.ZERO);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "soon", "-5", "1.5", "+3", "0x10", "Sun, 06 Nov 1994 08:49:37 CET",
            "Sun, 31 Nov 1994 08:49:37 GMT", "Sun, 06 Nov 1994 25:49:37 GMT", "Sun Nov  6 08:49:37 94",
            "120 seconds"})
    void anythingElseIsNoRetryAfter(String value) {
        assertThat(RetryAfter.parse(value, NOW)).isEmpty();
    }
}
