package dev.bringport.domain.order;

import static dev.bringport.domain.order.OrderManagementCodes.PO_INPUT_007;
import static dev.bringport.domain.order.OrderManagementCodes.PO_INPUT_008;
import static dev.bringport.domain.order.OrderManagementCodes.PO_INPUT_009;

import dev.bringport.domain.Violation;
import dev.bringport.domain.Violations;
import java.util.List;

/**
 * The rules of a tracking event, from Bring's Order Management error list: consignment id
 * ({@code PO_INPUT_007} "Consignment ID is required"), event type ({@code PO_INPUT_008} "Must
 * provide valid EventType. See xsd for list of valid types.") and timestamp ({@code PO_INPUT_009}
 * "Must provide valid ISO timestamp for event").
 */
public final class TrackingEventRules {

    private TrackingEventRules() {
    }

    /**
     * Checks what every client can check before sending: a consignment id ({@code PO_INPUT_007}),
     * an event type ({@code PO_INPUT_008}) and a timestamp ({@code PO_INPUT_009}).
     *
     * @param event the event
     * @return every violation
     */
    public static List<Violation> violations(TrackingEvent event) {
        return new Violations()
                .requireText(event.consignmentId(), "Event.ConsignmentId", PO_INPUT_007)
                .requireText(event.eventType().value(), "Event.EventType", PO_INPUT_008)
                .require(event.timestamp().isPresent(), "Event.Timestamp", PO_INPUT_009, "must be a valid ISO timestamp")
                .toList();
    }

    /**
     * Checks the event type against Bring's tracking status codes, as Bring's own schema check
     * does ({@code PO_INPUT_008}). The in-memory Bring applies it; clients that want to fail
     * early can too.
     *
     * @param event the event
     * @return the violations of {@link #violations(TrackingEvent)}, plus an undocumented event type
     */
    public static List<Violation> violationsWithType(TrackingEvent event) {
        Violations v = new Violations().addAll(violations(event));
        if (!event.eventType().value().isBlank()) {
            v.require(event.eventType().isDocumented(), "Event.EventType", PO_INPUT_008,
                    "must be one of Bring's event types " + new java.util.TreeSet<>(EventType.DOCUMENTED)
                            + ", was " + event.eventType().value());
        }
        return v.toList();
    }
}
