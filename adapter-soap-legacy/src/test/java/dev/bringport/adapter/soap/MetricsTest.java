package dev.bringport.adapter.soap;

import static dev.bringport.adapter.inmemory.InMemoryBackedFixture.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bringport.adapter.inmemory.IdGenerator;
import dev.bringport.adapter.inmemory.InMemoryBring;
import dev.bringport.ports.OutcomeUnknownException;
import dev.bringport.ports.contract.ContractExamples;
import dev.bringport.ports.metrics.MicrometerCallListener;
import dev.bringport.ports.transport.AttemptFinished;
import dev.bringport.ports.transport.CallListener;
import dev.bringport.ports.transport.HeardAttempts;
import dev.bringport.ports.transport.CallOutcome;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Every attempt of a SOAP call reaches the builder's {@link CallListener}, told by the same policy
 * code as REST's, and the Micrometer binding records it: real calls to Bring's SOAP services
 * published in process with Metro in front of the in-memory Bring.
 */
@SuppressWarnings("deprecation")
class MetricsTest {

    private final InMemoryBring bring = InMemoryBring.builder().clock(Clock.fixed(NOW, ZoneOffset.UTC))
            .ids(IdGenerator.sequential(1)).build();
    private final SimulatedBring server = new SimulatedBring(bring);
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final HeardAttempts heard = new HeardAttempts();
    private final List<AttemptFinished> finished = heard.finished();
    private final BringSoap soap;

    MetricsTest() {
        bring.givenBookingCustomers(ContractExamples.bookingCustomers());
        bring.givenOrder(ContractExamples.CUSTOMER, ContractExamples.order(ContractExamples.ORDER_ID));
        soap = TestSoap.soap(server.host()).credentials(SoapFixture.CREDENTIALS).clock(Clock.fixed(NOW, ZoneOffset.UTC))
                .callListener(CallListener.all(List.of(heard, new MicrometerCallListener(registry)))).build();
    }

    @AfterEach
    void stop() {
        soap.close();
        server.close();
    }

    @Test
    void aReadThrottledOnceThenAnsweredIsTwoAttemptsAndOneCall() {
        server.failNext(BringSoap.ORDER_MANAGEMENT_PATH, 429);

        soap.orderManagement().order(ContractExamples.CUSTOMER, ContractExamples.ORDER_ID);

        heard.assertAReadThrottledOnceThenAnswered("SOAP", registry);
    }

    @Test
    void aBookingAnsweredWith503IsOneAttemptOfUnknownOutcomeAndIsCounted() {
        server.failNext(BringSoap.BOOKING_PATH, 503);

        assertThatThrownBy(() -> soap.booking().book(ContractExamples.booking(NOW)))
                .isInstanceOf(OutcomeUnknownException.class);

        assertThat(finished).singleElement().satisfies(a -> {
            assertThat(a.outcome()).isEqualTo(CallOutcome.OUTCOME_UNKNOWN);
            assertThat(a.httpStatus()).hasValue(503);
            assertThat(a.willRetry()).isFalse();
        });
        assertThat(registry.get("bringport.outcome.unknown").tags("operation", "book", "transport", "soap").counter()
                .count()).isEqualTo(1);
    }

    @Test
    void bringsCodesReachTheListener() {
        assertThatThrownBy(() -> soap.orderManagement().order(ContractExamples.CUSTOMER, "NO-SUCH-ORDER"))
                .isInstanceOf(dev.bringport.ports.BringException.class);

        assertThat(finished).singleElement().satisfies(a -> {
            assertThat(a.codes()).extracting(Object::toString).contains("PO_STATE_001");
            assertThat(a.willRetry()).isFalse();
        });
    }
}
