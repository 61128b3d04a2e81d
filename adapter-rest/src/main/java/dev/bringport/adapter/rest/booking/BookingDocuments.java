package dev.bringport.adapter.rest.booking;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import dev.bringport.adapter.rest.http.WireFormat;
import dev.bringport.domain.booking.BookingRequest;
import dev.bringport.domain.pickup.PickupOrder;
import java.io.IOException;
import java.util.Arrays;
import java.util.Objects;
import java.util.stream.Collectors;

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

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

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
        WireFormat format = formatOf(body);
        try {
            return BookingRequestMapper.toDomain(DocumentReader.request(withoutBom(body), format, "bookingRequest",
                    BookingRequestDocument.class));
        } catch (IOException | IllegalArgumentException e) {
            throw refused("bookingRequest", format, e);
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
        WireFormat format = formatOf(body);
        try {
            return PickupOrderMapper.toDomain(DocumentReader.request(withoutBom(body), format, "pickupOrderRequest",
                    PickupOrderDocument.class));
        } catch (IOException | IllegalArgumentException e) {
            throw refused("pickupOrderRequest", format, e);
        }
    }

    private static WireFormat formatOf(byte[] body) {
        Objects.requireNonNull(body, "body");
        return WireFormat.of(null, withoutBom(body));
    }

    private static byte[] withoutBom(byte[] body) {
        boolean bom = body.length >= 3 && Arrays.equals(body, 0, 3, UTF8_BOM, 0, 3);
        return bom ? Arrays.copyOfRange(body, 3, body.length) : body;
    }

    private static IllegalArgumentException refused(String document, WireFormat format, Exception e) {
        return new IllegalArgumentException("not a " + format + " " + document + " the library can read: "
                + reason(e), e);
    }

    /** Jackson's message without its source excerpt, with the field path or line and column. */
    private static String reason(Exception e) {
        if (!(e instanceof JsonProcessingException jackson)) {
            return e.getMessage();
        }
        StringBuilder reason = new StringBuilder(jackson.getOriginalMessage().strip());
        if (jackson instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            reason.append(" (at ").append(path(mapping)).append(')');
        } else if (jackson.getLocation() != null && jackson.getLocation() != JsonLocation.NA
                && jackson.getLocation().getLineNr() > 0) {
            reason.append(" (line ").append(jackson.getLocation().getLineNr()).append(", column ")
                    .append(jackson.getLocation().getColumnNr()).append(')');
        }
        return reason.toString();
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream().map(ref -> ref.getFieldName() != null ? "." + ref.getFieldName()
                : "[" + ref.getIndex() + "]").collect(Collectors.joining()).replaceFirst("^\\.", "");
    }
}
