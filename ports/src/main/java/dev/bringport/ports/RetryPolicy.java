package dev.bringport.ports;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * When a failed call may be sent again and how long to wait first: the library's one policy,
 * which every adapter applies (with resilience4j). Reads retry transient failures: a connection
 * never made, a timeout, HTTP 429, 502, 503 and 504. A write (booking, order, packing list,
 * event, pickup) is sent again only when Bring provably did not act on it: HTTP 429, or a
 * request that never left; otherwise the caller gets {@link OutcomeUnknownException}, never a
 * silent double booking. Waits grow exponentially with jitter up to a cap, and Bring's
 * {@code Retry-After} (on 429 and 503) is honoured up to {@code maxRetryAfter}.
 *
 * @param maxAttempts    attempts in all, the first included (1: never retry)
 * @param initialBackoff wait before the second attempt
 * @param maxBackoff     the longest wait between attempts
 * @param jitter         how much of each wait is random, from 0 (none) to 1
 * @param maxRetryAfter  the longest {@code Retry-After} the library waits for; longer ones end the call
 */
public record RetryPolicy(int maxAttempts, Duration initialBackoff, Duration maxBackoff, double jitter,
                          Duration maxRetryAfter) {

    /** Three attempts, 200 ms growing to at most 2 s, half of it random; waits up to 5 s for Retry-After. */
    public static final RetryPolicy DEFAULT = new RetryPolicy(3, Duration.ofMillis(200), Duration.ofSeconds(2), 0.5,
            Duration.ofSeconds(5));

    /** One attempt only. */
    public static final RetryPolicy NEVER = new RetryPolicy(1, Duration.ZERO, Duration.ZERO, 0, Duration.ZERO);

    /**
     * Validates the numbers.
     *
     * @param maxAttempts    attempts in all, the first included (1: never retry)
     * @param initialBackoff wait before the second attempt
     * @param maxBackoff     the longest wait between attempts
     * @param jitter         how much of each wait is random, from 0 (none) to 1
     * @param maxRetryAfter  the longest {@code Retry-After} the library waits for; longer ones end the call
     */
    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1, was " + maxAttempts);
        }
        Objects.requireNonNull(initialBackoff, "initialBackoff");
        Objects.requireNonNull(maxBackoff, "maxBackoff");
        Objects.requireNonNull(maxRetryAfter, "maxRetryAfter");
        if (initialBackoff.isNegative() || maxBackoff.compareTo(initialBackoff) < 0) {
            throw new IllegalArgumentException("backoff must be 0 <= initialBackoff <= maxBackoff");
        }
        if (jitter < 0 || jitter > 1) {
            throw new IllegalArgumentException("jitter must be between 0 and 1, was " + jitter);
        }
    }

    /**
     * Whether a failed attempt of an operation may be sent again (attempts left aside). Never when
     * Bring asked to wait longer than {@link #maxRetryAfter()}: the call ends at once and its
     * failure says how long Bring asked for. Otherwise a transient failure is sent again when
     * Bring provably did not act on it ({@link BringException#bringMayHaveActed()}), whatever the
     * operation; after Bring may have acted, only a read, and only a timeout or HTTP 502, 503, 504.
     *
     * @param operation the operation
     * @param failure   how the attempt failed
     * @return whether sending it again is safe and may succeed
     */
    public boolean mayRetry(Operation operation, BringException failure) {
        if (failure.failure().retryAfter().filter(wait -> wait.compareTo(maxRetryAfter) > 0).isPresent()) {
            return false;
        }
        if (!failure.isTransient()) {
            return false;
        }
        if (!failure.bringMayHaveActed()) {
            return true;
        }
        if (operation.isWrite()) {
            return false;
        }
        return failure instanceof TimedOutException || failure.failure().httpStatus().stream()
                .anyMatch(status -> status == 502 || status == 503 || status == 504);
    }

    /**
     * How long to wait before an attempt: Bring's {@code Retry-After} when it gave one, else
     * {@code initialBackoff * 2^(attempt - 2)} capped at {@code maxBackoff}, with jitter.
     *
     * @param attempt the attempt about to be made, 2 or more
     * @param failure how the previous attempt failed
     * @param random  a number in [0, 1) for the jitter
     * @return the wait
     */
    public Duration waitBefore(int attempt, BringException failure, double random) {
        Optional<Duration> retryAfter = failure.failure().retryAfter();
        if (retryAfter.isPresent()) {
            return retryAfter.get();
        }
        long exponential = initialBackoff.toMillis() << Math.min(Math.max(attempt - 2, 0), 20);
        long capped = Math.min(exponential, maxBackoff.toMillis());
        long jittered = Math.round(capped * (1 - jitter + jitter * random));
        return Duration.ofMillis(jittered);
    }
}
