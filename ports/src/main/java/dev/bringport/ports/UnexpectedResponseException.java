package dev.bringport.ports;

/** Bring answered something the library cannot read: an HTML page, a truncated or malformed body, a body larger than allowed. For a write, the caller gets {@link OutcomeUnknownException} instead, with this as its cause. */
public final class UnexpectedResponseException extends BringException {

    /**
     * Creates the failure.
     *
     * @param failure what is known about it
     */
    public UnexpectedResponseException(Failure failure) {
        this(failure, null);
    }

    /**
     * Creates the failure.
     *
     * @param failure what is known about it
     * @param cause   the underlying exception, may be null
     */
    public UnexpectedResponseException(Failure failure, Throwable cause) {
        super(failure, cause);
    }
}
