package dev.bringport.domain.booking;

import java.util.List;
import java.util.Objects;

/**
 * The return service that generates a return shipment along with the outgoing one
 * ({@code returnProduct}), e.g. {@code 9650} with additional service {@code 1073}.
 *
 * @param id                 the return product id
 * @param additionalServices its additional services
 */
public record ReturnProduct(String id, List<AdditionalService> additionalServices) {

    /**
     * Requires an id (blank is reported by {@link BookingRules}) and copies the services.
     *
     * @param id                 the return product id
     * @param additionalServices its additional services
     */
    public ReturnProduct {
        Objects.requireNonNull(id, "id");
        additionalServices = List.copyOf(additionalServices);
    }
}
