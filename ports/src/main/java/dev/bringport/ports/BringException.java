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
     * Whether Bring may have carried the request out: the library's one answer to "did Bring act
     * on it?", which decides whether a write may be sent again, whether another transport may
     * carry it, and whether its caller hears that its outcome is unknown. Bring provably did not
     * act when the request never left the library (refused before sending, no connection, no
     * turn under the rate budget), when Bring throttled it (HTTP 429), and when Bring refused it
     * (its codes, 4xx); it may have acted after anything else that happened once the request had
     * left: no answer or an answer cut short, no answer in time, a server error (Bring's own
     * internal errors included), an answer the library cannot read, a redirect.
     *
     * @return whether the request left and nothing proves that Bring did not act on it
     */
    public final boolean bringMayHaveActed() {
        if (!failure.requestSent()) {
            return false;
        }
        return this instanceof UnavailableException || this instanceof TimedOutException
                || this instanceof UnexpectedResponseException || this instanceof OutcomeUnknownException;
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
