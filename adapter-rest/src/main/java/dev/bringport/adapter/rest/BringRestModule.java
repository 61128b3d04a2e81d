package dev.bringport.adapter.rest;

import com.google.inject.AbstractModule;
import com.google.inject.Provider;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.multibindings.OptionalBinder;
import dev.bringport.ports.ClientRules;
import dev.bringport.ports.booking.Booking;
import dev.bringport.ports.order.OrderManagement;
import dev.bringport.ports.pickup.Pickups;
import dev.bringport.ports.warehouse.Warehousing;
import java.util.Objects;
import java.util.Optional;

/**
 * Guice wiring of the REST adapter: binds the four ports of one {@link BringRest}. A
 * {@link ClientRules} bound elsewhere ({@code bind(ClientRules.class).toInstance(ClientRules.OFF)})
 * decides whether they check Bring's rules before sending; without one, the adapter's own setting
 * (on by default) stays.
 */
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
        OptionalBinder.newOptionalBinder(binder(), ClientRules.class);
        Provider<BringRest> rest = getProvider(BringRest.class);
        bind(OrderManagement.class).toProvider(() -> rest.get().orderManagement());
        bind(Warehousing.class).toProvider(() -> rest.get().warehousing());
        bind(Booking.class).toProvider(() -> rest.get().booking());
        bind(Pickups.class).toProvider(() -> rest.get().pickups());
    }

    @Provides
    @Singleton
    BringRest bringRest(Optional<ClientRules> clientRules) {
        return clientRules.map(bring::withClientRules).orElse(bring);
    }
}
