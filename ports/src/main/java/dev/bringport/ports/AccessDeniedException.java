package dev.bringport.ports;

/**
 * The credentials may not do this: {@code PO_STATE_004} (access is denied to read this purchase
 * order), {@code BOOK-AUTHORIZATION-001}, HTTP 403. {@link UnauthenticatedException}, its subclass,
 * means there were no valid credentials at all.
 */
public sealed class AccessDeniedException extends BringException permits UnauthenticatedException {

    /**
     * Creates the failure.
     *
     * @param failure what is known about it
     */
    public AccessDeniedException(Failure failure) {
        super(failure, null);
    }
}
