package dev.bringport.ports;

/**
 * Bring, or the way to it, is unavailable: a refused connection, HTTP 502/503/504, or Bring's
 * own internal errors ({@code BOOK-INTERNAL-*}). For a write this is raised only when the
 * request provably never reached Bring; otherwise the caller gets {@link OutcomeUnknownException}.
 */
public final class UnavailableException extends BringException {

    /**
     * Creates the failure.
     *
     * @param failure what is known about it
     * @param cause   the underlying exception, may be null
     */
    public UnavailableException(Failure failure, Throwable cause) {
        super(failure, cause);
    }

    @Override
    public boolean isTransient() {
        return true;
    }
}
