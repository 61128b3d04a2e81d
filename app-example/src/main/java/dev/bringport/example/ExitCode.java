package dev.bringport.example;

import dev.bringport.ports.AccessDeniedException;
import dev.bringport.ports.BringException;
import dev.bringport.ports.DuplicateException;
import dev.bringport.ports.InvalidRequestException;
import dev.bringport.ports.NotFoundException;
import dev.bringport.ports.NotSupportedByTransportException;

/** The exit statuses of the command line tool. */
final class ExitCode {

    /** The command succeeded. */
    static final int OK = 0;
    /** {@code compare}: the answers differ. */
    static final int DIFFERENT = 1;
    /** A usage error, or input rejected before anything was sent. */
    static final int USAGE = 2;
    /** Bring (or the fake) answered with an error. */
    static final int BRING_ERROR = 3;
    /** A transport failure: timeout, unavailable, rate limited after retries, outcome unknown. */
    static final int TRANSPORT_FAILURE = 4;
    /** What nobody expected: a bug in the tool or the library, or the JVM out of memory. */
    static final int INTERNAL_ERROR = 5;

    private ExitCode() {
    }

    static int of(BringException e) {
        if (e instanceof InvalidRequestException invalid) {
            return invalid.detectedBeforeSending() ? USAGE : BRING_ERROR;
        }
        if (e instanceof NotSupportedByTransportException) {
            return USAGE;
        }
        if (e instanceof NotFoundException || e instanceof AccessDeniedException || e instanceof DuplicateException) {
            return BRING_ERROR;
        }
        return TRANSPORT_FAILURE;
    }
}
