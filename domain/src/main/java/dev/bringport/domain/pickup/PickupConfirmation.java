package dev.bringport.domain.pickup;

import java.net.URI;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Bring's confirmation of a pickup order ({@code pickupConfirmation}).
 *
 * @param status         the status, e.g. {@code OK}
 * @param earliestPickup the earliest pickup
 * @param latestPickup   the latest pickup, when given
 * @param url            the receipt, when given
 * @param packageNumber  a package number, when given
 */
public record PickupConfirmation(String status, Instant earliestPickup, Optional<Instant> latestPickup,
                                 Optional<URI> url, Optional<String> packageNumber) {

    /**
     * Requires status and earliest pickup.
     *
     * @param status         the status, e.g. {@code OK}
     * @param earliestPickup the earliest pickup
     * @param latestPickup   the latest pickup, when given
     * @param url            the receipt, when given
     * @param packageNumber  a package number, when given
     */
    public PickupConfirmation {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(earliestPickup, "earliestPickupDate");
        Objects.requireNonNull(latestPickup, "latestPickupDate");
        Objects.requireNonNull(url, "url");
        packageNumber = Objects.requireNonNull(packageNumber, "packageNumber").filter(s -> !s.isBlank());
    }
}
