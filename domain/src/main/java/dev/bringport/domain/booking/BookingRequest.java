package dev.bringport.domain.booking;

import java.util.Objects;

/**
 * A booking request: one consignment, and whether it is a test booking ({@code testIndicator},
 * required by Bring: a test booking creates nothing real). The schema version is always 1.
 *
 * @param testIndicator whether this is a test booking
 * @param consignment   the consignment to book
 */
public record BookingRequest(boolean testIndicator, Consignment consignment) {

    /** Bring's current booking schema version. */
    public static final int SCHEMA_VERSION = 1;

    /** Requires a consignment. */
    public BookingRequest {
        Objects.requireNonNull(consignment, "consignment");
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
