package dev.bringport.ports;

/**
 * A read did not get an answer within its deadline. (A write that times out may have happened:
 * the caller gets {@link OutcomeUnknownException} instead.)
 */
public final class TimedOutException extends BringException {

    /**
     * Creates the failure.
     *
     * @param failure what is known about it
     * @param cause   the underlying exception, may be null
     */
    public TimedOutException(Failure failure, Throwable cause) {
        super(failure, cause);
    }

    @Override
    public boolean isTransient() {
        return true;
    }
}
