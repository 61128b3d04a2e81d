package dev.bringport.adapter.rest.booking;

import dev.bringport.adapter.rest.document.IgnoredField;
import dev.bringport.adapter.rest.document.RequestDocument;
import dev.bringport.adapter.rest.format.WireFormat;
import dev.bringport.adapter.rest.http.UserDocuments;
import dev.bringport.domain.booking.BookingRequest;
import dev.bringport.domain.pickup.PickupOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

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
 * Empty elements and nulls mean absent. An additional service's fields the library does not type
 * are kept and sent as given ({@link dev.bringport.domain.booking.AdditionalService#otherAttributes()});
 * any other field the library has no place for is not sent: {@code read...} methods name each,
 * with its path and why ({@link RequestDocument#ignored()}). Reading does not check Bring's rules:
 * the ports do that before sending, reporting every violation with its code. A body that is not
 * one such document (see {@link RequestDocument} for the bound, the encoding, a second document, a
 * field given twice), or holds what the domain cannot (no test indicator, several consignments),
 * is refused with a message naming the place.
 */
public final class BookingDocuments {

    private BookingDocuments() {
    }

    /**
     * Reads a {@code bookingRequest} body.
     *
     * @param body the body, JSON or XML, UTF-8, at most {@link RequestDocument#MAX_BYTES}
     * @return the booking request
     * @throws IllegalArgumentException if the body is not a booking request the library can send,
     *         with what is wrong and where
     */
    public static BookingRequest bookingRequest(byte[] body) {
        return readBookingRequest(body).value();
    }

    /**
     * Reads a {@code bookingRequest} body, with the fields it gave that will not be sent.
     *
     * @param body the body, JSON or XML, UTF-8, at most {@link RequestDocument#MAX_BYTES}
     * @return the booking request and the fields it ignored, each with its path and why
     * @throws IllegalArgumentException if the body is not a booking request the library can send,
     *         with what is wrong and where
     */
    public static RequestDocument<BookingRequest> readBookingRequest(byte[] body) {
        return read(body, "bookingRequest", BookingRequestDocument.class, BookingRequestMapper::toDomain,
                BookingRequestMapper::notSent);
    }

    /**
     * Reads a {@code pickupOrderRequest} body.
     *
     * @param body the body, JSON or XML, UTF-8, at most {@link RequestDocument#MAX_BYTES}
     * @return the pickup order
     * @throws IllegalArgumentException if the body is not a pickup order the library can send,
     *         with what is wrong and where
     */
    public static PickupOrder pickupOrder(byte[] body) {
        return readPickupOrder(body).value();
    }

    /**
     * Reads a {@code pickupOrderRequest} body, with the fields it gave that will not be sent.
     *
     * @param body the body, JSON or XML, UTF-8, at most {@link RequestDocument#MAX_BYTES}
     * @return the pickup order and the fields it ignored, each with its path and why
     * @throws IllegalArgumentException if the body is not a pickup order the library can send,
     *         with what is wrong and where
     */
    public static RequestDocument<PickupOrder> readPickupOrder(byte[] body) {
        return read(body, "pickupOrderRequest", PickupOrderDocument.class, PickupOrderMapper::toDomain, pickup -> List.of());
    }

    private static <W, T> RequestDocument<T> read(byte[] body, String root, Class<W> type, Function<W, T> toDomain,
                                                  Function<W, List<IgnoredField>> notSent) {
        return UserDocuments.read(body, root, checked -> {
            UserDocuments.Bound<W> read = DocumentReader.request(checked, root, type);
            List<IgnoredField> ignored = new ArrayList<>(UserDocuments.ignored(read.unbound()));
            ignored.addAll(notSent.apply(read.value()));
            return new RequestDocument<>(toDomain.apply(read.value()), ignored);
        });
    }
}
