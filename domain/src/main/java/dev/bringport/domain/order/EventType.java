package dev.bringport.domain.order;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * The type of a tracking event sent to Order Management ({@code Event/EventType}). Bring
 * validates it against a list in its schema ({@code PO_INPUT_008}); that schema is not published,
 * so the library knows the status codes of Bring's tracking ({@link #DOCUMENTED}) and lets any
 * other value through to Bring.
 *
 * @param value the event type, e.g. {@code DELIVERED}
 */
public record EventType(String value) {

    /** Handed in to Bring. */
    public static final EventType HANDED_IN = new EventType("HANDED_IN");
    /** Picked up from the sender. */
    public static final EventType COLLECTED = new EventType("COLLECTED");
    /** On its way. */
    public static final EventType IN_TRANSIT = new EventType("IN_TRANSIT");
    /** Out for delivery to the recipient. */
    public static final EventType TRANSPORT_TO_RECIPIENT = new EventType("TRANSPORT_TO_RECIPIENT");
    /** Ready for pickup at a pickup point. */
    public static final EventType READY_FOR_PICKUP = new EventType("READY_FOR_PICKUP");
    /** Delivered. */
    public static final EventType DELIVERED = new EventType("DELIVERED");

    /**
     * Bring's tracking status codes ("Status codes for Bring Tracking APIs").
     */
    public static final Set<String> DOCUMENTED = Set.of("TERMINAL", "CUSTOMS", "DELIVERED", "ATTEMPTED_DELIVERY",
            "DEVIATION", "HANDED_IN", "COLLECTED", "INTERNATIONAL", "IN_TRANSIT", "TRANSPORT_TO_RECIPIENT",
            "NOTIFICATION_SENT", "PRE_NOTIFIED", "READY_FOR_PICKUP", "RETURN");

    /**
     * Requires a value (blank ones are reported by {@link TrackingEventRules}); trims it.
     *
     * @param value the event type, e.g. {@code DELIVERED}
     */
    public EventType {
        Objects.requireNonNull(value, "EventType");
        value = value.strip();
    }

    /**
     * Whether this is one of Bring's tracking status codes.
     *
     * @return whether the type is documented
     */
    public boolean isDocumented() {
        return DOCUMENTED.contains(value.toUpperCase(Locale.ROOT));
    }

    @Override
    public String toString() {
        return value;
    }
}
