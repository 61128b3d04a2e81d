package dev.bringport.domain.order;

import dev.bringport.domain.BringSpelling;
import java.util.Arrays;

/** The type of an order: {@code CreateOrderRequest messageFunction}. */
public enum OrderType {
    /** A general order ("Order"). */
    ORDER("Order"),
    /** A purchase order ("PurchaseOrder"), which suppliers can read, pack and deliver. */
    PURCHASE_ORDER("PurchaseOrder");
    // "SalesOrder" is documented as "Not in use" and therefore not offered.

    private final String bringName;

    OrderType(String bringName) {
        this.bringName = bringName;
    }

    /**
     * The value of {@code messageFunction}.
     *
     * @return e.g. {@code "PurchaseOrder"}
     */
    public String bringName() {
        return bringName;
    }

    /**
     * The type for Bring's value in either spelling.
     *
     * @param value {@code "PurchaseOrder"} or {@code "PURCHASE_ORDER"}
     * @return the type
     * @throws IllegalArgumentException for a value Bring does not document
     */
    public static OrderType fromBring(String value) {
        return Arrays.stream(values()).filter(t -> BringSpelling.matches(value, t.bringName)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown order type (messageFunction): " + value));
    }
}
