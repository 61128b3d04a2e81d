package dev.bringport.domain.booking;

import java.time.Instant;
import java.util.Objects;

/**
 * The alternative delivery window the customer selected ({@code customerSpecifiedDelivery}),
 * for outgoing home delivery services; start and end on the same date
 * ({@code CUSTOMER_SPECIFIED_DELIVERY-INPUT-002}), in the future ({@code -003}).
 *
 * @param start {@code startDateTime}
 * @param end   {@code endDateTime}
 */
public record DeliveryWindow(Instant start, Instant end) {

    /**
     * Requires both ends.
     *
     * @param start {@code startDateTime}
     * @param end   {@code endDateTime}
     */
    public DeliveryWindow {
        Objects.requireNonNull(start, "startDateTime");
        Objects.requireNonNull(end, "endDateTime");
    }
}
