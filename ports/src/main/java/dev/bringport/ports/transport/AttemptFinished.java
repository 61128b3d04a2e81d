package dev.bringport.ports.transport;

import dev.bringport.domain.ErrorCode;
import dev.bringport.ports.BringException;
import dev.bringport.ports.Operation;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * An attempt of a call that has ended.
 *
 * @param operation      the operation
 * @param transport      the transport that carried it, e.g. {@code REST}, {@code SOAP}, {@code in-memory}
 * @param attempt        which attempt of the call it was, from 1
 * @param outcome        how it ended
 * @param failure        the failure, unless it succeeded or was abandoned
 * @param httpStatus     the HTTP status of Bring's answer, when there was one (the in-memory Bring
 *                       has one only for the failures it simulates: 429, 503)
 * @param codes          Bring's error codes, in Bring's order; empty on success
 * @param requestId      Bring's request id, when the answer carried one
 * @param duration       how long the attempt took, its wait under the rate budget included
 * @param rateBudgetWait how long it waited for its turn under the rate budget before its request
 *                       left; empty for a transport without one (the in-memory Bring)
 * @param willRetry      whether the call makes another attempt ({@link dev.bringport.ports.RetryPolicy} decides)
 * @param sinceCallBegan how long since the call's first attempt began: on the attempt that is not
 *                       retried, the call's whole duration, waits between attempts included
 */
public record AttemptFinished(Operation operation, String transport, int attempt, CallOutcome outcome,
                              Optional<BringException> failure, OptionalInt httpStatus, List<ErrorCode> codes,
                              Optional<String> requestId, Duration duration, Optional<Duration> rateBudgetWait,
                              boolean willRetry, Duration sinceCallBegan) {

    /**
     * Requires every value; copies the codes.
     *
     * @param operation      the operation
     * @param transport      the transport that carried it
     * @param attempt        which attempt of the call it was, from 1
     * @param outcome        how it ended
     * @param failure        the failure, unless it succeeded or was abandoned
     * @param httpStatus     the HTTP status of Bring's answer, when there was one
     * @param codes          Bring's error codes
     * @param requestId      Bring's request id, when the answer carried one
     * @param duration       how long the attempt took
     * @param rateBudgetWait how long it waited for its turn under the rate budget
     * @param willRetry      whether the call makes another attempt
     * @param sinceCallBegan how long since the call's first attempt began
     */
    public AttemptFinished {
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(transport, "transport");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(failure, "failure");
        Objects.requireNonNull(httpStatus, "httpStatus");
        codes = List.copyOf(codes);
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(duration, "duration");
        Objects.requireNonNull(rateBudgetWait, "rateBudgetWait");
        Objects.requireNonNull(sinceCallBegan, "sinceCallBegan");
    }

    /**
     * Whether this attempt ended the call: it succeeded, or failed and is not retried.
     *
     * @return true on the call's last attempt
     */
    public boolean endsTheCall() {
        return !willRetry;
    }
}
