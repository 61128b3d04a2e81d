package dev.bringport.example;

import dev.bringport.adapter.rest.document.IgnoredField;
import java.util.List;

/**
 * A command's input (a request file, an output path, a setting) cannot be used; nothing was sent.
 * The message says why, and names any fields a strict reading refused.
 */
final class InputException extends RuntimeException {

    private final transient List<IgnoredField> ignored;

    InputException(String message) {
        this(message, (Throwable) null);
    }

    InputException(String message, Throwable cause) {
        super(message, cause);
        this.ignored = List.of();
    }

    InputException(String message, List<IgnoredField> ignored) {
        super(message);
        this.ignored = List.copyOf(ignored);
    }

    /** @return the fields a strict reading refused, each with why it would not be sent */
    List<IgnoredField> ignored() {
        return ignored;
    }
}
