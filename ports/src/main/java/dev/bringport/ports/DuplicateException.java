package dev.bringport.ports;

/** The resource already exists: an Original order sent for an existing order ({@code PO_INPUT_024}). */
public final class DuplicateException extends BringException {

    /**
     * Creates the failure.
     *
     * @param failure what is known about it
     */
    public DuplicateException(Failure failure) {
        this(failure, null);
    }

    /**
     * Creates the failure.
     *
     * @param failure what is known about it
     * @param cause   the underlying exception, may be null
     */
    public DuplicateException(Failure failure, Throwable cause) {
        super(failure, cause);
    }
}
