package dev.bringport.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Collects every {@link Violation} of a request, in the order the rules found them. The rules
 * of each capability use it so that a caller learns about every problem at once.
 */
public final class Violations {

    private final List<Violation> found = new ArrayList<>();

    /** Starts with no violation. */
    public Violations() {
    }

    /**
     * Records a violation.
     *
     * @param field   the field
     * @param code    Bring's code
     * @param message what is wrong
     * @return this
     */
    public Violations add(String field, ErrorCode code, String message) {
        found.add(new Violation(field, code, message));
        return this;
    }

    /**
     * Records a violation unless the condition holds.
     *
     * @param condition what must be true
     * @param field     the field
     * @param code      Bring's code
     * @param message   what is wrong when it is false
     * @return this
     */
    public Violations require(boolean condition, String field, ErrorCode code, String message) {
        return condition ? this : add(field, code, message);
    }

    /**
     * Requires text to be given (not blank).
     *
     * @param text  the text
     * @param field the field
     * @param code  Bring's code
     * @return this
     */
    public Violations requireText(String text, String field, ErrorCode code) {
        return require(text != null && !text.isBlank(), field, code, "must be given");
    }

    /**
     * Requires text, where given, to be at most {@code max} characters long.
     *
     * @param text  the text
     * @param max   the maximum length
     * @param field the field
     * @param code  Bring's code
     * @return this
     */
    public Violations maxLength(String text, int max, String field, ErrorCode code) {
        return require(text == null || text.length() <= max, field, code,
                "must be at most " + max + " characters (is " + (text == null ? 0 : text.length()) + ")");
    }

    /**
     * Requires optional text, where given, to be at most {@code max} characters long.
     *
     * @param text  the text
     * @param max   the maximum length
     * @param field the field
     * @param code  Bring's code
     * @return this
     */
    public Violations maxLength(Optional<String> text, int max, String field, ErrorCode code) {
        return maxLength(text.orElse(null), max, field, code);
    }

    /**
     * Adds every violation found elsewhere.
     *
     * @param others violations
     * @return this
     */
    public Violations addAll(List<Violation> others) {
        found.addAll(others);
        return this;
    }

    /**
     * The violations found so far.
     *
     * @return an unmodifiable copy
     */
    public List<Violation> toList() {
        return List.copyOf(found);
    }
}
