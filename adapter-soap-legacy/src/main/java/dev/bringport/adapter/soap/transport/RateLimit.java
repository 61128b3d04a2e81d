package dev.bringport.adapter.soap.transport;

import java.time.Duration;
import java.util.Objects;

/**
 * How many requests one Mybring user may send per period, and how long a call waits for its turn
 * before it fails with {@link dev.bringport.ports.RateLimitedException} without sending anything.
 *
 * @param requests how many requests per period
 * @param period   the period
 * @param maxWait  how long a call waits for a permit
 */
public record RateLimit(int requests, Duration period, Duration maxWait) {

    /** Bring throttles clients above 18 requests per second (HTTP 429). */
    public static final RateLimit BRING = new RateLimit(18, Duration.ofSeconds(1), Duration.ofSeconds(5));

    public RateLimit {
        if (requests < 1) {
            throw new IllegalArgumentException("a rate limit allows at least 1 request per period, was " + requests);
        }
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(maxWait, "maxWait");
        if (period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException("the rate limit's period must be positive, was " + period);
        }
        if (maxWait.isNegative()) {
            throw new IllegalArgumentException("the rate limit's wait must not be negative, was " + maxWait);
        }
    }
}
