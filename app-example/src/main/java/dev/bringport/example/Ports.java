package dev.bringport.example;

import com.google.inject.Inject;
import dev.bringport.ports.booking.Booking;
import dev.bringport.ports.order.OrderManagement;
import dev.bringport.ports.pickup.Pickups;
import dev.bringport.ports.warehouse.Warehousing;

/**
 * The ports the tool works with, as the chosen transport's Guice module binds them.
 *
 * @param orderManagement Order Management
 * @param warehousing     Warehousing
 * @param booking         Booking
 * @param pickups         Pickups
 */
record Ports(OrderManagement orderManagement, Warehousing warehousing, Booking booking, Pickups pickups) {

    @Inject
    Ports {
    }
}
