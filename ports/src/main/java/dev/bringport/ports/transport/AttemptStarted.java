package dev.bringport.ports.transport;

import dev.bringport.ports.Operation;
import java.util.Objects;

/**
 * An attempt of a call that begins.
 *
 * @param operation the operation
 * @param transport the transport that carries it, e.g. {@code REST}, {@code SOAP}, {@code in-memory}
 * @param attempt   which attempt of the call it is, from 1
 */
public record AttemptStarted(Operation operation, String transport, int attempt) {

    /**
     * Requires every value.
     *
     * @param operation the operation
     * @param transport the transport that carries it
     * @param attempt   which attempt of the call it is, from 1
     */
    public AttemptStarted {
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(transport, "transport");
        if (attempt < 1) {
            throw new IllegalArgumentException("attempt must be at least 1, was " + attempt);
        }
    }
}
