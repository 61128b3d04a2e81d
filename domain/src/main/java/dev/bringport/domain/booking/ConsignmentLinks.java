package dev.bringport.domain.booking;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * The links Bring answers a booking with ({@code links}).
 *
 * @param labels          the label PDF, fetched with the same credentials
 * @param labelArchiveUrl the label archive
 * @param waybill         the waybill PDF, for services that have one
 * @param tracking        the public tracking page
 */
public record ConsignmentLinks(Optional<URI> labels, Optional<URI> labelArchiveUrl, Optional<URI> waybill, URI tracking) {

    /**
     * Requires a tracking link.
     *
     * @param labels          the label PDF, fetched with the same credentials
     * @param labelArchiveUrl the label archive
     * @param waybill         the waybill PDF, for services that have one
     * @param tracking        the public tracking page
     */
    public ConsignmentLinks {
        Objects.requireNonNull(labels, "labels");
        Objects.requireNonNull(labelArchiveUrl, "labelArchiveUrl");
        Objects.requireNonNull(waybill, "waybill");
        Objects.requireNonNull(tracking, "tracking");
    }
}
