package dev.bringport.ports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Decision 4 of the architecture: reads retry transient failures, writes only when Bring provably did not act. */
class RetryPolicyTest {

    private final RetryPolicy policy = RetryPolicy.DEFAULT;

    private static Failure sent(Operation op, int status) {
        return Failure.of(op, "HTTP " + status).withHttpStatus(status);
    }

    @Test
    void readsRetryTimeoutsAndGatewayErrorsButNotServerErrors() {
        Operation read = Operation.GET_ORDER;
        assertThat(policy.mayRetry(read, new TimedOutException(Failure.of(read, "timeout"), null))).isTrue();
        for (int status : new int[] {502, 503, 504}) {
            assertThat(policy.mayRetry(read, new UnavailableException(sent(read, status), null))).as("%s", status).isTrue();
        }
        assertThat(policy.mayRetry(read, new UnavailableException(sent(read, 500), null))).isFalse();
        assertThat(policy.mayRetry(read, new NotFoundException(sent(read, 404)))).isFalse();
        assertThat(policy.mayRetry(read, new UnexpectedResponseException(sent(read, 200)))).isFalse();
    }

    @Test
    void writesAreSentAgainOnlyWhenBringProvablyDidNotAct() {
        Operation book = Operation.BOOK;
        assertThat(policy.mayRetry(book, new RateLimitedException(sent(book, 429), Optional.empty()))).isTrue();
        assertThat(policy.mayRetry(book, new UnavailableException(Failure.notSent(book, "connection refused"), null))).isTrue();
        assertThat(policy.mayRetry(book, new UnavailableException(Failure.notSent(book, "connect timeout"), null))).isTrue();
        assertThat(policy.mayRetry(book, new RateLimitedException(Failure.notSent(book, "no turn"), Optional.empty())))
                .isTrue();

        assertThat(policy.mayRetry(book, new UnavailableException(sent(book, 503), null))).isFalse();
        assertThat(policy.mayRetry(book, new TimedOutException(Failure.of(book, "read timeout"), null))).isFalse();
        assertThat(policy.mayRetry(book, new OutcomeUnknownException(Failure.of(book, "reset"), Optional.of("c"), null)))
                .isFalse();
        assertThat(policy.mayRetry(book, new UnexpectedResponseException(sent(book, 302)))).isFalse();
        assertThat(policy.mayRetry(book, new UnauthenticatedException(sent(book, 401)))).isFalse();
    }

    @Test
    void aReadAnswered503IsSentAgainAfterTheWaitBringAskedFor() {
        Operation read = Operation.GET_ORDER;
        BringException unavailable = new UnavailableException(sent(read, 503).withRetryAfter(Duration.ofSeconds(2)), null);

        assertThat(policy.mayRetry(read, unavailable)).isTrue();
        assertThat(policy.waitBefore(2, unavailable, 0.3)).isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void aWaitLongerThanThePolicyAllowsEndsTheCallWhateverTheStatus() {
        Operation read = Operation.GET_ORDER;
        Duration tooLong = policy.maxRetryAfter().plusSeconds(1);

        assertThat(policy.mayRetry(read, new UnavailableException(sent(read, 503).withRetryAfter(tooLong), null))).isFalse();
        assertThat(policy.mayRetry(read, new RateLimitedException(sent(read, 429).withRetryAfter(tooLong),
                Optional.empty()))).isFalse();
        assertThat(policy.mayRetry(read, new RateLimitedException(sent(read, 429), Optional.of(Duration.ofSeconds(Long.MAX_VALUE)))))
                .as("a wait no long can hold in milliseconds").isFalse();
    }

    @Test
    void aRetryAfterLongerThanTheLibraryWaitsForEndsTheCall() {
        Operation read = Operation.GET_CUSTOMERS;
        assertThat(policy.mayRetry(read, new RateLimitedException(sent(read, 429), Optional.of(Duration.ofSeconds(5)))))
                .isTrue();
        assertThat(policy.mayRetry(read, new RateLimitedException(sent(read, 429), Optional.of(Duration.ofSeconds(6)))))
                .isFalse();
    }

    @Test
    void waitsGrowExponentiallyUpToTheCapAndHonourRetryAfter() {
        RetryPolicy noJitter = new RetryPolicy(6, Duration.ofMillis(200), Duration.ofSeconds(1), 0, Duration.ofSeconds(5));
        BringException timeout = new TimedOutException(Failure.of(Operation.GET_ORDER, "t"), null);
        assertThat(noJitter.waitBefore(2, timeout, 0.7)).isEqualTo(Duration.ofMillis(200));
        assertThat(noJitter.waitBefore(3, timeout, 0.7)).isEqualTo(Duration.ofMillis(400));
        assertThat(noJitter.waitBefore(4, timeout, 0.7)).isEqualTo(Duration.ofMillis(800));
        assertThat(noJitter.waitBefore(5, timeout, 0.7)).isEqualTo(Duration.ofSeconds(1));

        BringException limited = new RateLimitedException(sent(Operation.BOOK, 429), Optional.of(Duration.ofMillis(1500)));
        assertThat(noJitter.waitBefore(2, limited, 0.7)).isEqualTo(Duration.ofMillis(1500));
    }

    @Test
    void jitterTakesAShareOfTheWaitAtRandom() {
        RetryPolicy halfJitter = new RetryPolicy(3, Duration.ofMillis(200), Duration.ofSeconds(2), 0.5, Duration.ZERO);
        BringException timeout = new TimedOutException(Failure.of(Operation.GET_ORDER, "t"), null);
        assertThat(halfJitter.waitBefore(2, timeout, 0.0)).isEqualTo(Duration.ofMillis(100));
        assertThat(halfJitter.waitBefore(2, timeout, 0.999)).isBetween(Duration.ofMillis(199), Duration.ofMillis(200));
    }

    @Test
    void nonsenseSettingsAreRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> new RetryPolicy(0, Duration.ZERO, Duration.ZERO, 0, Duration.ZERO));
        assertThatIllegalArgumentException().isThrownBy(
                () -> new RetryPolicy(2, Duration.ofSeconds(2), Duration.ofSeconds(1), 0, Duration.ZERO));
        assertThatIllegalArgumentException().isThrownBy(
                () -> new RetryPolicy(2, Duration.ZERO, Duration.ZERO, 1.5, Duration.ZERO));
    }
}
