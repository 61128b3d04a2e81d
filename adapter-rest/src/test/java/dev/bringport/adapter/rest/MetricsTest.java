package dev.bringport.adapter.rest;

import static dev.bringport.adapter.inmemory.InMemoryBackedFixture.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bringport.adapter.inmemory.IdGenerator;
import dev.bringport.adapter.inmemory.InMemoryBring;
import dev.bringport.adapter.rest.format.WireFormat;
import dev.bringport.adapter.rest.server.SimulatedAnswer;
import dev.bringport.adapter.rest.simulator.BringSimulator;
import dev.bringport.adapter.rest.simulator.SimulatedFault;
import dev.bringport.ports.BringCredentials;
import dev.bringport.ports.NotFoundException;
import dev.bringport.ports.OutcomeUnknownException;
import dev.bringport.ports.RetryPolicy;
import dev.bringport.ports.contract.ContractExamples;
import dev.bringport.ports.metrics.MicrometerCallListener;
import dev.bringport.ports.transport.AttemptFinished;
import dev.bringport.ports.transport.CallListener;
import dev.bringport.ports.transport.HeardAttempts;
import dev.bringport.ports.transport.CallOutcome;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every attempt of a REST call reaches the builder's {@link CallListener} with what Bring's answer
 * said, and the Micrometer binding records it: real calls against the simulated Bring on 127.0.0.1.
 */
class MetricsTest {

    private final BringSimulator simulator = BringSimulator.start(InMemoryBring.builder()
            .clock(Clock.fixed(NOW, ZoneOffset.UTC)).ids(IdGenerator.sequential(1)).build().givenDemoData());
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final HeardAttempts heard = new HeardAttempts();
    private final List<AttemptFinished> finished = heard.finished();

    MetricsTest() {
        simulator.limit(Integer.MAX_VALUE);
        simulator.bring().givenBookingCustomers(ContractExamples.bookingCustomers());
    }

    @AfterEach
    void stop() {
        simulator.close();
    }

    private BringRest rest(WireFormat format) {
        return BringRest.builder()
                .credentials(new BringCredentials(InMemoryBring.DEFAULT_USER, BringSimulator.DEFAULT_KEY,
                        URI.create("https://shop.example")))
                .host(simulator.baseUri()).format(format).clock(Clock.fixed(NOW, ZoneOffset.UTC))
                .retryPolicy(new RetryPolicy(3, Duration.ofMillis(1), Duration.ofMillis(5), 0, Duration.ofSeconds(1)))
                .requestsPerSecond(1000)
                .callListener(CallListener.all(List.of(heard, new MicrometerCallListener(registry))))
                .build();
    }

    @ParameterizedTest
    @EnumSource(WireFormat.class)
    void aReadThrottledOnceThenAnsweredIsTwoAttemptsAndOneCall(WireFormat format) {
        simulator.failNext(new SimulatedFault.Answer(new SimulatedAnswer(429, "text/plain", new byte[0],
                Map.of("Retry-After", "0"))));

        try (BringRest rest = rest(format)) {
            rest.orderManagement().order(ContractExamples.CUSTOMER, ContractExamples.ORDER_ID);
        }

        heard.assertAReadThrottledOnceThenAnswered("REST", registry);
    }

    @ParameterizedTest
    @EnumSource(WireFormat.class)
    void aBookingAnsweredWith503IsOneAttemptOfUnknownOutcomeAndIsCounted(WireFormat format) {
        simulator.failNext(new SimulatedFault.Answer(SimulatedAnswer.text(503, "text/plain", "down for maintenance")));

        try (BringRest rest = rest(format)) {
            assertThatThrownBy(() -> rest.booking().book(ContractExamples.booking(NOW)))
                    .isInstanceOf(OutcomeUnknownException.class);
        }

        assertThat(finished).singleElement().satisfies(a -> {
            assertThat(a.outcome()).isEqualTo(CallOutcome.OUTCOME_UNKNOWN);
            assertThat(a.httpStatus()).hasValue(503);
            assertThat(a.willRetry()).isFalse();
        });
        assertThat(registry.get("bringport.outcome.unknown").tags("operation", "book", "transport", "rest").counter()
                .count()).isEqualTo(1);
        assertThat(registry.get("bringport.calls").tags("operation", "book", "outcome", "outcome_unknown").timer().count())
                .isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(WireFormat.class)
    void bringsCodesReachTheListener(WireFormat format) {
        try (BringRest rest = rest(format)) {
            assertThatThrownBy(() -> rest.orderManagement().order(ContractExamples.CUSTOMER, "NO-SUCH-ORDER"))
                    .isInstanceOf(NotFoundException.class);
        }

        assertThat(finished).singleElement().satisfies(a -> {
            assertThat(a.outcome()).isEqualTo(CallOutcome.NOT_FOUND);
            assertThat(a.codes()).extracting(Object::toString).contains("PO_STATE_001");
            assertThat(a.httpStatus()).isPresent();
            assertThat(a.willRetry()).isFalse();
        });
        assertThat(registry.get("bringport.calls").tags("operation", "get_order", "outcome", "not_found").timer().count())
                .isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(WireFormat.class)
    void theRequestIdOfBringsAnswerReachesTheListener(WireFormat format) {
        simulator.failNext(new SimulatedFault.Answer(new SimulatedAnswer(401, "text/plain",
                "[CT_2_ACCESS_DENIED] User is not logged in (errorId: 5f1e)".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                Map.of("X-Request-Id", "req-4711"))));

        try (BringRest rest = rest(format)) {
            assertThatThrownBy(() -> rest.orderManagement().order(ContractExamples.CUSTOMER, ContractExamples.ORDER_ID))
                    .isInstanceOf(dev.bringport.ports.UnauthenticatedException.class);
        }

        assertThat(finished).singleElement().satisfies(a -> {
            assertThat(a.outcome()).isEqualTo(CallOutcome.UNAUTHENTICATED);
            assertThat(a.requestId()).contains("req-4711");
            assertThat(a.codes()).extracting(Object::toString).containsExactly("CT_2_ACCESS_DENIED");
        });
    }
}
