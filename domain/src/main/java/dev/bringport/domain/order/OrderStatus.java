package dev.bringport.domain.order;

import java.util.Objects;

/**
 * The processing status of an order as Bring reports it ({@code OrderStatus}: {@code Picked},
 * {@code EDIIMPORTED}...). An open set: Bring's warehouse and EDI systems report their own values.
 *
 * @param value the status as Bring sent it
 */
public record OrderStatus(String value) {

    /** Status of an order received and not yet processed. */
    public static final OrderStatus RECEIVED = new OrderStatus("Received");
    /** Status of an order whose goods have been picked in the warehouse. */
    public static final OrderStatus PICKED = new OrderStatus("Picked");
    /** Status of an order that has been shipped. */
    public static final OrderStatus SHIPPED = new OrderStatus("Shipped");

    /**
     * Rejects a blank status.
     *
     * @param value the status as Bring sent it
     */
    public OrderStatus {
        Objects.requireNonNull(value, "order status");
        if (value.isBlank()) {
            throw new IllegalArgumentException("order status must not be blank");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
