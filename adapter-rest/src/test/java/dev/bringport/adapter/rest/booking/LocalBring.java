package dev.bringport.adapter.rest.booking;

import dev.bringport.adapter.inmemory.IdGenerator;
import dev.bringport.adapter.inmemory.InMemoryBring;
import dev.bringport.adapter.rest.format.WireFormat;
import dev.bringport.adapter.rest.http.BringHttp;
import dev.bringport.adapter.rest.http.TestHttp;
import dev.bringport.adapter.rest.simulator.BringSimulator;
import dev.bringport.adapter.rest.server.SimulatedAnswer;
import dev.bringport.adapter.rest.server.SimulatedRequest;
import dev.bringport.ports.ClientRules;
import dev.bringport.ports.BringCredentials;
import dev.bringport.ports.RetryPolicy;
import dev.bringport.ports.contract.ContractExamples;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/**
 * A Bring simulator on 127.0.0.1 for this package's tests, and the Booking and Pickups adapters
 * pointed at it with a clock of the test's choosing (Bring's examples are dated 2015 to 2022:
 * the rules checked before sending need a "now" before them).
 */
final class LocalBring implements AutoCloseable {

    /** The credentials the adapters send. */
    static final BringCredentials CREDENTIALS = new BringCredentials(InMemoryBring.DEFAULT_USER, BringSimulator.DEFAULT_KEY,
            URI.create("https://shop.example"));
    /** The in-memory Bring's time. */
    static final Instant NOW = Instant.parse("2026-01-15T09:00:00Z");

    private static final RetryPolicy FAST_RETRIES = new RetryPolicy(3, Duration.ofMillis(10), Duration.ofMillis(40), 0,
            Duration.ofSeconds(2));

    private final BringSimulator simulator = BringSimulator.start(InMemoryBring.builder()
            .clock(Clock.fixed(NOW, ZoneOffset.UTC)).ids(IdGenerator.sequential(1)).build()).limit(Integer.MAX_VALUE);

    /** @return the simulator */
    BringSimulator simulator() {
        return simulator;
    }

    /** @return this, the user allowed to book with demo customers 5 and 6 in the in-memory Bring behind the Booking API */
    LocalBring withBookingApi() {
        simulator.bring().givenBookingCustomers(ContractExamples.bookingCustomers());
        return this;
    }

    /**
     * Answers every request of a method to a path of the Booking API with a body, byte for byte.
     *
     * @param method the method
     * @param path   the path under {@code /booking-api/api}, e.g. {@code /booking}
     * @param format the body's format (its content type)
     * @param body   the body
     * @return this
     */
    LocalBring serving(String method, String path, WireFormat format, byte[] body) {
        return answering(method, path, SimulatedAnswer.ok(format, body));
    }

    /**
     * Answers every request of a method to a path of the Booking API with an answer.
     *
     * @param method the method
     * @param path   the path under {@code /booking-api/api}
     * @param answer the answer
     * @return this
     */
    LocalBring answering(String method, String path, SimulatedAnswer answer) {
        simulator.route(method, BookingSimulation.BASE_PATH + path, request -> answer);
        return this;
    }

    /**
     * Answers every booking and pickup order with Bring's documented success answer
     * ({@code successfulResponse}, {@code pickuporder_response}) in the format the request asks for.
     *
     * @return this
     */
    LocalBring answeringWithTheDocumentedSuccess() {
        simulator.route("POST", BookingSimulation.BASE_PATH + "/booking", request -> SimulatedAnswer.ok(request.accept(),
                BringExamples.bytes("successfulResponse." + extension(request.accept()))));
        simulator.route("POST", BookingSimulation.BASE_PATH + "/pickupOrder", request -> SimulatedAnswer.ok(
                request.accept(), BringExamples.bytes("pickuporder_response." + extension(request.accept()))));
        return this;
    }

    private static String extension(WireFormat format) {
        return format == WireFormat.XML ? "xml" : "json";
    }

    /** @return the Booking API's base URL on the simulator */
    URI baseUrl() {
        return simulator.baseUri().resolve(BookingSimulation.BASE_PATH);
    }

    /**
     * Booking over REST at the simulator.
     *
     * @param format the wire format
     * @param now    the adapter's now
     * @return the adapter
     */
    RestBooking booking(WireFormat format, Instant now) {
        return new RestBooking(http(now), baseUrl(), format, ClientRules.ON);
    }

    /**
     * Pickups over REST at the simulator.
     *
     * @param format the wire format
     * @param now    the adapter's now
     * @return the adapter
     */
    RestPickups pickups(WireFormat format, Instant now) {
        return new RestPickups(http(now), baseUrl(), format, ClientRules.ON);
    }

    /** @return the requests the simulator received */
    List<SimulatedRequest> requests() {
        return simulator.requests();
    }

    /** @return the only request the simulator received */
    SimulatedRequest onlyRequest() {
        List<SimulatedRequest> requests = simulator.requests();
        if (requests.size() != 1) {
            throw new AssertionError("expected one request, received " + requests.size());
        }
        return requests.get(0);
    }

    private static BringHttp http(Instant now) {
        return TestHttp.http(CREDENTIALS, Duration.ofSeconds(5), FAST_RETRIES, 1000,
                1024 * 1024, Clock.fixed(now, ZoneOffset.UTC));
    }

    @Override
    public void close() {
        simulator.close();
    }
}
