package dev.bringport.ports.transport;

import dev.bringport.ports.AccessDeniedException;
import dev.bringport.ports.BringException;
import dev.bringport.ports.DuplicateException;
import dev.bringport.ports.InvalidRequestException;
import dev.bringport.ports.NotFoundException;
import dev.bringport.ports.NotSupportedByTransportException;
import dev.bringport.ports.OutcomeUnknownException;
import dev.bringport.ports.RateLimitedException;
import dev.bringport.ports.TimedOutException;
import dev.bringport.ports.UnauthenticatedException;
import dev.bringport.ports.UnavailableException;
import dev.bringport.ports.UnexpectedResponseException;
import java.util.Locale;

/**
 * How an attempt of a call ended, named once for every transport: a value, one of the ports'
 * failures, or abandoned by the caller's own code. What a {@link CallListener} is told, and the
 * {@code outcome} tag of the metrics.
 */
public enum CallOutcome {
    /** A value: Bring's answer was read. */
    SUCCESS,
    /** {@link InvalidRequestException}: Bring refused the request, naming its rules. */
    INVALID_REQUEST,
    /** {@link NotFoundException}. */
    NOT_FOUND,
    /** {@link UnauthenticatedException}: the credentials were refused. */
    UNAUTHENTICATED,
    /** {@link AccessDeniedException} other than {@link UnauthenticatedException}. */
    ACCESS_DENIED,
    /** {@link DuplicateException}. */
    DUPLICATE,
    /** {@link RateLimitedException}: Bring answered 429, or the rate budget gave no turn in time. */
    RATE_LIMITED,
    /** {@link UnavailableException}. */
    UNAVAILABLE,
    /** {@link TimedOutException}. */
    TIMED_OUT,
    /** {@link UnexpectedResponseException}. */
    UNEXPECTED_RESPONSE,
    /** {@link OutcomeUnknownException}: a write that may have reached Bring. */
    OUTCOME_UNKNOWN,
    /** {@link NotSupportedByTransportException}. */
    NOT_SUPPORTED,
    /**
     * Ended by something that is none of the ports' failures: the caller's own code (an action
     * handed a streamed answer threw), or the JVM (an {@link Error}).
     */
    ABANDONED;

    /**
     * The outcome a failure stands for.
     *
     * @param failure how the attempt failed
     * @return its outcome, never {@link #SUCCESS} or {@link #ABANDONED}
     */
    public static CallOutcome of(BringException failure) {
        if (failure instanceof OutcomeUnknownException) {
            return OUTCOME_UNKNOWN;
        } else if (failure instanceof UnauthenticatedException) {
            return UNAUTHENTICATED;
        } else if (failure instanceof AccessDeniedException) {
            return ACCESS_DENIED;
        } else if (failure instanceof InvalidRequestException) {
            return INVALID_REQUEST;
        } else if (failure instanceof NotFoundException) {
            return NOT_FOUND;
        } else if (failure instanceof DuplicateException) {
            return DUPLICATE;
        } else if (failure instanceof RateLimitedException) {
            return RATE_LIMITED;
        } else if (failure instanceof UnavailableException) {
            return UNAVAILABLE;
        } else if (failure instanceof TimedOutException) {
            return TIMED_OUT;
        } else if (failure instanceof UnexpectedResponseException) {
            return UNEXPECTED_RESPONSE;
        }
        return NOT_SUPPORTED; // the last of BringException's permitted subclasses
    }

    /**
     * The outcome as a metric's tag value.
     *
     * @return e.g. {@code outcome_unknown}
     */
    public String tag() {
        return name().toLowerCase(Locale.ROOT);
    }
}
