package dev.bringport.domain.order;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A tracking event on a transport associated with orders in Order Management
 * (POST {@code /event}, {@code CreateEventRequest/Event}).
 *
 * @param consignmentId the consignment the event is about (required: {@code PO_INPUT_007})
 * @param eventType     what happened (must be valid: {@code PO_INPUT_008})
 * @param performedBy   who performed it, when given
 * @param timestamp     when it happened (required: {@code PO_INPUT_009})
 */
public record TrackingEvent(String consignmentId, EventType eventType, Optional<String> performedBy,
                            Optional<Instant> timestamp) {

    /**
     * Requires every part; blank or missing values are reported by {@link TrackingEventRules}.
     *
     * @param consignmentId the consignment the event is about (required: {@code PO_INPUT_007})
     * @param eventType     what happened (must be valid: {@code PO_INPUT_008})
     * @param performedBy   who performed it, when given
     * @param timestamp     when it happened (required: {@code PO_INPUT_009})
     */
    public TrackingEvent {
        Objects.requireNonNull(consignmentId, "ConsignmentId");
        Objects.requireNonNull(eventType, "EventType");
        performedBy = Objects.requireNonNull(performedBy, "performedBy").filter(s -> !s.isBlank());
        Objects.requireNonNull(timestamp, "timestamp");
    }

    /**
     * An event with every part given.
     *
     * @param consignmentId the consignment
     * @param eventType     what happened
     * @param performedBy   who did it
     * @param timestamp     when
     * @return the event
     */
    public static TrackingEvent of(String consignmentId, EventType eventType, String performedBy, Instant timestamp) {
        return new TrackingEvent(consignmentId, eventType, Optional.ofNullable(performedBy), Optional.of(timestamp));
    }
}
