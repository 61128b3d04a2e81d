package dev.bringport.ports;

/** The order, packing list, article or other resource does not exist (e.g. {@code PO_STATE_001}, {@code PO_INPUT_010}, HTTP 404). */
public final class NotFoundException extends BringException {

    /**
     * Creates the failure.
     *
     * @param failure what is known about it
     */
    public NotFoundException(Failure failure) {
        this(failure, null);
    }

    /**
     * Creates the failure.
     *
     * @param failure what is known about it
     * @param cause   the underlying exception, may be null
     */
    public NotFoundException(Failure failure, Throwable cause) {
        super(failure, cause);
    }
}
