package dev.bringport.adapter.inmemory;

/**
 * A failure the in-memory Bring can be told to answer with, to test how an application copes.
 * See {@link InMemoryBring#failNext(Fault)}.
 */
public enum Fault {
    /** Bring throttles the call (HTTP 429, one second {@code Retry-After}); nothing happens. */
    RATE_LIMITED,
    /** Bring is unavailable (HTTP 503); nothing happens. */
    UNAVAILABLE,
    /**
     * The answer never arrives. A read fails with a timeout; a write <em>is carried out</em> and
     * then fails with "outcome unknown", the case an application must handle without booking twice.
     */
    TIMEOUT
}
