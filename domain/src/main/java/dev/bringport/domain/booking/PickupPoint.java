package dev.bringport.domain.booking;

import java.util.Objects;

/**
 * The pickup point a parcel is delivered to ({@code parties.pickupPoint}).
 *
 * @param id          the pickup point id
 * @param countryCode its country, ISO 3166-1 alpha-2
 */
public record PickupPoint(String id, String countryCode) {

    /**
     * Requires both parts (blank ones are reported by {@link BookingRules}).
     *
     * @param id          the pickup point id
     * @param countryCode its country, ISO 3166-1 alpha-2
     */
    public PickupPoint {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(countryCode, "countryCode");
    }
}
