package dev.bringport.ports;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Bring throttled the call (HTTP 429; Booking throttles above 18 requests per second), or the
 * library's rate budget gave the call no turn in time. Bring did not act on the request, so even
 * a write may be sent again, after {@link #retryAfter()}.
 */
public final class RateLimitedException extends BringException {

    /**
     * Creates the failure.
     *
     * @param failure    what is known about it
     * @param retryAfter how long Bring asked to wait ({@code Retry-After}), when it said; kept in
     *                   the failure ({@link Failure#retryAfter()}), where the failure's own wait
     *                   stays when this is empty
     */
    public RateLimitedException(Failure failure, Optional<Duration> retryAfter) {
        super(Objects.requireNonNull(retryAfter, "retryAfter").map(failure::withRetryAfter).orElse(failure), null);
    }

    /**
     * How long Bring asked to wait before trying again.
     *
     * @return the wait, when Bring said
     */
    public Optional<Duration> retryAfter() {
        return failure().retryAfter();
    }

    @Override
    public boolean isTransient() {
        return true;
    }
}
