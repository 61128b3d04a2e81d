package dev.bringport.adapter.inmemory;

import com.google.inject.AbstractModule;
import dev.bringport.ports.booking.Booking;
import dev.bringport.ports.order.OrderManagement;
import dev.bringport.ports.pickup.Pickups;
import dev.bringport.ports.warehouse.Warehousing;
import java.util.Objects;

/**
 * Guice wiring of the in-memory Bring: binds the four ports (as the default user) and the
 * {@link InMemoryBring} itself, so tests can seed it and read back what it received.
 */
public final class InMemoryBringModule extends AbstractModule {

    private final InMemoryBring bring;

    /**
     * Wires an empty in-memory Bring.
     */
    public InMemoryBringModule() {
        this(InMemoryBring.create());
    }

    /**
     * Wires a given in-memory Bring.
     *
     * @param bring the fake, e.g. {@link InMemoryBring#withDemoData()}
     */
    public InMemoryBringModule(InMemoryBring bring) {
        this.bring = Objects.requireNonNull(bring, "bring");
    }

    @Override
    protected void configure() {
        bind(InMemoryBring.class).toInstance(bring);
        bind(OrderManagement.class).toInstance(bring.orderManagement());
        bind(Warehousing.class).toInstance(bring.warehousing());
        bind(Booking.class).toInstance(bring.booking());
        bind(Pickups.class).toInstance(bring.pickups());
    }
}
