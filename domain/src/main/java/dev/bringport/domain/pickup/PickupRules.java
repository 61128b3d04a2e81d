package dev.bringport.domain.pickup;

import static dev.bringport.domain.pickup.PickupCodes.*;

import dev.bringport.domain.BringTime;
import dev.bringport.domain.Violations;
import dev.bringport.domain.Violation;
import dev.bringport.domain.booking.BookingCustomer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The rules of a pickup order from the Booking page's pickup section ("the page": its request
 * schema) and Bring's {@code PICKUP-INPUT-*} codes ("the catalogue"): country, customer, address and
 * postal code, a pickup date that is not in the past, counts and weights larger than zero, and
 * weight and volume for cargo. The ready-at time is not checked: the page says of
 * {@code pickupIsReadyAtTime} "Currently not in use".
 */
public final class PickupRules {

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private PickupRules() {
    }

    /**
     * Checks a pickup order before it is sent.
     *
     * @param order the order
     * @param now   the current time
     * @return every violation
     */
    public static List<Violation> violations(PickupOrder order, Instant now) {
        // the page: countryCode ("Two-letter ISO-3166-1 country code"), customerInformation.customerNumber and
        // companyName, pickupAddress.street, postalCode, city, email ("Max length: 60") and phoneNumber Required;
        // the catalogue: PICKUP-INPUT-010 (country code), -002 (postal code), -001 (any other input)
        Violations v = new Violations()
                .requireText(order.countryCode(), "countryCode", PICKUP_INPUT_010)
                .requireText(order.customer().customerNumber(), "customerInformation.customerNumber", PICKUP_INPUT_001)
                .requireText(order.customer().companyName(), "customerInformation.companyName", PICKUP_INPUT_001);
        if (!order.countryCode().isBlank()) {
            v.require(COUNTRIES.contains(order.countryCode().strip().toUpperCase(Locale.ROOT)), "countryCode",
                    PICKUP_INPUT_001, "must be a two-letter ISO 3166-1 country code, was " + order.countryCode());
        }
        PickupAddress a = order.address();
        v.requireText(a.street(), "pickupAddress.street", PICKUP_INPUT_001)
                .requireText(a.postalCode(), "pickupAddress.postalCode", PICKUP_INPUT_002)
                .requireText(a.city(), "pickupAddress.city", PICKUP_INPUT_001)
                .requireText(a.email(), "pickupAddress.email", PICKUP_INPUT_001)
                .maxLength(a.email(), 60, "pickupAddress.email", PICKUP_INPUT_001)
                .requireText(a.phoneNumber(), "pickupAddress.phoneNumber", PICKUP_INPUT_001);
        date(v, order, now);
        details(v, order);
        return v.toList();
    }

    /**
     * Checks a pickup order's customer number against the user's customer numbers: an unknown one
     * cannot order pickups ({@code PICKUP-INPUT-004}).
     *
     * @param order     the order
     * @param customers the user's customers
     * @return the violations
     */
    public static List<Violation> violationsAgainst(PickupOrder order, List<BookingCustomer> customers) {
        // the user's own customer list (GET /customers); the catalogue: PICKUP-INPUT-004
        String number = order.customer().customerNumber().strip();
        return new Violations().require(number.isEmpty()
                        || customers.stream().anyMatch(c -> c.customerNumber().equals(number)),
                "customerInformation.customerNumber", PICKUP_INPUT_004,
                "cannot be used to order pickup: " + number).toList();
    }

    // the page: pickupDate Required; the catalogue: PICKUP-INPUT-006 (the date), -007 "must be in the future"
    private static void date(Violations v, PickupOrder order, Instant now) {
        v.require(order.pickupDate().isPresent(), "pickupDate", PICKUP_INPUT_006, "must be given (yyyy-MM-dd)");
        ZoneId zone = order.timeZone().orElse(BringTime.ZONE);
        LocalDate today = LocalDate.ofInstant(now, zone);
        order.pickupDate().ifPresent(date -> v.require(!date.isBefore(today), "pickupDate", PICKUP_INPUT_007,
                "must not be in the past: " + date + " is before " + today));
    }

    // the catalogue: PICKUP-INPUT-003 (goods to pick up), -009 "Must be an integer larger than zero" (counts), -008
    // "weightInGrams is required, and must be an integer larger than zero"; the page: packages' weightInGrams and
    // volumeInDm3 "required for cargo pickup"
    private static void details(Violations v, PickupOrder order) {
        PickupDetails d = order.details();
        v.require(!d.isEmpty(), "pickupDetails", PICKUP_INPUT_003, "must give packages, pallets or post containers");
        items(v, "pickupDetails.packages", d.packages());
        items(v, "pickupDetails.pallets", d.pallets());
        items(v, "pickupDetails.postContainers", d.postContainers());
        if (order.service() == PickupService.CARGO) {
            v.require(d.packages().isPresent(), "pickupDetails.packages", PICKUP_INPUT_003,
                    "must be given for a cargo pickup");
            d.packages().ifPresent(p -> v
                    .require(p.weightInGrams().isPresent(), "pickupDetails.packages.weightInGrams", PICKUP_INPUT_008,
                            "is required for a cargo pickup")
                    .require(p.volumeInDm3().isPresent(), "pickupDetails.packages.volumeInDm3", PICKUP_INPUT_001,
                            "is required for a cargo pickup"));
        }
    }

    private static void items(Violations v, String field, Optional<PickupItems> items) {
        items.ifPresent(i -> v
                .require(i.count() > 0, field + ".count", PICKUP_INPUT_009, "must be an integer larger than zero")
                .require(i.weightInGrams().map(w -> w > 0).orElse(true), field + ".weightInGrams", PICKUP_INPUT_008,
                        "must be an integer larger than zero"));
    }
}
