package dev.bringport.domain.pickup;

import java.util.Objects;

/**
 * Who orders the pickup ({@code customerInformation}).
 *
 * @param customerNumber the customer number (required)
 * @param companyName    the company (required)
 */
public record PickupCustomer(String customerNumber, String companyName) {

    /**
     * Requires both parts (blank ones are reported by {@link PickupRules}).
     *
     * @param customerNumber the customer number (required)
     * @param companyName    the company (required)
     */
    public PickupCustomer {
        Objects.requireNonNull(customerNumber, "customerNumber");
        Objects.requireNonNull(companyName, "companyName");
    }
}
