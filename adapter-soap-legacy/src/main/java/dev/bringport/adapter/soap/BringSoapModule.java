package dev.bringport.adapter.soap;

import com.google.inject.AbstractModule;
import com.google.inject.Provider;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.multibindings.OptionalBinder;
import dev.bringport.ports.BringCredentials;
import dev.bringport.ports.ClientRules;
import dev.bringport.ports.booking.Booking;
import dev.bringport.ports.order.OrderManagement;
import dev.bringport.ports.pickup.Pickups;
import dev.bringport.ports.warehouse.Warehousing;
import java.util.Objects;
import java.util.Optional;

/**
 * Guice wiring of Bring's SOAP services: binds the four ports and the {@link BringSoap} behind
 * them. Choose it explicitly in the composition root; nothing is discovered by accident. A
 * {@link ClientRules} bound elsewhere decides whether the ports check Bring's rules before
 * sending; without one, the adapter's own setting (on by default) stays.
 *
 * <pre>{@code
 * Injector injector = Guice.createInjector(new BringSoapModule(BringSoap.builder()
 *         .credentials(credentials).host(URI.create("http://127.0.0.1:8080")).build()));
 * Booking booking = injector.getInstance(Booking.class);
 * }</pre>
 *
 * <p>Needs {@code com.google.inject:guice} on the class path (an optional dependency of this module).
 *
 * @deprecated Bring has deprecated its SOAP services (rate limited from 1 September 2024); use the
 *     REST adapter's module.
 */
@Deprecated(since = "0.1.0")
public final class BringSoapModule extends AbstractModule {

    private final BringSoap soap;

    /**
     * Wires the SOAP services at Bring's addresses with the library's defaults.
     *
     * @param credentials the Mybring user, API key and client URL
     */
    public BringSoapModule(BringCredentials credentials) {
        this(BringSoap.builder().credentials(credentials).build());
    }

    /**
     * Wires a configured adapter (host, timeouts, retry policy, rate limit).
     *
     * @param soap the adapter
     */
    public BringSoapModule(BringSoap soap) {
        this.soap = Objects.requireNonNull(soap, "soap");
    }

    @Override
    protected void configure() {
        OptionalBinder.newOptionalBinder(binder(), ClientRules.class);
        Provider<BringSoap> bound = getProvider(BringSoap.class);
        bind(OrderManagement.class).toProvider(() -> bound.get().orderManagement());
        bind(Warehousing.class).toProvider(() -> bound.get().warehousing());
        bind(Booking.class).toProvider(() -> bound.get().booking());
        bind(Pickups.class).toProvider(() -> bound.get().pickups());
    }

    @Provides
    @Singleton
    BringSoap bringSoap(Optional<ClientRules> clientRules) {
        return clientRules.map(soap::withClientRules).orElse(soap);
    }
}
