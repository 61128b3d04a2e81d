package dev.bringport.adapter.rest;

import com.google.inject.AbstractModule;
import com.google.inject.Provider;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.multibindings.OptionalBinder;
import dev.bringport.ports.ClientRules;
import dev.bringport.ports.guice.Transports;
import dev.bringport.ports.transport.CallListener;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Guice wiring of the REST adapter: binds the {@link BringRest} and contributes its four ports as
 * the transport {@value #TRANSPORT}. Installed alone, it binds the ports themselves
 * ({@code OrderManagement}, {@code Warehousing}, {@code Booking}, {@code Pickups} and
 * {@code BringPorts}); installed with the SOAP or in-memory module, a
 * {@link dev.bringport.ports.guice.TransportPlanModule} says which transport carries what.
 *
 * <p>A {@link ClientRules} bound elsewhere ({@code bind(ClientRules.class).toInstance(ClientRules.OFF)})
 * decides whether the ports check Bring's rules before sending; without one, the adapter's own
 * setting (on by default) stays. The {@link CallListener}s bound in a set
 * ({@code Multibinder.newSetBinder(binder(), CallListener.class).addBinding().toInstance(...)}) are
 * told of every attempt, after the adapter's own listener.
 *
 * <p>Needs {@code com.google.inject:guice} on the class path (an optional dependency of this module).
 */
public final class BringRestModule extends AbstractModule {

    /** The transport's name in a {@link dev.bringport.ports.migration.TransportPlan}. */
    public static final String TRANSPORT = "rest";

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
        Transports.contribute(binder(), TRANSPORT, () -> rest.get().ports());
    }

    @Provides
    @Singleton
    BringRest bringRest(Optional<ClientRules> clientRules, Set<CallListener> listeners) {
        return clientRules.map(bring::withClientRules).orElse(bring).alsoTelling(CallListener.all(List.copyOf(listeners)));
    }
}
