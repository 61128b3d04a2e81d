package dev.bringport.domain.booking;

import java.util.Objects;
import java.util.Optional;

/**
 * A booking request: one consignment, and whether it is a test booking ({@code testIndicator},
 * required by Bring: a test booking creates nothing real). The schema version is always 1.
 *
 * @param testIndicator whether this is a test booking
 * @param consignment   the consignment to book
 * @param clientUrl     the body's {@code clientUrl}, sent as given (Bring's examples send one; the
 *                      {@code X-Bring-Client-URL} header of every call carries the credentials' own)
 * @param clientUid     the body's {@code clientUid} (on the page's request schema), sent as given
 */
public record BookingRequest(boolean testIndicator, Consignment consignment, Optional<String> clientUrl,
                             Optional<String> clientUid) {

    /** Bring's current booking schema version. */
    public static final int SCHEMA_VERSION = 1;

    /**
     * Requires a consignment and treats a blank client URL or id as absent.
     *
     * @param testIndicator whether this is a test booking
     * @param consignment   the consignment to book
     * @param clientUrl     the body's {@code clientUrl}, sent as given (Bring's examples send one; the {@code
     *                      X-Bring-Client-URL} header of every call carries the credentials' own)
     * @param clientUid     the body's {@code clientUid} (on the page's request schema), sent as given
     */
    public BookingRequest {
        Objects.requireNonNull(consignment, "consignment");
        clientUrl = Objects.requireNonNull(clientUrl, "clientUrl").filter(s -> !s.isBlank());
        clientUid = Objects.requireNonNull(clientUid, "clientUid").filter(s -> !s.isBlank());
    }

    /**
     * A request without a client URL or id in its body, as the library's callers send them: the
     * credentials' headers say who calls.
     *
     * @param testIndicator whether this is a test booking
     * @param consignment   the consignment to book
     */
    public BookingRequest(boolean testIndicator, Consignment consignment) {
        this(testIndicator, consignment, Optional.empty(), Optional.empty());
    }

    /**
     * A test booking, which Bring validates and answers but does not carry out.
     *
     * @param consignment the consignment
     * @return the request
     */
    public static BookingRequest test(Consignment consignment) {
        return new BookingRequest(true, consignment);
    }

    /**
     * A production booking: Bring will transport the consignment and invoice it.
     *
     * @param consignment the consignment
     * @return the request
     */
    public static BookingRequest production(Consignment consignment) {
        return new BookingRequest(false, consignment);
    }
}
