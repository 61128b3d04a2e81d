package dev.bringport.adapter.rest;

import dev.bringport.adapter.inmemory.IdGenerator;
import dev.bringport.adapter.inmemory.InMemoryBring;
import dev.bringport.adapter.inmemory.Received;
import dev.bringport.adapter.rest.booking.BookingSimulation;
import dev.bringport.adapter.rest.format.WireFormat;
import dev.bringport.adapter.rest.order.OrderManagementSimulation;
import dev.bringport.adapter.rest.simulator.BringSimulator;
import dev.bringport.ports.BringCredentials;
import dev.bringport.ports.contract.ContractExamples;
import dev.bringport.ports.faults.CallKind;
import dev.bringport.ports.faults.FaultMatrixSuite;
import dev.bringport.ports.faults.Simulation;
import dev.bringport.ports.migration.BringPorts;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * The REST adapter through the fault matrix of docs/RELIABILITY.md, in JSON and in XML side by
 * side, each against its own Bring simulator behind the matrix's fault proxy.
 */
class FaultMatrixTest extends FaultMatrixSuite {

    private static final Instant NOW = Instant.parse("2026-01-15T09:00:00Z");

    @Override
    protected String adapter() {
        return "REST";
    }

    @Override
    protected List<String> variants() {
        return List.of("REST JSON", "REST XML");
    }

    @Override
    protected Simulation simulate(String variant) {
        return new SimulatorOverInMemoryBring();
    }

    @Override
    protected BringPorts connect(String variant, URI host, Duration answerTimeout,
                                 Optional<ProxySelector> connections) {
        BringRest.Builder builder = BringRest.builder()
                .credentials(new BringCredentials(InMemoryBring.DEFAULT_USER, BringSimulator.DEFAULT_KEY,
                        URI.create("https://shop.example")))
                .host(host)
                .format(variant.endsWith("XML") ? WireFormat.XML : WireFormat.JSON)
                .clock(Clock.fixed(NOW, ZoneOffset.UTC))
                .connectTimeout(CONNECT_TIMEOUT)
                .requestTimeout(answerTimeout)
                .retryPolicy(RETRIES)
                .maxAnswerBytes(ANSWER_BOUND)
                .requestsPerSecond(1000);
        connections.ifPresent(selector -> builder.httpClient(HttpClient.newBuilder().proxy(selector)
                .connectTimeout(CONNECT_TIMEOUT).followRedirects(HttpClient.Redirect.NEVER).build()));
        return builder.build().ports();
    }

    @Override
    protected Instant now() {
        return NOW;
    }

    /** The Bring simulator with Order Management's and Booking's routes, over an in-memory Bring. */
    private static final class SimulatorOverInMemoryBring implements Simulation {

        private final InMemoryBring bring = InMemoryBring.builder().clock(Clock.fixed(NOW, ZoneOffset.UTC))
                .ids(IdGenerator.sequential(1)).build();
        private final BringSimulator simulator = BringSimulator.start(bring).limit(Integer.MAX_VALUE);

        SimulatorOverInMemoryBring() {
            OrderManagementSimulation.install(simulator);
            BookingSimulation.install(simulator);
        }

        @Override
        public URI host() {
            return simulator.baseUri();
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
            simulator.close();
        }
    }
}
