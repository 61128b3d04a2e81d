package dev.bringport.ports.transport;

import dev.bringport.ports.BringException;
import dev.bringport.ports.Operation;
import dev.bringport.ports.RetryPolicy;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * The attempts of one call, numbered, each told to a {@link CallListener} as it starts and
 * finishes, with how it ended ({@link CallOutcome}) and whether the retry policy makes another.
 * Written once for every transport: {@link TransportPolicy#attempt} makes the REST and SOAP
 * adapters' attempts through it, the in-memory Bring its calls. Thread-safe.
 */
public final class Attempts {

    private final String transport;
    private final Operation operation;
    private final RetryPolicy retryPolicy;
    private final CallListener listener;
    private final long began = System.nanoTime();
    private final AtomicInteger made = new AtomicInteger();

    /**
     * The attempts of a call about to be made.
     *
     * @param transport   the transport's name, e.g. {@code REST}
     * @param operation   the operation
     * @param retryPolicy how the transport retries: whether a failed attempt is followed by another
     * @param listener    told of every attempt
     */
    public Attempts(String transport, Operation operation, RetryPolicy retryPolicy, CallListener listener) {
        this.transport = Objects.requireNonNull(transport, "transport");
        this.operation = Objects.requireNonNull(operation, "operation");
        this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy");
        this.listener = Objects.requireNonNull(listener, "listener");
    }

    /**
     * Makes the next attempt, and tells the listener.
     *
     * @param body makes the attempt
     * @param <T>  what the attempt answers
     * @return what it answered
     */
    public <T> T next(Function<Attempt, T> body) {
        Attempt attempt = new Attempt(made.incrementAndGet());
        Listening.tell(listener, l -> l.attemptStarted(new AttemptStarted(operation, transport, attempt.number())));
        long start = System.nanoTime();
        CallOutcome outcome = CallOutcome.ABANDONED;
        Optional<BringException> failure = Optional.empty();
        try {
            T value = body.apply(attempt);
            outcome = CallOutcome.SUCCESS;
            return value;
        } catch (BringException failed) {
            failure = Optional.of(failed);
            throw failed;
        } catch (RuntimeException carried) {
            // a transport may carry a failure past its retry inside an exception of its own
            if (carried.getCause() instanceof BringException failed) {
                failure = Optional.of(failed);
            }
            throw carried;
        } finally {
            finished(attempt, failure.map(CallOutcome::of).orElse(outcome), failure, start);
        }
    }

    /** @return the operation the call makes */
    Operation operation() {
        return operation;
    }

    private void finished(Attempt attempt, CallOutcome outcome, Optional<BringException> failure, long start) {
        long end = System.nanoTime();
        OptionalInt status = attempt.httpStatus().isPresent() ? attempt.httpStatus()
                : failure.map(f -> f.failure().httpStatus()).orElse(OptionalInt.empty());
        Optional<String> requestId = attempt.requestId().or(() -> failure.flatMap(f -> f.failure().requestId()));
        boolean willRetry = failure.isPresent() && attempt.number() < retryPolicy.maxAttempts()
                && retryPolicy.mayRetry(operation, failure.get());
        AttemptFinished finished = new AttemptFinished(operation, transport, attempt.number(), outcome, failure, status,
                failure.map(BringException::codes).orElse(List.of()), requestId, Duration.ofNanos(end - start),
                attempt.rateBudgetWait(), willRetry, Duration.ofNanos(end - began));
        Listening.tell(listener, l -> l.attemptFinished(finished));
    }
}
