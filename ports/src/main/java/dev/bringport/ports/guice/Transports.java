package dev.bringport.ports.guice;

import com.google.inject.AbstractModule;
import com.google.inject.Binder;
import com.google.inject.Inject;
import com.google.inject.Provider;
import com.google.inject.Singleton;
import com.google.inject.multibindings.MapBinder;
import com.google.inject.multibindings.Multibinder;
import com.google.inject.multibindings.OptionalBinder;
import dev.bringport.ports.booking.Booking;
import dev.bringport.ports.migration.BringPorts;
import dev.bringport.ports.order.OrderManagement;
import dev.bringport.ports.pickup.Pickups;
import dev.bringport.ports.transport.CallListener;
import dev.bringport.ports.warehouse.Warehousing;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * How the adapters' Guice modules compose: each contributes its four ports under its transport's
 * name ({@code rest}, {@code soap}, {@code inmemory}) to a {@code Map<String, BringPorts>}, and the
 * injector binds {@link BringPorts}, {@link OrderManagement}, {@link Warehousing}, {@link Booking}
 * and {@link Pickups} once: to the one transport installed, or, when several are, to what a
 * {@link TransportPlanModule} composes from them. Several transports without a plan are an error
 * that says so, when the ports are first asked for.
 *
 * <p>For the modules of transports (the adapters' own, or an application's); applications install
 * those modules and, for several, a {@link TransportPlanModule}.
 */
public final class Transports {

    private Transports() {
    }

    /**
     * Contributes a transport's ports under its name, and makes the injector bind the four ports
     * (once, whichever modules contribute). Declares the {@link CallListener}s the application may
     * bind ({@code Multibinder.newSetBinder(binder(), CallListener.class).addBinding()...}), which
     * the transport should tell of its calls.
     *
     * @param binder    the contributing module's binder
     * @param transport the transport's name in a {@link dev.bringport.ports.migration.TransportPlan}, e.g. {@code rest}
     * @param ports     the transport's ports
     */
    public static void contribute(Binder binder, String transport, Provider<BringPorts> ports) {
        Objects.requireNonNull(transport, "transport");
        MapBinder.newMapBinder(binder, String.class, BringPorts.class).addBinding(transport).toProvider(ports);
        Multibinder.newSetBinder(binder, CallListener.class);
        binder.install(new PortsOfTheTransports());
    }

    /**
     * Binds the four ports to {@link BringPorts}, and {@link BringPorts} by default to the one
     * transport installed. Installed by every contribution; Guice installs it once, as equal
     * modules are.
     */
    static final class PortsOfTheTransports extends AbstractModule {

        @Override
        protected void configure() {
            OptionalBinder.newOptionalBinder(binder(), BringPorts.class).setDefault().toProvider(TheOnlyTransport.class)
                    .in(Singleton.class);
            Provider<BringPorts> ports = getProvider(BringPorts.class);
            bind(OrderManagement.class).toProvider(() -> ports.get().orderManagement());
            bind(Warehousing.class).toProvider(() -> ports.get().warehousing());
            bind(Booking.class).toProvider(() -> ports.get().booking());
            bind(Pickups.class).toProvider(() -> ports.get().pickups());
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof PortsOfTheTransports;
        }

        @Override
        public int hashCode() {
            return PortsOfTheTransports.class.hashCode();
        }
    }

    /** The ports of the one transport installed; several need a plan to say which carries what. */
    private static final class TheOnlyTransport implements Provider<BringPorts> {

        private final Map<String, Provider<BringPorts>> installed;

        @Inject
        TheOnlyTransport(Map<String, Provider<BringPorts>> installed) {
            this.installed = installed;
        }

        @Override
        public BringPorts get() {
            if (installed.size() != 1) {
                throw new IllegalStateException(installed.size() + " transports are installed " + new TreeSet<>(
                        installed.keySet()) + ": install a TransportPlanModule to say which carries which operation");
            }
            return installed.values().iterator().next().get();
        }
    }
}
