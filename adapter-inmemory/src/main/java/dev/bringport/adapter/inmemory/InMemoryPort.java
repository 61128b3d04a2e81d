package dev.bringport.adapter.inmemory;

import static dev.bringport.domain.order.OrderManagementCodes.PO_INPUT_001;
import static dev.bringport.domain.order.OrderManagementCodes.PO_STATE_004;

import dev.bringport.domain.Violation;
import dev.bringport.ports.BringError;
import dev.bringport.ports.Failure;
import dev.bringport.ports.InvalidRequestException;
import dev.bringport.ports.Operation;
import dev.bringport.ports.OutcomeUnknownException;
import dev.bringport.ports.RateLimitedException;
import dev.bringport.ports.RetryPolicy;
import dev.bringport.ports.TimedOutException;
import dev.bringport.ports.Transport;
import dev.bringport.ports.UnavailableException;
import dev.bringport.ports.transport.Attempts;
import dev.bringport.ports.transport.CallListener;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What the in-memory ports share: the user they act as, injected faults, and Bring's two kinds
 * of rejection: rules any client checks before sending, and rules only Bring can check against
 * its state, which come back as Bring's answer.
 */
abstract class InMemoryPort implements Transport {

    /** The transport's name: what its ports' {@code transport()} and its {@link CallListener} say. */
    static final String TRANSPORT = "in-memory";

    final InMemoryBring bring;
    final String user;
    private final CallListener listener;

    InMemoryPort(InMemoryBring bring, String user, CallListener listener) {
        this.bring = bring;
        this.user = user;
        this.listener = listener;
    }

    @Override
    public String transport() {
        return TRANSPORT;
    }

    /**
     * Runs a call: the checks a client makes before sending, then, as the one attempt the
     * listener is told of, an injected fault if one is queued for the operation (a request that is
     * never sent meets none) or the call at Bring. A write hit by a timeout is carried out and then
     * reported as of unknown outcome.
     */
    <T> T call(Operation operation, Optional<String> correlationId, List<Violation> beforeSending, Supplier<T> body) {
        InvalidRequestException.throwIfAny(operation, beforeSending);
        return new Attempts(TRANSPORT, operation, RetryPolicy.NEVER, listener)
                .next(attempt -> atBring(operation, correlationId, body));
    }

    private <T> T atBring(Operation operation, Optional<String> correlationId, Supplier<T> body) {
        Optional<Fault> fault = bring.faults().take(operation);
        if (fault.isEmpty()) {
            return body.get();
        }
        Failure failure = Failure.of(operation, "injected fault: " + fault.get());
        switch (fault.get()) {
            case RATE_LIMITED -> throw new RateLimitedException(failure.withHttpStatus(429), Optional.of(Duration.ofSeconds(1)));
            case UNAVAILABLE -> throw new UnavailableException(failure.withHttpStatus(503), null);
            case TIMEOUT -> {
                if (operation.isWrite()) {
                    body.get();
                    throw new OutcomeUnknownException(failure, correlationId, null);
                }
                throw new TimedOutException(failure, null);
            }
            default -> throw new IllegalStateException("unknown fault " + fault.get());
        }
    }

    /** Rules Bring checks against its state: Bring answers with every violation's code. */
    static void checkAtBring(Operation operation, List<Violation> violations) {
        if (!violations.isEmpty()) {
            throw InvalidRequestException.reportedByBring(Failure.of(operation, violations.stream()
                    .map(v -> BringError.of(v.code(), v.field() + " " + v.message())).toList()));
        }
    }

    /**
     * Requires the user to act for an Order Management customer: an unknown customer is
     * {@code PO_INPUT_001}, one the user may not act for {@code PO_STATE_004}. Call under the lock.
     */
    void requireCustomer(Operation operation, String customerId, Orders.Access access) {
        if (!bring.orders().isCustomer(customerId)) {
            throw Rejections.of(operation, PO_INPUT_001, "customer " + customerId + " is not an Order Management customer");
        }
        if (!bring.orders().mayAct(user, customerId, access)) {
            throw Rejections.of(operation, PO_STATE_004, "this user may not act for customer " + customerId
                    + (access == Orders.Access.OWNER ? "" : " (neither its owner nor one of its suppliers)"));
        }
    }
}
