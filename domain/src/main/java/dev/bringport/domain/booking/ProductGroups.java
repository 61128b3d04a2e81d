package dev.bringport.domain.booking;

import java.util.Locale;
import java.util.Set;

/**
 * Groups of Bring products that share a rule about the shape of a booking's data, as Bring names
 * them. Which products combine with which services, dates or fields is not listed here: that is
 * Bring's to decide.
 */
public final class ProductGroups {

    /**
     * Cargo services: weight plus one of volume, load meters, dimensions or pallets (the old RAML:
     * "For cargo services (5100, 5300, CARGO, 9100), Weight is mandatory and one of ...").
     */
    public static final Set<String> CARGO = Set.of("5100", "5300", "9100", "CARGO");
    /**
     * Home delivery services: weight plus volume or dimensions (the old RAML: "For home delivery services
     * (DOUBLE_INDOOR, CURBSIDE, DOUBLE_INDOOR_EVENING, CURBSIDE_EVENING), Weight is mandatory and ...").
     */
    public static final Set<String> HOME_DELIVERY = Set.of("DOUBLE_INDOOR", "CURBSIDE", "DOUBLE_INDOOR_EVENING",
            "CURBSIDE_EVENING");
    /** The package types of home delivery services (the page's packageType enum, {@code BOOK-INPUT-071}). */
    public static final Set<String> HOME_DELIVERY_PACKAGE_TYPES = Set.of("hd_eur", "hd_half", "hd_quarter", "hd_loose");
    /**
     * The customized courier product that needs a {@code nonStandardCourierProductCode} (the page:
     * "This field is mandatory when request is for Non Standard Courier").
     */
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
