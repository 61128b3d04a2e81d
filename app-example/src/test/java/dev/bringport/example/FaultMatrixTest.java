package dev.bringport.example;

import dev.bringport.adapter.inmemory.IdGenerator;
import dev.bringport.adapter.inmemory.InMemoryBring;
import dev.bringport.adapter.inmemory.Received;
import dev.bringport.adapter.rest.BringRest;
import dev.bringport.adapter.rest.format.WireFormat;
import dev.bringport.adapter.rest.simulator.BringSimulator;
import dev.bringport.adapter.soap.BringSoap;
import dev.bringport.adapter.soap.SimulatedBring;
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
 * The one fault matrix of docs/RELIABILITY.md, run against every wire side by side: REST in JSON
 * and in XML, each against the Bring simulator, and SOAP against Bring's services as in-process
 * Metro endpoints; each behind the matrix's fault proxy, in front of an in-memory Bring. Metro
 * connects with HttpURLConnection, which asks the JVM's default proxy selector, where the suite
 * counts connections; the REST adapter is given an HTTP client with the counting selector.
 */
@SuppressWarnings("deprecation") // the SOAP adapter is deprecated on purpose
class FaultMatrixTest extends FaultMatrixSuite {

    private static final Instant NOW = Instant.parse("2026-01-15T09:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final BringCredentials CREDENTIALS = new BringCredentials(InMemoryBring.DEFAULT_USER,
            BringSimulator.DEFAULT_KEY, URI.create("https://shop.example"));

    @Override
    protected List<String> variants() {
        return List.of("REST JSON", "REST XML", "SOAP");
    }

    @Override
    protected BringCredentials credentials() {
        return CREDENTIALS;
    }

    @Override
    protected Simulation simulate(String variant) {
        return variant.equals("SOAP") ? new MetroOverInMemoryBring() : new SimulatorOverInMemoryBring();
    }

    @Override
    protected BringPorts connect(String variant, URI host, Duration answerTimeout, Optional<ProxySelector> connections) {
        if (variant.equals("SOAP")) {
            return BringSoap.builder().credentials(CREDENTIALS).host(host).clock(CLOCK).connectTimeout(CONNECT_TIMEOUT)
                    .requestTimeout(answerTimeout).retryPolicy(RETRIES).requestsPerSecond(100_000)
                    .maxAnswerBytes(ANSWER_BOUND).build().ports();
        }
        BringRest.Builder builder = BringRest.builder().credentials(CREDENTIALS).host(host)
                .format(variant.endsWith("XML") ? WireFormat.XML : WireFormat.JSON).clock(CLOCK)
                .connectTimeout(CONNECT_TIMEOUT).requestTimeout(answerTimeout).retryPolicy(RETRIES)
                .maxAnswerBytes(ANSWER_BOUND).requestsPerSecond(100_000);
        connections.ifPresent(selector -> builder.httpClient(HttpClient.newBuilder().proxy(selector)
                .connectTimeout(CONNECT_TIMEOUT).followRedirects(HttpClient.Redirect.NEVER).build()));
        return builder.build().ports();
    }

    @Override
    protected Instant now() {
        return NOW;
    }

    /** A simulated Bring in front of an in-memory Bring, seeded with the contract suite's customers and order. */
    private abstract static class InMemoryBehind implements Simulation {

        final InMemoryBring bring = InMemoryBring.builder().clock(CLOCK).ids(IdGenerator.sequential(1)).build();

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
                case TRANSPORT_ORDER -> received.transportOrders().size();
                case READ -> throw new IllegalArgumentException("a read writes nothing");
            };
        }
    }

    /** The Bring simulator with Order Management's and Booking's routes, over an in-memory Bring. */
    private static final class SimulatorOverInMemoryBring extends InMemoryBehind {

        private final BringSimulator simulator = BringSimulator.start(bring).limit(Integer.MAX_VALUE);

        SimulatorOverInMemoryBring() {
        }

        @Override
        public URI host() {
            return simulator.baseUri();
        }

        @Override
        public void close() {
            simulator.close();
        }
    }

    /** Bring's SOAP services as Metro endpoints over an in-memory Bring. */
    private static final class MetroOverInMemoryBring extends InMemoryBehind {

        private final SimulatedBring services = new SimulatedBring(bring);

        @Override
        public URI host() {
            return services.host();
        }

        @Override
        public void close() {
            services.close();
        }
    }
}
