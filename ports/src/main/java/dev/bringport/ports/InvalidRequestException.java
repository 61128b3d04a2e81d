package dev.bringport.ports;

import dev.bringport.domain.Violation;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The request breaks Bring's rules. Either the library found it before sending (then
 * {@link #violations()} lists every broken rule with its field and code, and nothing was sent),
 * or Bring answered with input or validation errors (then {@link #codes()} holds Bring's codes).
 */
public final class InvalidRequestException extends BringException {

    private final transient List<Violation> violations;

    private InvalidRequestException(Failure failure, List<Violation> violations) {
        super(failure, null);
        this.violations = List.copyOf(violations);
    }

    /**
     * Bring's rules were broken and the library noticed before sending anything.
     *
     * @param operation  the operation
     * @param violations every violation (not empty)
     * @return the failure
     */
    public static InvalidRequestException beforeSending(Operation operation, List<Violation> violations) {
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("an invalid request has at least one violation");
        }
        List<BringError> errors = violations.stream()
                .map(v -> BringError.of(v.code(), v.field() + " " + v.message())).toList();
        String summary = violations.size() == 1 ? "invalid request: " + violations.get(0)
                : "invalid request, " + violations.size() + " violations: " + violations;
        return new InvalidRequestException(new Failure(operation, summary, errors, OptionalInt.empty(), Optional.empty(),
                false), violations);
    }

    /**
     * Bring rejected the request.
     *
     * @param failure Bring's errors
     * @return the failure
     */
    public static InvalidRequestException reportedByBring(Failure failure) {
        return new InvalidRequestException(failure, List.of());
    }

    /**
     * Throws if there are violations.
     *
     * @param operation  the operation about to be sent
     * @param violations the violations found
     * @throws InvalidRequestException if there is any
     */
    public static void throwIfAny(Operation operation, List<Violation> violations) {
        if (!violations.isEmpty()) {
            throw beforeSending(operation, violations);
        }
    }

    /**
     * Every violation the library found before sending; empty when Bring found the problem.
     *
     * @return the violations
     */
    public List<Violation> violations() {
        return violations;
    }

    /**
     * Whether the library found the problem before sending anything to Bring.
     *
     * @return whether nothing was sent
     */
    public boolean detectedBeforeSending() {
        return !violations.isEmpty();
    }
}
