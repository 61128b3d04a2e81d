package dev.bringport.adapter.rest.booking;

import dev.bringport.adapter.rest.format.WireFormat;
import dev.bringport.adapter.rest.http.UserDocuments;
import dev.bringport.domain.booking.BookingRequest;
import dev.bringport.domain.pickup.PickupOrder;
import java.io.IOException;

/**
 * Reads the request bodies Bring documents into domain values, so that bodies users already have
 * can be sent through the ports: a {@code bookingRequest} and a {@code pickupOrderRequest}, in
 * JSON or XML (told apart by their first character), in every spelling Bring has published:
 * <ul>
 *   <li>services as {@code product.additionalServices[]} or as the earlier {@code product.services{}}
 *       object ({@code recipientNotification}, {@code cashOnDelivery}, {@code flexDelivery}...);</li>
 *   <li>dates as epoch milliseconds, or ISO-8601 with an offset, or without one (then a time in
 *       Norway);</li>
 *   <li>XML converted to JSON ({@code {"bookingRequest": {"-testIndicator": "true", ...}}});</li>
 *   <li>pickups in the current way ({@code pickupDetails.packages}), with the deprecated counts
 *       ({@code pickupDetails.numberOfPackages}), or the oldest ({@code parcelsInformation},
 *       {@code cargoInformation}, {@code parcelsInternationalInformation}).</li>
 * </ul>
 * Empty elements and nulls mean absent; unknown fields are ignored. Reading does not check
 * Bring's rules: the ports do that before sending, reporting every violation with its code. A
 * body that is not such a document, or holds what the domain cannot (no test indicator, several
 * consignments), is refused with a message naming the place.
 */
public final class BookingDocuments {

    private BookingDocuments() {
    }

    /**
     * Reads a {@code bookingRequest} body.
     *
     * @param body the body, JSON or XML, UTF-8
     * @return the booking request
     * @throws IllegalArgumentException if the body is not a booking request the library can send,
     *         with what is wrong and where
     */
    public static BookingRequest bookingRequest(byte[] body) {
        WireFormat format = UserDocuments.formatOf(body);
        try {
            return BookingRequestMapper.toDomain(DocumentReader.request(UserDocuments.withoutBom(body), format, "bookingRequest",
                    BookingRequestDocument.class));
        } catch (IOException | IllegalArgumentException e) {
            throw UserDocuments.refused("bookingRequest", format, e);
        }
    }

    /**
     * Reads a {@code pickupOrderRequest} body.
     *
     * @param body the body, JSON or XML, UTF-8
     * @return the pickup order
     * @throws IllegalArgumentException if the body is not a pickup order the library can send,
     *         with what is wrong and where
     */
    public static PickupOrder pickupOrder(byte[] body) {
        WireFormat format = UserDocuments.formatOf(body);
        try {
            return PickupOrderMapper.toDomain(DocumentReader.request(UserDocuments.withoutBom(body), format,
                    "pickupOrderRequest", PickupOrderDocument.class));
        } catch (IOException | IllegalArgumentException e) {
            throw UserDocuments.refused("pickupOrderRequest", format, e);
        }
    }
}
