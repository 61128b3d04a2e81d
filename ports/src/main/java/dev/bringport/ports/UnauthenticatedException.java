package dev.bringport.ports;

/**
 * The call had no valid credentials: {@code PO_STATE_002} ("You must log in"), a plain-text
 * {@code [CT_2_ACCESS_DENIED] User is not logged in}, HTTP 401. Check the API user id, key and
 * client URL.
 */
public final class UnauthenticatedException extends AccessDeniedException {

    /**
     * Creates the failure.
     *
     * @param failure what is known about it
     */
    public UnauthenticatedException(Failure failure) {
        super(failure);
    }
}
