package dev.bringport.domain.booking;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * A package of a booked consignment, with the package number Bring gave it (an 18-digit SSCC).
 *
 * @param packageNumber the package number
 * @param correlationId your id for the package, as sent
 * @param labelFreeCode a code for label-free hand-in, when given
 * @param qrCodeLink    the QR code, when requested
 */
public record BookedPackage(String packageNumber, Optional<String> correlationId, Optional<String> labelFreeCode,
                            Optional<URI> qrCodeLink) {

    /**
     * Requires a package number.
     *
     * @param packageNumber the package number
     * @param correlationId your id for the package, as sent
     * @param labelFreeCode a code for label-free hand-in, when given
     * @param qrCodeLink    the QR code, when requested
     */
    public BookedPackage {
        Objects.requireNonNull(packageNumber, "packageNumber");
        correlationId = Objects.requireNonNull(correlationId, "correlationId").filter(s -> !s.isBlank());
        labelFreeCode = Objects.requireNonNull(labelFreeCode, "labelFreeCode").filter(s -> !s.isBlank());
        Objects.requireNonNull(qrCodeLink, "qrCodeLink");
    }
}
