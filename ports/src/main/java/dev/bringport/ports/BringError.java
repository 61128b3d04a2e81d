package dev.bringport.ports;

import dev.bringport.domain.ErrorCode;
import java.util.Objects;
import java.util.Optional;

/**
 * An error as Bring reported it: its code, its message and, for Booking, the id Bring logged it
 * under ({@code uniqueId}).
 *
 * @param code     the code, known or not
 * @param message  Bring's message
 * @param uniqueId Bring's log id for the error, when given
 */
public record BringError(ErrorCode code, String message, Optional<String> uniqueId) {

    /**
     * Requires code and message.
     *
     * @param code     the code, known or not
     * @param message  Bring's message
     * @param uniqueId Bring's log id for the error, when given
     */
    public BringError {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        uniqueId = Objects.requireNonNull(uniqueId, "uniqueId").filter(s -> !s.isBlank());
    }

    /**
     * An error without a log id.
     *
     * @param code    the code
     * @param message the message
     * @return the error
     */
    public static BringError of(ErrorCode code, String message) {
        return new BringError(code, message, Optional.empty());
    }

    @Override
    public String toString() {
        return "[" + code + "] " + message + uniqueId.map(id -> " (uniqueId " + id + ")").orElse("");
    }
}
