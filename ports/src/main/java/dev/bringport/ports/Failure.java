package dev.bringport.ports;

import dev.bringport.domain.ErrorCode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What is known about a failed call: the operation, a summary, Bring's errors (codes and
 * messages), the HTTP status and Bring's request id where there were any. Carried by every
 * {@link BringException}. Never holds credentials.
 *
 * @param operation  the operation that failed
 * @param summary    what went wrong, for a person
 * @param errors     Bring's errors, in the order Bring gave them; empty when Bring gave none
 * @param httpStatus the HTTP status, when there was an HTTP answer
 * @param requestId  the id under which Bring (or the library) logged the call, when known
 * @param requestSent whether the request left the library: false when it was rejected before
 *                   sending or the connection was never made, so that Bring provably did not act on it
 *                   (whether Bring may have acted on a request that left:
 *                   {@link BringException#bringMayHaveActed()})
 * @param retryAfter how long Bring asked to wait before the call is made again ({@code Retry-After}
 *                   on HTTP 429 and 503), when it said
 */
public record Failure(Operation operation, String summary, List<BringError> errors, OptionalInt httpStatus,
                      Optional<String> requestId, boolean requestSent, Optional<Duration> retryAfter) {

    /**
     * Requires every (possibly empty) part.
     *
     * @param operation  the operation that failed
     * @param summary    what went wrong, for a person
     * @param errors     Bring's errors, in the order Bring gave them; empty when Bring gave none
     * @param httpStatus the HTTP status, when there was an HTTP answer
     * @param requestId  the id under which Bring (or the library) logged the call, when known
     * @param requestSent whether the request left the library: false when it was rejected before
     *                   sending or the connection was never made, so that Bring provably did not act on it
     *                   (whether Bring may have acted on a request that left:
     *                   {@link BringException#bringMayHaveActed()})
     * @param retryAfter how long Bring asked to wait before the call is made again ({@code Retry-After}
     *                   on HTTP 429 and 503), when it said
     */
    public Failure {
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(summary, "summary");
        errors = List.copyOf(errors);
        Objects.requireNonNull(httpStatus, "httpStatus");
        requestId = Objects.requireNonNull(requestId, "requestId").filter(s -> !s.isBlank());
        Objects.requireNonNull(retryAfter, "retryAfter");
    }

    /**
     * A failure for which Bring asked for no wait.
     *
     * @param operation   the operation that failed
     * @param summary     what went wrong, for a person
     * @param errors      Bring's errors, in the order Bring gave them
     * @param httpStatus  the HTTP status, when there was an HTTP answer
     * @param requestId   the id under which Bring (or the library) logged the call, when known
     * @param requestSent whether the request left the library
     */
    public Failure(Operation operation, String summary, List<BringError> errors, OptionalInt httpStatus,
                   Optional<String> requestId, boolean requestSent) {
        this(operation, summary, errors, httpStatus, requestId, requestSent, Optional.empty());
    }

    /**
     * A failure with nothing but a summary.
     *
     * @param operation the operation
     * @param summary   what went wrong
     * @return the failure
     */
    public static Failure of(Operation operation, String summary) {
        return new Failure(operation, summary, List.of(), OptionalInt.empty(), Optional.empty(), true);
    }

    /**
     * A failure before anything reached Bring: the request was rejected before sending, or the
     * connection was never made.
     *
     * @param operation the operation
     * @param summary   what went wrong
     * @return the failure
     */
    public static Failure notSent(Operation operation, String summary) {
        return new Failure(operation, summary, List.of(), OptionalInt.empty(), Optional.empty(), false);
    }

    /**
     * A failure Bring reported with errors.
     *
     * @param operation the operation
     * @param errors    Bring's errors
     * @return the failure, summarised by the first error's message
     */
    public static Failure of(Operation operation, List<BringError> errors) {
        String summary = errors.isEmpty() ? "Bring reported an error" : errors.get(0).message();
        return new Failure(operation, summary, errors, OptionalInt.empty(), Optional.empty(), true);
    }

    /**
     * The same failure with an HTTP status.
     *
     * @param status the status
     * @return a copy
     */
    public Failure withHttpStatus(int status) {
        return new Failure(operation, summary, errors, OptionalInt.of(status), requestId, requestSent, retryAfter);
    }

    /**
     * The same failure with a request id.
     *
     * @param id the request id, may be null
     * @return a copy
     */
    public Failure withRequestId(String id) {
        return new Failure(operation, summary, errors, httpStatus, Optional.ofNullable(id), requestSent, retryAfter);
    }

    /**
     * The same failure with the wait Bring asked for.
     *
     * @param wait how long Bring asked to wait ({@code Retry-After})
     * @return a copy
     */
    public Failure withRetryAfter(Duration wait) {
        return new Failure(operation, summary, errors, httpStatus, requestId, requestSent,
                Optional.of(Objects.requireNonNull(wait, "wait")));
    }

    /**
     * The same failure with more errors.
     *
     * @param more errors to add
     * @return a copy
     */
    public Failure withErrors(List<BringError> more) {
        List<BringError> all = new ArrayList<>(errors);
        all.addAll(more);
        return new Failure(operation, summary, all, httpStatus, requestId, requestSent, retryAfter);
    }

    /**
     * The same failure with the API key masked in all its text (summary, Bring's codes, messages
     * and ids, the request id), in whatever form the text repeats it
     * ({@link BringCredentials#mask(String)}): for a failure built from an answer that repeats the key.
     *
     * @param credentials whose key to mask
     * @return a copy, or this failure when none of its text holds the key
     */
    public Failure masking(BringCredentials credentials) {
        Failure masked = new Failure(operation, credentials.mask(summary), errors.stream()
                .map(e -> new BringError(ErrorCode.of(credentials.mask(e.code().value())), credentials.mask(e.message()),
                        e.uniqueId().map(credentials::mask)))
                .toList(), httpStatus, requestId.map(credentials::mask), requestSent, retryAfter);
        return masked.equals(this) ? this : masked;
    }

    /**
     * Bring's codes, in order.
     *
     * @return the codes
     */
    public List<ErrorCode> codes() {
        return errors.stream().map(BringError::code).toList();
    }

    /**
     * One line for a person: operation, summary, codes, HTTP status, request id and the wait Bring
     * asked for.
     *
     * @return the description
     */
    public String describe() {
        StringBuilder s = new StringBuilder(operation.name()).append(": ").append(summary);
        if (!errors.isEmpty()) {
            s.append(' ').append(codes());
        }
        httpStatus.ifPresent(status -> s.append(", HTTP ").append(status));
        requestId.ifPresent(id -> s.append(", request id ").append(id));
        retryAfter.ifPresent(wait -> s.append(", Bring asked to wait ").append(wait.toSeconds()).append(" s (Retry-After)"));
        if (!requestSent) {
            s.append(", not sent");
        }
        return s.toString();
    }
}
