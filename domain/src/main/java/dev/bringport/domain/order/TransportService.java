package dev.bringport.domain.order;

import java.util.List;
import java.util.Objects;

/**
 * The transport service for shipping an order ({@code TransportService BasicServiceCode},
 * {@code AdditionalService AdditionalServiceCode}), codes from Bring's service list.
 *
 * @param basicServiceCode       e.g. {@code SERVICEPAKKE}
 * @param additionalServiceCodes e.g. {@code EVARSLING}
 */
public record TransportService(String basicServiceCode, List<String> additionalServiceCodes) {

    /**
     * Requires a (possibly blank) basic service code and copies the list.
     *
     * @param basicServiceCode       e.g. {@code SERVICEPAKKE}
     * @param additionalServiceCodes e.g. {@code EVARSLING}
     */
    public TransportService {
        Objects.requireNonNull(basicServiceCode, "basicServiceCode");
        additionalServiceCodes = List.copyOf(additionalServiceCodes);
    }
}
