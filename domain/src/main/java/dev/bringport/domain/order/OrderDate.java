package dev.bringport.domain.order;

import dev.bringport.domain.BringSpelling;
import java.time.Instant;
import java.util.Objects;

/**
 * A dated event of an order or line ({@code <DateAndTimes subClass="DocumentDate">}). Bring
 * documents many kinds ({@code DocumentDate}, {@code DeliveryDateRequested},
 * {@code EstimatedTimeOfDelivery}...); the kind is kept as Bring's camel-case name, an open set.
 *
 * @param subClass the kind of date, in Bring's camel-case spelling
 * @param at       the moment
 */
public record OrderDate(String subClass, Instant at) {

    /** The date on which the order is booked (required on a new order). */
    public static final String DOCUMENT_DATE = "DocumentDate";
    /** The date on which the order is requested delivered (required on a new order). */
    public static final String DELIVERY_DATE_REQUESTED = "DeliveryDateRequested";

    /**
     * Requires both parts and canonicalises the kind ({@code DOCUMENT_DATE} becomes {@code DocumentDate}).
     *
     * @param subClass the kind of date, in Bring's camel-case spelling
     * @param at       the moment
     */
    public OrderDate {
        Objects.requireNonNull(subClass, "subClass");
        Objects.requireNonNull(at, "date");
        subClass = BringSpelling.camelCase(subClass);
    }
}
