package dev.bringport.adapter.rest.booking;

import dev.bringport.adapter.rest.format.WireFormat;
import dev.bringport.adapter.rest.server.SimulatedAnswer;
import dev.bringport.domain.ErrorDefinition;
import dev.bringport.domain.booking.BookedPackage;
import dev.bringport.domain.booking.BookingConfirmation;
import dev.bringport.domain.booking.BookingCustomer;
import dev.bringport.domain.booking.ConsignmentLinks;
import dev.bringport.domain.pickup.PickupConfirmation;
import dev.bringport.ports.BringError;
import dev.bringport.ports.BringException;
import dev.bringport.ports.RateLimitedException;
import dev.bringport.ports.UnavailableException;
import dev.bringport.ports.server.ServedFailures;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A simulated Bring's booking answers in Bring's documented shapes: the booking confirmation, customers, the
 * error catalogue and the pickup confirmation, and failures as Bring's errors ({@code uniqueId},
 * {@code code}, {@code messages[{lang: "en", message}]}: per consignment for a booking, at the top
 * for a pickup) with the HTTP status of {@link ServedFailures#httpStatus}. Dates are written as
 * ISO-8601 with an offset, as the Booking page's answer examples give them.
 */
final class SimulatedBookingAnswers {

    private SimulatedBookingAnswers() {
    }

    static SimulatedAnswer ok(WireFormat format, Object document) throws Exception {
        return SimulatedAnswer.ok(format, DocumentWriter.write(document, format));
    }

    static BookingAnswerDocument booked(BookingConfirmation c) {
        BookingAnswerDocument.Confirmation confirmation = new BookingAnswerDocument.Confirmation(c.consignmentNumber(),
                c.upsShipmentNumber().isEmpty() && c.upsTrackingNumber().isEmpty() ? null
                        : new BookingAnswerDocument.ProductSpecificData(c.upsShipmentNumber().orElse(null),
                        c.upsTrackingNumber().orElse(null)),
                links(c.links()),
                new BookingAnswerDocument.DateAndTimes(c.earliestPickup().orElse(null), c.expectedDelivery().orElse(null)),
                c.packages().stream().map(SimulatedBookingAnswers::bookedPackage).toList(),
                c.returnConsignmentNumber().orElse(null), c.returnLinks().map(SimulatedBookingAnswers::links).orElse(null));
        return new BookingAnswerDocument(List.of(new BookingAnswerDocument.Consignment(c.correlationId().orElse(null),
                confirmation, null)), null);
    }

    private static BookingAnswerDocument.Package bookedPackage(BookedPackage p) {
        return new BookingAnswerDocument.Package(p.correlationId().orElse(null), p.packageNumber(),
                p.labelFreeCode().orElse(null), p.qrCodeLink().map(URI::toString).orElse(null));
    }

    private static BookingAnswerDocument.Links links(ConsignmentLinks links) {
        return new BookingAnswerDocument.Links(text(links.labels()), text(links.labelArchiveUrl()), text(links.waybill()),
                links.tracking().toString());
    }

    private static String text(Optional<URI> link) {
        return link.map(URI::toString).orElse(null);
    }

    static CustomersDocument customers(List<BookingCustomer> customers) {
        return new CustomersDocument(customers.stream().map(c -> new CustomersDocument.Customer(c.name(),
                c.customerNumber(), c.countryCode(), c.products())).toList());
    }

    static ErrorTypesDocument errorTypes(List<ErrorDefinition> definitions) {
        return new ErrorTypesDocument(definitions.stream().map(d -> new ErrorTypesDocument.ErrorType(d.code().value(),
                d.message(), d.suffixable().orElse(false))).toList());
    }

    static PickupAnswerDocument pickupConfirmed(PickupConfirmation c) {
        return new PickupAnswerDocument(new PickupAnswerDocument.Confirmation(c.status(), c.earliestPickup(),
                c.latestPickup().orElse(null), c.url().map(URI::toString).orElse(null), c.packageNumber().orElse(null)),
                null);
    }

    static SimulatedAnswer bookingFailed(WireFormat format, Optional<String> correlationId, BringException failure)
            throws Exception {
        if (failure instanceof RateLimitedException) {
            return SimulatedAnswer.throttled();
        }
        List<AnswerError> errors = errors(failure, "BOOK");
        BookingAnswerDocument document = new BookingAnswerDocument(List.of(new BookingAnswerDocument.Consignment(
                correlationId.orElse(null), null, errors)), null);
        return SimulatedAnswer.of(ServedFailures.httpStatus(failure), format, DocumentWriter.write(document, format));
    }

    static SimulatedAnswer pickupFailed(WireFormat format, BringException failure) throws Exception {
        if (failure instanceof RateLimitedException) {
            return SimulatedAnswer.throttled();
        }
        PickupAnswerDocument document = new PickupAnswerDocument(null, errors(failure, "PICKUP"));
        return SimulatedAnswer.of(ServedFailures.httpStatus(failure), format, DocumentWriter.write(document, format));
    }

    /**
     * A failed read (customers, errors) as Bring's errors at the top of a JSON document,
     * {@code {"errors": [...]}}, the shape of Booking's other error answers.
     */
    static SimulatedAnswer readFailed(BringException failure) throws Exception {
        if (failure instanceof RateLimitedException) {
            return SimulatedAnswer.throttled();
        }
        PickupAnswerDocument errorsOnly = new PickupAnswerDocument(null, errors(failure, "BOOK"));
        return SimulatedAnswer.of(ServedFailures.httpStatus(failure), WireFormat.JSON,
                DocumentWriter.write(errorsOnly, WireFormat.JSON));
    }

    static SimulatedAnswer unreadableBooking(WireFormat format, String reason) throws Exception {
        BookingAnswerDocument document = new BookingAnswerDocument(List.of(new BookingAnswerDocument.Consignment(null,
                null, List.of(error("BOOK-INPUT-001", "Bad request: " + reason, null)))), null);
        return SimulatedAnswer.of(400, format, DocumentWriter.write(document, format));
    }

    static SimulatedAnswer unreadablePickup(WireFormat format, String reason) throws Exception {
        PickupAnswerDocument document = new PickupAnswerDocument(null,
                List.of(error("PICKUP-INPUT-001", "Error with input in pickupOrder: " + reason, null)));
        return SimulatedAnswer.of(400, format, DocumentWriter.write(document, format));
    }

    /** The failure's errors; one internal error when it has none (an injected fault). */
    private static List<AnswerError> errors(BringException failure, String family) {
        List<BringError> reported = failure.failure().errors();
        if (reported.isEmpty()) {
            boolean unavailable = failure instanceof UnavailableException;
            return List.of(error(family + "-INTERNAL-00" + (unavailable && family.equals("BOOK") ? 2 : 1),
                    unavailable ? "A required external service is unavailable" : "An unexpected error occurred", null));
        }
        return reported.stream().map(e -> error(e.code().value(), e.message(), e.uniqueId().orElse(null))).toList();
    }

    private static AnswerError error(String code, String message, String uniqueId) {
        return new AnswerError(null, null, uniqueId == null ? UUID.randomUUID().toString() : uniqueId, code,
                List.of(new AnswerError.Message("en", message)));
    }
}
