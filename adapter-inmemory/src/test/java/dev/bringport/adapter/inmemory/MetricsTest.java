package dev.bringport.adapter.inmemory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bringport.ports.InvalidRequestException;
import dev.bringport.ports.Operation;
import dev.bringport.ports.OutcomeUnknownException;
import dev.bringport.ports.RateLimitedException;
import dev.bringport.ports.contract.ContractExamples;
import dev.bringport.ports.metrics.MicrometerCallListener;
import dev.bringport.ports.transport.AttemptFinished;
import dev.bringport.ports.transport.CallListener;
import dev.bringport.ports.transport.CallOutcome;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * The in-memory Bring tells its {@link CallListener} of every call that passed the checks made
 * before sending, each one attempt, and the Micrometer binding records them as it records REST's
 * and SOAP's.
 */
class MetricsTest {

    private static final Instant NOW = InMemoryBackedFixture.NOW;

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final List<AttemptFinished> finished = new CopyOnWriteArrayList<>();
    private final InMemoryBring bring = InMemoryBring.builder().clock(Clock.fixed(NOW, ZoneOffset.UTC))
            .ids(IdGenerator.sequential(1))
            .callListener(CallListener.all(List.of(new CallListener() {
                @Override
                public void attemptFinished(AttemptFinished attempt) {
                    finished.add(attempt);
                }
            }, new MicrometerCallListener(registry))))
            .build().givenDemoData().givenBookingCustomers(ContractExamples.bookingCustomers());

    @Test
    void aCallIsOneAttemptWithoutHttpStatusOrRateBudget() {
        bring.orderManagement().order(ContractExamples.CUSTOMER, ContractExamples.ORDER_ID);

        assertThat(finished).singleElement().satisfies(a -> {
            assertThat(a.operation()).isEqualTo(Operation.GET_ORDER);
            assertThat(a.transport()).isEqualTo("in-memory");
            assertThat(a.attempt()).isEqualTo(1);
            assertThat(a.outcome()).isEqualTo(CallOutcome.SUCCESS);
            assertThat(a.httpStatus()).isEmpty();
            assertThat(a.rateBudgetWait()).isEmpty();
            assertThat(a.willRetry()).isFalse();
        });
        assertThat(registry.get("bringport.calls").tags("operation", "get_order", "transport", "in-memory", "outcome",
                "success").timer().count()).isEqualTo(1);
        assertThat(registry.find("bringport.rate.budget.wait").timers()).isEmpty();
    }

    @Test
    void aSimulatedThrottleAndATimedOutBookingAreCountedAsRestsWouldBe() {
        bring.failNext(Operation.GET_ORDER, Fault.RATE_LIMITED).failNext(Operation.BOOK, Fault.TIMEOUT);

        assertThatThrownBy(() -> bring.orderManagement().order(ContractExamples.CUSTOMER, ContractExamples.ORDER_ID))
                .isInstanceOf(RateLimitedException.class);
        assertThatThrownBy(() -> bring.booking().book(ContractExamples.booking(NOW)))
                .isInstanceOf(OutcomeUnknownException.class);

        assertThat(finished).extracting(AttemptFinished::outcome).containsExactly(CallOutcome.RATE_LIMITED,
                CallOutcome.OUTCOME_UNKNOWN);
        assertThat(finished.get(0).httpStatus()).as("the status of the answer it simulates").hasValue(429);
        assertThat(registry.get("bringport.throttled").tags("operation", "get_order").counter().count()).isEqualTo(1);
        assertThat(registry.get("bringport.outcome.unknown").tags("operation", "book", "transport", "in-memory").counter()
                .count()).isEqualTo(1);
    }

    @Test
    void aCallRefusedBeforeSendingMakesNoAttempt() {
        assertThatThrownBy(() -> bring.booking().book(ContractExamples.bookingBreakingFourRules()))
                .isInstanceOf(InvalidRequestException.class);

        assertThat(finished).isEmpty();
        assertThat(registry.getMeters()).isEmpty();
    }

    @Test
    void bringsCodesOfARefusalAtBringReachTheListener() {
        assertThatThrownBy(() -> bring.orderManagement().order(ContractExamples.CUSTOMER, "NO-SUCH-ORDER"))
                .isInstanceOf(dev.bringport.ports.NotFoundException.class);

        assertThat(finished).singleElement().satisfies(a -> {
            assertThat(a.outcome()).isEqualTo(CallOutcome.NOT_FOUND);
            assertThat(a.codes()).extracting(Object::toString).containsExactly("PO_STATE_001");
        });
    }
}
