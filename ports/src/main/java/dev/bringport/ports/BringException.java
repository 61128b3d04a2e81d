package dev.bringport.ports;

import dev.bringport.domain.ErrorCode;
import java.util.List;
import java.util.Optional;

/**
 * The one failure type of every port and adapter. Catch a subclass to act on a kind of failure;
 * every instance carries the {@link Failure}: operation, Bring's codes and messages, HTTP status
 * and request id, all of which appear in {@link #getMessage()}. Unknown Bring codes pass through
 * intact.
 */
public abstract sealed class BringException extends RuntimeException
        permits InvalidRequestException, NotFoundException, AccessDeniedException, DuplicateException,
        RateLimitedException, UnavailableException, TimedOutException, OutcomeUnknownException,
        NotSupportedByTransportException, UnexpectedResponseException {

    private final transient Failure failure;

    /**
     * Creates the failure.
     *
     * @param failure what is known about it
     * @param cause   the underlying exception, may be null
     */
    protected BringException(Failure failure, Throwable cause) {
        super(failure.describe(), cause);
        this.failure = failure;
    }

    /**
     * What is known about the failure.
     *
     * @return the failure
     */
    public Failure failure() {
        return failure;
    }

    /**
     * The operation that failed.
     *
     * @return the operation
     */
    public Operation operation() {
        return failure.operation();
    }

    /**
     * Bring's codes, in the order Bring gave them; empty when the failure did not come with codes
     * (a timeout, a refused connection).
     *
     * @return the codes
     */
    public List<ErrorCode> codes() {
        return failure.codes();
    }

    /**
     * The first of Bring's codes.
     *
     * @return the code, when there is one
     */
    public Optional<ErrorCode> code() {
        return codes().stream().findFirst();
    }

    /**
     * Whether retrying the same call later may succeed without changing it.
     *
     * @return false unless the subclass says otherwise
     */
    public boolean isTransient() {
        return false;
    }
}
