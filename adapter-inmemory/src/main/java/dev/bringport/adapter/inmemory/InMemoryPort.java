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
import dev.bringport.ports.TimedOutException;
import dev.bringport.ports.Transport;
import dev.bringport.ports.UnavailableException;
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

    final InMemoryBring bring;
    final String user;

    InMemoryPort(InMemoryBring bring, String user) {
        this.bring = bring;
        this.user = user;
    }

    @Override
    public String transport() {
        return "in-memory";
    }

    /**
     * Runs a call, first answering with an injected fault if one is queued for it. A write hit by
     * a timeout is carried out and then reported as of unknown outcome.
     */
    <T> T call(Operation operation, Optional<String> correlationId, Supplier<T> body) {
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

    /** Rules a client checks before sending: nothing reaches Bring if any is broken. */
    static void checkBeforeSending(Operation operation, List<Violation> violations) {
        InvalidRequestException.throwIfAny(operation, violations);
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
     * {@code PO_INPUT_001}, another user's {@code PO_STATE_004}. Call under the lock.
     */
    void requireCustomer(Operation operation, String customerId) {
        Optional<String> owner = bring.orders().owner(customerId);
        if (owner.isEmpty()) {
            throw Rejections.of(operation, PO_INPUT_001, "customer " + customerId + " is not an Order Management customer");
        }
        if (!owner.get().equals(user)) {
            throw Rejections.of(operation, PO_STATE_004, "customer " + customerId + " is not one of this user's customers");
        }
    }
}
