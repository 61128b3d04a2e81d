package dev.bringport.adapter.inmemory;

import dev.bringport.ports.booking.Booking;
import dev.bringport.ports.order.OrderManagement;
import dev.bringport.ports.pickup.Pickups;
import dev.bringport.ports.warehouse.Warehousing;

/**
 * The four ports of the in-memory Bring, acting as one Mybring user.
 *
 * @param orderManagement Order Management
 * @param warehousing     Warehousing
 * @param booking         Booking
 * @param pickups         Pickups
 */
public record InMemoryPorts(OrderManagement orderManagement, Warehousing warehousing, Booking booking,
                            Pickups pickups) {
}
