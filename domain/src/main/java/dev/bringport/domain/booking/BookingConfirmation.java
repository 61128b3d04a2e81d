package dev.bringport.domain.booking;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Bring's confirmation of a booked consignment ({@code consignments[0].confirmation}).
 *
 * @param correlationId            your id for the consignment, as sent
 * @param consignmentNumber        the consignment number Bring gave it (17 digits for Bring parcels)
 * @param links                    label, tracking and waybill links
 * @param earliestPickup           earliest pickup, when Bring gives one
 * @param expectedDelivery         expected delivery, when Bring gives one
 * @param packages                 the packages with their package numbers
 * @param upsShipmentNumber        {@code productSpecificData.upsShipmentNumber}, for UPS services
 * @param upsTrackingNumber        {@code productSpecificData.upsTrackingNumber}, for UPS services
 * @param returnConsignmentNumber  the consignment number of the return shipment, when a return product was booked
 * @param returnLinks              the return shipment's links
 */
public record BookingConfirmation(Optional<String> correlationId, String consignmentNumber, ConsignmentLinks links,
                                  Optional<Instant> earliestPickup, Optional<Instant> expectedDelivery,
                                  List<BookedPackage> packages, Optional<String> upsShipmentNumber,
                                  Optional<String> upsTrackingNumber, Optional<String> returnConsignmentNumber,
                                  Optional<ConsignmentLinks> returnLinks) {

    /**
     * Requires a consignment number and links.
     *
     * @param correlationId            your id for the consignment, as sent
     * @param consignmentNumber        the consignment number Bring gave it (17 digits for Bring parcels)
     * @param links                    label, tracking and waybill links
     * @param earliestPickup           earliest pickup, when Bring gives one
     * @param expectedDelivery         expected delivery, when Bring gives one
     * @param packages                 the packages with their package numbers
     * @param upsShipmentNumber        {@code productSpecificData.upsShipmentNumber}, for UPS services
     * @param upsTrackingNumber        {@code productSpecificData.upsTrackingNumber}, for UPS services
     * @param returnConsignmentNumber  the consignment number of the return shipment, when a return product was booked
     * @param returnLinks              the return shipment's links
     */
    public BookingConfirmation {
        correlationId = Objects.requireNonNull(correlationId, "correlationId").filter(s -> !s.isBlank());
        Objects.requireNonNull(consignmentNumber, "consignmentNumber");
        Objects.requireNonNull(links, "links");
        Objects.requireNonNull(earliestPickup, "earliestPickup");
        Objects.requireNonNull(expectedDelivery, "expectedDelivery");
        packages = List.copyOf(packages);
        upsShipmentNumber = Objects.requireNonNull(upsShipmentNumber, "upsShipmentNumber").filter(s -> !s.isBlank());
        upsTrackingNumber = Objects.requireNonNull(upsTrackingNumber, "upsTrackingNumber").filter(s -> !s.isBlank());
        returnConsignmentNumber = Objects.requireNonNull(returnConsignmentNumber, "returnConsignmentNumber")
                .filter(s -> !s.isBlank());
        Objects.requireNonNull(returnLinks, "returnLinks");
    }
}
