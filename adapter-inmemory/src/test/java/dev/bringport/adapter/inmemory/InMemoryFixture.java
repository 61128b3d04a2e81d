package dev.bringport.adapter.inmemory;

import dev.bringport.ports.booking.Booking;
import dev.bringport.ports.order.OrderManagement;
import dev.bringport.ports.pickup.Pickups;
import dev.bringport.ports.warehouse.Warehousing;

/** The contract suite's view of an in-memory Bring with a fixed clock and sequential numbers. */
class InMemoryFixture extends InMemoryBackedFixture {

    final InMemoryBring bring = fixedBring();

    @Override
    protected InMemoryBring bring() {
        return bring;
    }

    @Override
    public OrderManagement orderManagement() {
        return bring.orderManagement();
    }

    @Override
    public Warehousing warehousing() {
        return bring.warehousing();
    }

    @Override
    public Booking booking() {
        return bring.booking();
    }

    @Override
    public Pickups pickups() {
        return bring.pickups();
    }
}
