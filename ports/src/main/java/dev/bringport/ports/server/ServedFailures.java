package dev.bringport.ports.server;

import dev.bringport.ports.AccessDeniedException;
import dev.bringport.ports.BringException;
import dev.bringport.ports.DuplicateException;
import dev.bringport.ports.InvalidRequestException;
import dev.bringport.ports.NotFoundException;
import dev.bringport.ports.OutcomeUnknownException;
import dev.bringport.ports.RateLimitedException;
import dev.bringport.ports.TimedOutException;
import dev.bringport.ports.UnauthenticatedException;
import dev.bringport.ports.UnavailableException;

/**
 * How a simulated Bring answers a failure of the ports behind it, the same over every wire: the
 * HTTP status, and whether the failure shows on the wire itself (a status and no more, as Bring's
 * gateway answers) or as Bring's errors inside an answer (as Bring's SOAP services do).
 */
public final class ServedFailures {

    private ServedFailures() {
    }

    /**
     * The HTTP status of a failure: 400 for invalid input and duplicates, 401, 403, 404, 429, 503
     * when unavailable, and 504 when the answer did not come in time (a gateway's timeout: a read
     * timed out, or a write was carried out without an answer); 500 for anything else.
     *
     * @param failure the failure
     * @return the status
     */
    public static int httpStatus(BringException failure) {
        if (failure instanceof InvalidRequestException || failure instanceof DuplicateException) {
            return 400;
        } else if (failure instanceof UnauthenticatedException) {
            return 401;
        } else if (failure instanceof AccessDeniedException) {
            return 403;
        } else if (failure instanceof NotFoundException) {
            return 404;
        } else if (failure instanceof RateLimitedException) {
            return 429;
        } else if (failure instanceof UnavailableException) {
            return 503;
        } else if (failure instanceof TimedOutException || failure instanceof OutcomeUnknownException) {
            return 504;
        }
        return 500;
    }

    /**
     * Whether a failure shows on the wire itself, before any service answers: throttling (429,
     * {@code Retry-After: 1}), an unavailable service that gave no errors of its own (503), and an
     * answer that did not come in time (504). Bring's errors (a code and a message) are answered
     * inside Bring's documents instead.
     *
     * @param failure the failure
     * @return whether the wire shows it
     */
    public static boolean onTheWire(BringException failure) {
        return failure instanceof RateLimitedException || failure instanceof TimedOutException
                || failure instanceof OutcomeUnknownException
                || failure instanceof UnavailableException && failure.failure().errors().isEmpty();
    }
}
