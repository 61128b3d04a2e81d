package dev.bringport.domain.pickup;

import dev.bringport.domain.Decimals;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * How many packages, pallets or post containers to pick up, with their weight and volume
 * ({@code pickupDetails.packages}, {@code .pallets}, {@code .postContainers}).
 *
 * @param count         how many (an integer larger than zero: {@code PICKUP-INPUT-009})
 * @param weightInGrams total weight in grams (larger than zero: {@code PICKUP-INPUT-008}; required for cargo)
 * @param volumeInDm3   total volume (required for cargo packages)
 */
public record PickupItems(int count, Optional<Integer> weightInGrams, Optional<BigDecimal> volumeInDm3) {

    /**
     * Requires the optional parts and canonicalises the volume.
     *
     * @param count         how many (an integer larger than zero: {@code PICKUP-INPUT-009})
     * @param weightInGrams total weight in grams (larger than zero: {@code PICKUP-INPUT-008}; required for cargo)
     * @param volumeInDm3   total volume (required for cargo packages)
     */
    public PickupItems {
        Objects.requireNonNull(weightInGrams, "weightInGrams");
        volumeInDm3 = Objects.requireNonNull(volumeInDm3, "volumeInDm3").map(v -> Decimals.canonical(v, "volumeInDm3"));
    }

    /**
     * A count without weight or volume.
     *
     * @param count how many
     * @return the items
     */
    public static PickupItems of(int count) {
        return new PickupItems(count, Optional.empty(), Optional.empty());
    }

    /**
     * A count with its weight.
     *
     * @param count         how many
     * @param weightInGrams their weight
     * @return the items
     */
    public static PickupItems of(int count, int weightInGrams) {
        return new PickupItems(count, Optional.of(weightInGrams), Optional.empty());
    }

    /**
     * A count with weight and volume (cargo).
     *
     * @param count         how many
     * @param weightInGrams their weight
     * @param volumeInDm3   their volume
     * @return the items
     */
    public static PickupItems of(int count, int weightInGrams, BigDecimal volumeInDm3) {
        return new PickupItems(count, Optional.of(weightInGrams), Optional.of(volumeInDm3));
    }
}
