package dev.bringport.ports.transport;

import dev.bringport.ports.AccessDeniedException;
import dev.bringport.ports.BringCredentials;
import dev.bringport.ports.BringException;
import dev.bringport.ports.BringFailures;
import dev.bringport.ports.DuplicateException;
import dev.bringport.ports.Failure;
import dev.bringport.ports.InvalidRequestException;
import dev.bringport.ports.NotFoundException;
import dev.bringport.ports.Operation;
import dev.bringport.ports.OutcomeUnknownException;
import dev.bringport.ports.RateLimitedException;
import dev.bringport.ports.RetryPolicy;
import dev.bringport.ports.TimedOutException;
import dev.bringport.ports.UnauthenticatedException;
import dev.bringport.ports.UnavailableException;
import dev.bringport.ports.UnexpectedResponseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The policy every transport applies to its calls, written once: each attempt takes a place under
 * the user's {@link RateBudget} before its request leaves; a fault on the wire ({@link WireFault})
 * and an answer that is no success become the ports' failures the same way over every wire; the
 * wait Bring asks for ({@code Retry-After}) is read on HTTP 429 and 503; the API key is masked in
 * every failure and every cause; and a write that may have reached Bring
 * ({@link BringException#bringMayHaveActed()}) fails with {@link OutcomeUnknownException}, in the
 * same words on every wire. Whether an attempt is made again is {@link dev.bringport.ports.RetryPolicy}'s
 * to say. Every attempt is told to the transport's {@link CallListener} ({@link Attempts}). An
 * adapter keeps only the mapping of its wire's exceptions and answers onto this. Thread-safe.
 */
public final class TransportPolicy {

    private final String transport;
    private final BringCredentials credentials;
    private final RateBudget budget;
    private final Duration rateLimitWait;
    private final RetryPolicy retryPolicy;
    private final CallListener listener;

    /**
     * The policy of a transport's calls for one user.
     *
     * @param transport the transport's name, e.g. {@code REST}, which its {@link CallListener} is told
     * @param settings  the transport's settings: the user's credentials (whose key is masked) and
     *                  rate budget, the retry policy, the listener
     */
    public TransportPolicy(String transport, TransportSettings settings) {
        this.transport = Objects.requireNonNull(transport, "transport");
        this.credentials = settings.credentials();
        this.budget = settings.rateBudget();
        this.rateLimitWait = settings.rateLimitWait();
        this.retryPolicy = settings.retryPolicy();
        this.listener = settings.callListener();
    }

    /**
     * The attempts of a call about to be made, each told to the transport's {@link CallListener}.
     *
     * @param operation the operation
     * @return the call's attempts, to make with {@link #attempt}
     */
    public Attempts attempts(Operation operation) {
        return new Attempts(transport, operation, retryPolicy, listener);
    }

    /**
     * Makes the next attempt of a call: takes a place under the rate budget (or fails, nothing
     * sent), sends, and settles what the attempt threw. The place is told the call ended however
     * it ended, and the listener how the attempt went.
     *
     * @param attempts      the call's attempts ({@link #attempts})
     * @param correlationId the write's correlation id, when it has one
     * @param send          sends the request and reads its answer; tells the attempt, as its place
     *                      under the budget, when the request was sent and its answer began, and what
     *                      the answer said; throws the ports' failures only (built with
     *                      {@link #failure} and {@link #answered}, or by a reader)
     * @param <T>           what the answer is read into
     * @return the value read
     * @throws BringException how the attempt failed, settled
     */
    public <T> T attempt(Attempts attempts, Optional<String> correlationId, Function<Attempt, T> send) {
        return attempts.next(attempt -> {
            RateBudget.Place place = enter(attempts.operation(), correlationId, attempt);
            try {
                return send.apply(attempt);
            } catch (BringException failure) {
                throw settled(correlationId, failure);
            } finally {
                place.arrived();
            }
        });
    }

    private RateBudget.Place enter(Operation operation, Optional<String> correlationId, Attempt attempt) {
        String within = "for " + credentials.userId() + " within " + rateLimitWait.toMillis() + " ms";
        long start = System.nanoTime();
        Optional<RateBudget.Place> place = Optional.empty();
        try {
            place = budget.enter(credentials.userId(), rateLimitWait);
            return place.orElseThrow(() -> failure(operation, WireFault.NO_TURN, within, correlationId, null));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failure(operation, WireFault.INTERRUPTED_BEFORE_SENDING, "while waiting " + within, correlationId, e);
        } catch (RuntimeException budgetFailed) {
            throw failure(operation, WireFault.NO_TURN, "the rate budget could not be asked " + within + " ("
                    + budgetFailed + ")", correlationId, budgetFailed);
        } finally {
            attempt.waited(Duration.ofNanos(System.nanoTime() - start), place.orElse(null));
        }
    }

    /**
     * The failure for a fault on the wire, settled.
     *
     * @param operation     the operation
     * @param fault         what happened
     * @param detail        where and how, for a person (an address, a timeout); may be empty
     * @param correlationId the write's correlation id, when it has one
     * @param cause         what the wire threw, may be null; kept as the cause, with the key masked
     * @return the failure to throw
     */
    public BringException failure(Operation operation, WireFault fault, String detail, Optional<String> correlationId,
                                  Throwable cause) {
        String summary = fault.description() + (detail.isEmpty() ? "" : " (" + detail + ")");
        Failure failure = (fault.requestSent() ? Failure.of(operation, summary) : Failure.notSent(operation, summary))
                .masking(credentials);
        Throwable keyless = keyless(cause);
        BringException typed = switch (fault) {
            case NO_TURN -> new RateLimitedException(failure, Optional.empty());
            case NO_ANSWER_IN_TIME -> new TimedOutException(failure, keyless);
            case ANSWER_TOO_LARGE, ANSWER_UNREADABLE -> new UnexpectedResponseException(failure, keyless);
            default -> new UnavailableException(failure, keyless);
        };
        return settled(correlationId, typed);
    }

    /**
     * The failure for an answer that is no success, settled: typed by Bring's codes, else by the
     * HTTP status ({@link BringFailures#fromAnswer}); on 429 and 503 with the wait Bring asked
     * for; a redirect (3xx) is never followed and is an unexpected answer.
     *
     * @param answer        what the answer says: its HTTP status, Bring's errors, a summary, Bring's request id
     * @param retryAfter    the answer's {@code Retry-After} header, when it has one
     * @param correlationId the write's correlation id, when it has one
     * @return the failure to throw
     */
    public BringException answered(Failure answer, Optional<String> retryAfter, Optional<String> correlationId) {
        Failure failure = answer;
        int status = answer.httpStatus().orElse(0);
        if (status == 429 || status == 503) {
            Optional<Duration> wait = retryAfter.flatMap(value -> RetryAfter.parse(value, Instant.now()));
            if (wait.isPresent()) {
                failure = failure.withRetryAfter(wait.get());
            }
        }
        if (status >= 300 && status < 400) {
            failure = new Failure(failure.operation(), failure.summary() + " (a redirect, which the library never follows)",
                    failure.errors(), failure.httpStatus(), failure.requestId(), failure.requestSent(), failure.retryAfter());
        }
        return settled(correlationId, BringFailures.fromAnswer(failure.masking(credentials)));
    }

    /**
     * A failure as its caller gets it: the key masked where its text or its cause's repeats it
     * (the same type of failure, with the masked text), and for a write that may have reached
     * Bring, {@link OutcomeUnknownException} caused by it. Settling a settled failure changes
     * nothing.
     *
     * @param correlationId the write's correlation id, when it has one
     * @param failure       how the call failed
     * @return the failure to throw
     */
    public BringException settled(Optional<String> correlationId, BringException failure) {
        BringException masked = masked(failure);
        if (!masked.operation().isWrite() || !masked.bringMayHaveActed() || masked instanceof OutcomeUnknownException) {
            return masked;
        }
        Failure f = masked.failure();
        Failure unknown = new Failure(f.operation(), "the outcome is unknown: check at Bring before sending it again"
                + correlationId.map(id -> " (correlation id " + id + ")").orElse("") + ": " + f.summary(), f.errors(),
                f.httpStatus(), f.requestId(), true, f.retryAfter());
        return new OutcomeUnknownException(unknown, correlationId, masked);
    }

    /** The same failure, its text and cause without the key; itself when neither holds the key. */
    private BringException masked(BringException failure) {
        Failure text = failure.failure().masking(credentials);
        Throwable cause = failure.getCause() instanceof BringException ? failure.getCause() : keyless(failure.getCause());
        if (text == failure.failure() && cause == failure.getCause()) {
            return failure;
        }
        if (failure instanceof OutcomeUnknownException unknown) {
            return new OutcomeUnknownException(text, unknown.correlationId(), cause);
        } else if (failure instanceof UnavailableException) {
            return new UnavailableException(text, cause);
        } else if (failure instanceof TimedOutException) {
            return new TimedOutException(text, cause);
        } else if (failure instanceof UnexpectedResponseException) {
            return new UnexpectedResponseException(text, cause);
        } else if (failure instanceof RateLimitedException) {
            return new RateLimitedException(text, Optional.empty());
        } else if (failure instanceof InvalidRequestException invalid && !invalid.detectedBeforeSending()) {
            return InvalidRequestException.reportedByBring(text);
        } else if (failure instanceof UnauthenticatedException) {
            return new UnauthenticatedException(text);
        } else if (failure instanceof AccessDeniedException) {
            return new AccessDeniedException(text);
        } else if (failure instanceof NotFoundException) {
            return new NotFoundException(text);
        } else if (failure instanceof DuplicateException) {
            return new DuplicateException(text);
        }
        return failure; // refused before sending: the library's own words
    }

    /**
     * What the wire threw, to keep as a failure's cause: itself, or, when its messages (or its
     * causes') repeat the key, a stand-in with the same classes, messages and causes in one
     * message, the key masked, and the same stack trace.
     *
     * @param thrown what the wire threw, may be null
     * @return a cause that shows no key; null for null
     */
    public Throwable keyless(Throwable thrown) {
        if (thrown == null) {
            return null;
        }
        StringBuilder chain = new StringBuilder();
        for (Throwable t = thrown; t != null && chain.length() < 100_000; t = t.getCause() == t ? null : t.getCause()) {
            chain.append(chain.length() == 0 ? "" : " <- caused by ").append(t);
        }
        String text = chain.toString();
        String masked = credentials.mask(text);
        return masked.equals(text) ? thrown : new KeylessCause(masked, thrown.getStackTrace());
    }

    /**
     * Stands for what the wire threw when its messages repeat the API key (an answer quoted it):
     * the same classes, messages and causes in one message, with the key masked, and the same
     * stack trace.
     */
    private static final class KeylessCause extends RuntimeException {

        private static final long serialVersionUID = 1L;

        KeylessCause(String maskedChain, StackTraceElement[] stackTrace) {
            super(maskedChain);
            setStackTrace(stackTrace);
        }
    }
}
