package dev.bringport.ports;

import java.util.Objects;
import java.util.Optional;

/**
 * A write reached Bring (or may have) but its result is unknown: a timeout, a dropped
 * connection, a server error or an unreadable answer after the request was sent. The library
 * does not send it again, so that nothing is booked twice. Check at Bring (for a booking, by its
 * correlation id) before repeating it.
 */
public final class OutcomeUnknownException extends BringException {

    private final transient Optional<String> correlationId;

    /**
     * Creates the failure.
     *
     * @param failure       what is known about it
     * @param correlationId the correlation id of the write (a booking's consignment correlation id), when it has one
     * @param cause         what made the outcome unknown
     */
    public OutcomeUnknownException(Failure failure, Optional<String> correlationId, Throwable cause) {
        super(failure, cause);
        this.correlationId = Objects.requireNonNull(correlationId, "correlationId");
    }

    /**
     * The correlation id of the write, to find it at Bring.
     *
     * @return the id, when the write has one
     */
    public Optional<String> correlationId() {
        return correlationId;
    }
}
