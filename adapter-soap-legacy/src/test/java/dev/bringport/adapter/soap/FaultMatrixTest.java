package dev.bringport.adapter.soap;

import dev.bringport.adapter.inmemory.IdGenerator;
import dev.bringport.adapter.inmemory.InMemoryBring;
import dev.bringport.adapter.inmemory.Received;
import dev.bringport.ports.BringCredentials;
import dev.bringport.ports.contract.ContractExamples;
import dev.bringport.ports.faults.CallKind;
import dev.bringport.ports.faults.FaultMatrixSuite;
import dev.bringport.ports.faults.Simulation;
import dev.bringport.ports.migration.BringPorts;
import java.net.ProxySelector;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * The SOAP adapter through the fault matrix of docs/RELIABILITY.md, against Bring's SOAP services
 * simulated by Metro endpoints behind the matrix's fault proxy. Metro connects with
 * HttpURLConnection, which asks the JVM's default proxy selector, where the suite counts
 * connections.
 */
@SuppressWarnings("deprecation")
class FaultMatrixTest extends FaultMatrixSuite {

    private static final Instant NOW = Instant.parse("2026-01-15T09:00:00Z");
    private static final BringCredentials CREDENTIALS = new BringCredentials(InMemoryBring.DEFAULT_USER,
            "fault-matrix-api-key", URI.create("https://bringport.dev/fault-matrix"));

    @Override
    protected String adapter() {
        return "SOAP";
    }

    @Override
    protected Simulation simulate(String variant) {
        return new MetroOverInMemoryBring();
    }

    @Override
    protected BringPorts connect(String variant, URI host, Duration answerTimeout,
                                 Optional<ProxySelector> connections) {
        return BringSoap.builder().credentials(CREDENTIALS).host(host)
                .clock(Clock.fixed(NOW, ZoneOffset.UTC))
                .connectTimeout(CONNECT_TIMEOUT)
                .requestTimeout(answerTimeout)
                .retryPolicy(RETRIES)
                .requestsPerSecond(1_000)
                .maxAnswerBytes(ANSWER_BOUND)
                .build().ports();
    }

    @Override
    protected Instant now() {
        return NOW;
    }

    /** Bring's SOAP services as Metro endpoints over an in-memory Bring. */
    private static final class MetroOverInMemoryBring implements Simulation {

        private final InMemoryBring bring = InMemoryBring.builder().clock(Clock.fixed(NOW, ZoneOffset.UTC))
                .ids(IdGenerator.sequential(1)).build();
        private final SimulatedBring services = new SimulatedBring(bring);

        @Override
        public URI host() {
            return services.host();
        }

        @Override
        public void reset() {
            bring.reset();
            bring.givenOrder(ContractExamples.CUSTOMER, ContractExamples.order(ContractExamples.ORDER_ID))
                    .givenBookingCustomers(ContractExamples.bookingCustomers());
        }

        @Override
        public int writesCarriedOut(CallKind kind) {
            Received received = bring.received();
            return switch (kind) {
                case BOOKING -> received.bookings().size();
                case ORDER -> received.orderMessages().size();
                case PACKING_LIST -> received.packingLists().size();
                case EVENT -> received.events().size();
                case PICKUP -> received.pickupOrders().size();
                case READ -> throw new IllegalArgumentException("a read writes nothing");
            };
        }

        @Override
        public void close() {
            services.close();
        }
    }
}
