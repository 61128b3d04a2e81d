package dev.bringport.ports.migration;

import dev.bringport.ports.Capability;
import dev.bringport.ports.Transport;
import dev.bringport.ports.booking.Booking;
import dev.bringport.ports.order.OrderManagement;
import dev.bringport.ports.pickup.Pickups;
import dev.bringport.ports.warehouse.Warehousing;
import java.util.Objects;

/**
 * The four ports of one transport (or of a composition of transports).
 *
 * @param orderManagement Order Management
 * @param warehousing     Warehousing
 * @param booking         Booking
 * @param pickups         Pickups
 */
public record BringPorts(OrderManagement orderManagement, Warehousing warehousing, Booking booking, Pickups pickups) {

    /**
     * Requires all four.
     *
     * @param orderManagement Order Management
     * @param warehousing     Warehousing
     * @param booking         Booking
     * @param pickups         Pickups
     */
    public BringPorts {
        Objects.requireNonNull(orderManagement, "orderManagement");
        Objects.requireNonNull(warehousing, "warehousing");
        Objects.requireNonNull(booking, "booking");
        Objects.requireNonNull(pickups, "pickups");
    }

    /**
     * The port of a capability.
     *
     * @param capability the capability
     * @return its port
     */
    public Transport port(Capability capability) {
        return switch (capability) {
            case ORDER_MANAGEMENT -> orderManagement;
            case WAREHOUSING -> warehousing;
            case BOOKING -> booking;
            case PICKUPS -> pickups;
        };
    }
}
