package dev.bringport.adapter.rest;

import com.google.inject.AbstractModule;
import dev.bringport.ports.booking.Booking;
import dev.bringport.ports.order.OrderManagement;
import dev.bringport.ports.pickup.Pickups;
import dev.bringport.ports.warehouse.Warehousing;
import java.util.Objects;

/** Guice wiring of the REST adapter: binds the four ports of one {@link BringRest}. */
public final class BringRestModule extends AbstractModule {

    private final BringRest bring;

    /**
     * Wires a configured adapter.
     *
     * @param bring the adapter, e.g. {@code BringRest.builder().credentialsFromEnvironment(System.getenv()).build()}
     */
    public BringRestModule(BringRest bring) {
        this.bring = Objects.requireNonNull(bring, "bring");
    }

    @Override
    protected void configure() {
        bind(BringRest.class).toInstance(bring);
        bind(OrderManagement.class).toInstance(bring.orderManagement());
        bind(Warehousing.class).toInstance(bring.warehousing());
        bind(Booking.class).toInstance(bring.booking());
        bind(Pickups.class).toInstance(bring.pickups());
    }
}
