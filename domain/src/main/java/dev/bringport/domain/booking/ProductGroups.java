package dev.bringport.domain.booking;

import java.util.Locale;
import java.util.Set;

/**
 * Groups of Bring products that share a booking rule, as the Booking page names them.
 */
public final class ProductGroups {

    /** Cargo services: weight plus one of volume, load meters, dimensions or pallets ("Measurements"). */
    public static final Set<String> CARGO = Set.of("5100", "5300", "9100", "CARGO");
    /** Home delivery services: weight plus volume or dimensions ("Measurements"). */
    public static final Set<String> HOME_DELIVERY = Set.of("DOUBLE_INDOOR", "CURBSIDE", "DOUBLE_INDOOR_EVENING",
            "CURBSIDE_EVENING");
    /** The package types of home delivery services ({@code BOOK-INPUT-071}). */
    public static final Set<String> HOME_DELIVERY_PACKAGE_TYPES = Set.of("hd_eur", "hd_half", "hd_quarter", "hd_loose");
    /** Products that take a customer-specified delivery date ({@code CUSTOMER_SPECIFIED_DELIVERY_DATE-INPUT-004}). */
    public static final Set<String> CUSTOMER_SPECIFIED_DELIVERY_DATE = Set.of("PA_DOREN", "5600", "OIL_EXPRESS");
    /** Products that take a customer-specified dispatch date ({@code CUSTOMER_SPECIFIED_DISPATCH_DATE-INPUT-004}). */
    public static final Set<String> CUSTOMER_SPECIFIED_DISPATCH_DATE = Set.of("3622");
    /** The customized courier product that needs a {@code nonStandardCourierProductCode}. */
    public static final String NON_STANDARD_COURIER = "NON_STANDARD_COURIER";

    private ProductGroups() {
    }

    /**
     * Whether a product id is in a group, ignoring case.
     *
     * @param group     the group
     * @param productId the product id
     * @return whether the product belongs to the group
     */
    public static boolean contains(Set<String> group, String productId) {
        return group.contains(productId) || group.contains(productId.toUpperCase(Locale.ROOT));
    }
}
