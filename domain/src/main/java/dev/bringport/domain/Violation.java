package dev.bringport.domain;

import java.util.Objects;

/**
 * One broken Bring rule: which field, Bring's code for it, and a message a person understands.
 *
 * @param field   the field in Bring's request, as a path ({@code consignments[0].parties.sender.name})
 * @param code    Bring's error code for the rule
 * @param message what is wrong, e.g. "must be given" or "must be at most 35 characters"
 */
public record Violation(String field, ErrorCode code, String message) {

    /**
     * Requires a field, a code and a message.
     *
     * @param field   the field in Bring's request, as a path ({@code consignments[0].parties.sender.name})
     * @param code    Bring's error code for the rule
     * @param message what is wrong, e.g. "must be given" or "must be at most 35 characters"
     */
    public Violation {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return field + " " + message + " [" + code + "]";
    }
}
