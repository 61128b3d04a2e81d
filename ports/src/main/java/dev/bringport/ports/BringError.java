package dev.bringport.ports;

import dev.bringport.domain.ErrorCode;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An error as Bring reported it: its code, its message and, for Booking, the id Bring logged it
 * under ({@code uniqueId}).
 *
 * @param code     the code, known or not
 * @param message  Bring's message
 * @param uniqueId Bring's log id for the error, when given
 */
public record BringError(ErrorCode code, String message, Optional<String> uniqueId) {

    /** Bring's plain-text error: {@code [CODE] message}, and the id Bring logged it under, {@code (errorId: ...)}. */
    private static final Pattern PLAIN_TEXT = Pattern.compile(
            "^\\s*\\[([^\\]\\s]+)]\\s*(.*?)\\s*(?:\\(errorId:\\s*([^)]+)\\))?\\s*$", Pattern.DOTALL);

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

    /**
     * The error in Bring's plain-text form, which both its REST APIs (an answer's body) and its SOAP
     * services (a body outside an envelope, a fault string) use:
     * {@code [CT_2_ACCESS_DENIED] User is not logged in (errorId: 6f1c2a9e-...)}.
     *
     * @param text the text
     * @return the error, its {@code errorId} as the log id; empty when the text is not in that form
     */
    public static Optional<BringError> fromPlainText(String text) {
        Matcher m = PLAIN_TEXT.matcher(text);
        return m.matches() ? Optional.of(new BringError(ErrorCode.of(m.group(1)), m.group(2),
                Optional.ofNullable(m.group(3)))) : Optional.empty();
    }

    @Override
    public String toString() {
        return "[" + code + "] " + message + uniqueId.map(id -> " (uniqueId " + id + ")").orElse("");
    }
}
