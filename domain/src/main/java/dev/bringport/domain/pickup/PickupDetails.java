package dev.bringport.domain.pickup;

import java.util.Objects;
import java.util.Optional;

/**
 * What to pick up ({@code pickupDetails}), per kind of goods item. At least one must be given.
 *
 * @param packages       packages (parcel and cargo pickups)
 * @param pallets        pallets (parcel pickups in Norway and the Nordics)
 * @param postContainers post containers (parcel pickups in Norway)
 */
public record PickupDetails(Optional<PickupItems> packages, Optional<PickupItems> pallets,
                            Optional<PickupItems> postContainers) {

    /**
     * Requires the (possibly empty) parts.
     *
     * @param packages       packages (parcel and cargo pickups)
     * @param pallets        pallets (parcel pickups in Norway and the Nordics)
     * @param postContainers post containers (parcel pickups in Norway)
     */
    public PickupDetails {
        Objects.requireNonNull(packages, "packages");
        Objects.requireNonNull(pallets, "pallets");
        Objects.requireNonNull(postContainers, "postContainers");
    }

    /**
     * Packages only.
     *
     * @param packages the packages
     * @return the details
     */
    public static PickupDetails packages(PickupItems packages) {
        return new PickupDetails(Optional.of(packages), Optional.empty(), Optional.empty());
    }

    /**
     * Whether nothing is given.
     *
     * @return whether there are neither packages, pallets nor post containers
     */
    public boolean isEmpty() {
        return packages.isEmpty() && pallets.isEmpty() && postContainers.isEmpty();
    }
}
