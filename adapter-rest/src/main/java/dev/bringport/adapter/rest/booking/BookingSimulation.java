package dev.bringport.adapter.rest.booking;

import dev.bringport.adapter.rest.format.WireFormat;
import dev.bringport.ports.migration.BringPorts;
import dev.bringport.adapter.rest.simulator.BringSimulator;
import dev.bringport.adapter.rest.server.SimulatedAnswer;
import dev.bringport.adapter.rest.server.SimulatedRequest;
import dev.bringport.domain.booking.BookingConfirmation;
import dev.bringport.domain.booking.BookingRequest;
import dev.bringport.domain.booking.ConsignmentLinks;
import dev.bringport.domain.pickup.PickupConfirmation;
import dev.bringport.domain.pickup.PickupOrder;
import dev.bringport.ports.BringException;
import dev.bringport.ports.NotFoundException;
import java.net.URI;
import java.util.Map;
import java.util.Optional;

/**
 * The Booking API of the simulator ({@code /booking-api/api}): POST {@code /booking}, GET
 * {@code /customers}, GET {@code /errors}, POST {@code /pickupOrder}, served by the in-memory
 * Bring acting as the calling user, in the format the request's {@code Accept} asks for (without
 * one, the format of the request body, as Bring's RAML documents); and
 * GET {@code /labels/id/{file}}, the PDF behind a confirmation's label link. Request bodies are
 * read with {@link BookingDocuments} (so every documented spelling is accepted); answers are
 * Bring's documented shapes, written by {@link SimulatedBookingAnswers}. The in-memory Bring's
 * label links ({@code https://api.bring.com/labels/id/...pdf}) are rewritten to the simulator's
 * own host, same path.
 */
public final class BookingSimulation {

    /** The Booking API's path. */
    public static final String BASE_PATH = "/booking-api/api";

    private static final URI BRING = URI.create("https://api.bring.com");
    private static final String LABELS = "/labels/id/";

    private BookingSimulation() {
    }

    /**
     * Installs the routes of Booking, pickups and labels.
     *
     * @param simulator the simulator
     */
    public static void install(BringSimulator simulator) {
        simulator.route("POST", BASE_PATH + "/booking", request -> book(simulator, request))
                .route("GET", BASE_PATH + "/customers", request -> SimulatedBookingAnswers.ok(request.accept(),
                        SimulatedBookingAnswers.customers(ports(simulator, request).booking().customers())))
                .route("GET", BASE_PATH + "/errors", request -> SimulatedBookingAnswers.ok(request.accept(),
                        SimulatedBookingAnswers.errorTypes(ports(simulator, request).booking().errorCodes())))
                .route("POST", BASE_PATH + "/pickupOrder", request -> orderPickup(simulator, request))
                .route("GET", LABELS + "([^/]+)", request -> label(simulator, request));
    }

    private static BringPorts ports(BringSimulator simulator, SimulatedRequest request) {
        return simulator.bring().ports(request.user());
    }

    /** The format to answer in: what {@code Accept} asks for, else the request body's (Bring's default). */
    private static WireFormat answerFormat(SimulatedRequest request) {
        return request.header("Accept").isPresent() ? request.accept() : request.bodyFormat();
    }

    private static SimulatedAnswer book(BringSimulator simulator, SimulatedRequest request) throws Exception {
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
            return SimulatedBookingAnswers.ok(format, SimulatedBookingAnswers.booked(withSimulatorLabels(simulator,
                    confirmation)));
        } catch (BringException failure) {
            return SimulatedBookingAnswers.bookingFailed(format, correlationId, failure);
        }
    }

    private static SimulatedAnswer orderPickup(BringSimulator simulator, SimulatedRequest request) throws Exception {
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

    private static SimulatedAnswer label(BringSimulator simulator, SimulatedRequest request) {
        URI original = BRING.resolve(LABELS + request.pathParameter(1));
        try {
            byte[] pdf = ports(simulator, request).booking().label(original);
            return new SimulatedAnswer(200, "application/pdf", pdf, Map.of());
        } catch (NotFoundException e) {
            return SimulatedAnswer.text(404, "text/plain", "no label at " + request.uri().getPath());
        }
    }

    /** The confirmation with its label links on the simulator's host (same path). */
    private static BookingConfirmation withSimulatorLabels(BringSimulator simulator, BookingConfirmation c) {
        return new BookingConfirmation(c.correlationId(), c.consignmentNumber(), onSimulator(simulator, c.links()),
                c.earliestPickup(), c.expectedDelivery(), c.packages(), c.upsShipmentNumber(), c.upsTrackingNumber(),
                c.returnConsignmentNumber(), c.returnLinks().map(links -> onSimulator(simulator, links)));
    }

    private static ConsignmentLinks onSimulator(BringSimulator simulator, ConsignmentLinks links) {
        return new ConsignmentLinks(links.labels().map(link -> link.getHost().equals(BRING.getHost())
                && link.getPath().startsWith(LABELS) ? simulator.baseUri().resolve(link.getRawPath()) : link),
                links.labelArchiveUrl(), links.waybill(), links.tracking());
    }
}
