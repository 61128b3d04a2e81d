package dev.bringport.adapter.rest.booking;

import dev.bringport.adapter.rest.format.WireFormat;
import dev.bringport.adapter.rest.server.Routes;
import dev.bringport.adapter.rest.server.SimulatedAnswer;
import dev.bringport.adapter.rest.server.SimulatedRequest;
import dev.bringport.domain.booking.BookingConfirmation;
import dev.bringport.domain.booking.BookingRequest;
import dev.bringport.domain.pickup.PickupConfirmation;
import dev.bringport.domain.pickup.PickupOrder;
import dev.bringport.ports.BringException;
import dev.bringport.ports.NotFoundException;
import dev.bringport.ports.RateLimitedException;
import dev.bringport.ports.migration.BringPorts;
import dev.bringport.ports.server.LabelLinks;
import dev.bringport.ports.server.ServedFailures;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The Booking API of a simulated Bring ({@code /booking-api/api}): POST {@code /booking}, GET
 * {@code /customers}, GET {@code /errors}, POST {@code /pickupOrder}, answered by the ports behind
 * it, those of the calling user, in the format the request's {@code Accept} asks for (without
 * one, the format of the request body, as Bring's RAML documents); and
 * GET {@code /labels/id/{file}}, the PDF behind a confirmation's label link. Request bodies are
 * read with {@link BookingDocuments} (so every documented spelling is accepted); answers are
 * Bring's documented shapes, written by {@link SimulatedBookingAnswers}. Label links on Bring's
 * host ({@code https://api.bring.com/labels/id/...pdf}) are rewritten to the simulated Bring's
 * own host, same path, and a label asked for there is fetched from the ports at Bring's host.
 */
public final class BookingSimulation {

    /** The Booking API's path. */
    public static final String BASE_PATH = "/booking-api/api";

    private BookingSimulation() {
    }

    /**
     * Installs the routes of Booking, pickups and labels.
     *
     * @param routes the table they go into
     * @param ports  the ports that answer, by the calling user's Mybring login
     * @param host   the simulated Bring's own host, e.g. {@code http://127.0.0.1:8080}, where its label links point
     */
    public static void install(Routes routes, Function<String, BringPorts> ports, URI host) {
        Served simulator = new Served(ports, host);
        routes.route("POST", BASE_PATH + "/booking", request -> book(simulator, request))
                .route("GET", BASE_PATH + "/customers", request -> read(request, () -> SimulatedBookingAnswers.customers(
                        ports(simulator, request).booking().customers())))
                .route("GET", BASE_PATH + "/errors", request -> read(request, () -> SimulatedBookingAnswers.errorTypes(
                        ports(simulator, request).booking().errorCodes())))
                .route("POST", BASE_PATH + "/pickupOrder", request -> orderPickup(simulator, request))
                .route("GET", LabelLinks.PATH + "([^/]+)", request -> label(simulator, request));
    }

    /** What the routes answer with: the ports of a user, and the simulated Bring's own host. */
    private record Served(Function<String, BringPorts> ports, URI host) {
    }

    /** What a read answers. */
    @FunctionalInterface
    private interface Reading {
        Object document();
    }

    /** A read's document in the format asked for, or its failure as Bring's errors. */
    private static SimulatedAnswer read(SimulatedRequest request, Reading reading) throws Exception {
        try {
            return SimulatedBookingAnswers.ok(request.accept(), reading.document());
        } catch (BringException failure) {
            return SimulatedBookingAnswers.readFailed(failure);
        }
    }

    private static BringPorts ports(Served simulator, SimulatedRequest request) {
        return simulator.ports().apply(request.user());
    }

    /** The format to answer in: what {@code Accept} asks for, else the request body's (Bring's default). */
    private static WireFormat answerFormat(SimulatedRequest request) {
        return request.header("Accept").isPresent() ? request.accept() : request.bodyFormat();
    }

    private static SimulatedAnswer book(Served simulator, SimulatedRequest request) throws Exception {
        WireFormat format = answerFormat(request);
        BookingRequest booking;
        try {
            booking = BookingDocuments.bookingRequest(request.body());
        } catch (IllegalArgumentException unreadable) {
            return SimulatedBookingAnswers.unreadableBooking(format, unreadable.getMessage());
        }
        Optional<String> correlationId = booking.consignment().correlationId();
        try {
            BookingConfirmation confirmation = ports(simulator, request).booking().book(booking);
            return SimulatedBookingAnswers.ok(format, SimulatedBookingAnswers.booked(LabelLinks.onHost(confirmation,
                    simulator.host())));
        } catch (BringException failure) {
            return SimulatedBookingAnswers.bookingFailed(format, correlationId, failure);
        }
    }

    private static SimulatedAnswer orderPickup(Served simulator, SimulatedRequest request) throws Exception {
        WireFormat format = answerFormat(request);
        PickupOrder order;
        try {
            order = BookingDocuments.pickupOrder(request.body());
        } catch (IllegalArgumentException unreadable) {
            return SimulatedBookingAnswers.unreadablePickup(format, unreadable.getMessage());
        }
        try {
            PickupConfirmation confirmation = ports(simulator, request).pickups().orderPickup(order);
            return SimulatedBookingAnswers.ok(format, SimulatedBookingAnswers.pickupConfirmed(confirmation));
        } catch (BringException failure) {
            return SimulatedBookingAnswers.pickupFailed(format, failure);
        }
    }

    private static SimulatedAnswer label(Served simulator, SimulatedRequest request) {
        URI original = LabelLinks.atBring(request.uri().getRawPath());
        try {
            byte[] pdf = ports(simulator, request).booking().label(original);
            return new SimulatedAnswer(200, "application/pdf", pdf, Map.of());
        } catch (NotFoundException e) {
            return SimulatedAnswer.text(404, "text/plain", "no label at " + request.uri().getPath());
        } catch (BringException failure) {
            return failure instanceof RateLimitedException ? SimulatedAnswer.throttled()
                    : SimulatedAnswer.text(ServedFailures.httpStatus(failure), "text/plain", failure.failure().summary());
        }
    }
}
