package dev.bringport.ports;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Bring throttled the call (HTTP 429; Booking throttles above 18 requests per second). Bring did
 * not act on the request, so even a write may be sent again, after {@link #retryAfter()}.
 */
public final class RateLimitedException extends BringException {

    private final transient Optional<Duration> retryAfter;

    /**
     * Creates the failure.
     *
     * @param failure    what is known about it
     * @param retryAfter how long Bring asked to wait ({@code Retry-After}), when it said
     */
    public RateLimitedException(Failure failure, Optional<Duration> retryAfter) {
        super(failure, null);
        this.retryAfter = Objects.requireNonNull(retryAfter, "retryAfter");
    }

    /**
     * How long Bring asked to wait before trying again.
     *
     * @return the wait, when Bring said
     */
    public Optional<Duration> retryAfter() {
        return retryAfter;
    }

    @Override
    public boolean isTransient() {
        return true;
    }
}
