package dev.bringport.ports.guice;

import com.google.inject.AbstractModule;
import com.google.inject.Inject;
import com.google.inject.Provider;
import com.google.inject.multibindings.MapBinder;
import com.google.inject.multibindings.OptionalBinder;
import dev.bringport.ports.migration.BringPorts;
import dev.bringport.ports.migration.FallbackListener;
import dev.bringport.ports.migration.Shadow;
import dev.bringport.ports.migration.TransportPlan;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Composes the four ports from the transports installed (the adapters' modules: {@code rest},
 * {@code soap}, {@code inmemory}) as a {@link TransportPlan} says: which transport carries each
 * operation, which covers when it provably did not act, which is asked too, to compare. Binds
 * {@link TransportPlan}, {@link BringPorts} and the four ports, composed when the injector is
 * created, so that a wrong plan, or one naming a transport that is not installed, fails at start-up
 * with the plan's own message.
 *
 * <pre>{@code
 * Injector injector = Guice.createInjector(
 *         new BringRestModule(rest), new BringSoapModule(soap),
 *         new TransportPlanModule(TransportPlan.fromEnvironment(System.getenv(), "rest")));
 * Booking booking = injector.getInstance(Booking.class);
 * }</pre>
 *
 * <p>Bind a {@link FallbackListener} to hear of fallbacks
 * ({@code bind(FallbackListener.class).toInstance(...)}), and a {@link Shadow} when the plan has a
 * shadow. Needs {@code com.google.inject:guice} on the class path (an optional dependency of the
 * ports).
 */
public final class TransportPlanModule extends AbstractModule {

    private final TransportPlan plan;

    /**
     * Composes the ports by a plan.
     *
     * @param plan which transport carries which operation, e.g. {@link TransportPlan#fromEnvironment}
     */
    public TransportPlanModule(TransportPlan plan) {
        this.plan = Objects.requireNonNull(plan, "plan");
    }

    @Override
    protected void configure() {
        MapBinder.newMapBinder(binder(), String.class, BringPorts.class);
        install(new Transports.PortsOfTheTransports());
        bind(TransportPlan.class).toInstance(plan);
        OptionalBinder.newOptionalBinder(binder(), FallbackListener.class);
        OptionalBinder.newOptionalBinder(binder(), Shadow.class);
        OptionalBinder.newOptionalBinder(binder(), BringPorts.class).setBinding().toProvider(Composition.class)
                .asEagerSingleton();
    }

    /** The ports as the plan composes them from the transports installed. */
    private static final class Composition implements Provider<BringPorts> {

        private final TransportPlan plan;
        private final Map<String, Provider<BringPorts>> installed;
        private final FallbackListener fallbacks;
        private final Optional<Shadow> shadow;

        @Inject
        Composition(TransportPlan plan, Map<String, Provider<BringPorts>> installed, Optional<FallbackListener> fallbacks,
                    Optional<Shadow> shadow) {
            this.plan = plan;
            this.installed = installed;
            this.fallbacks = fallbacks.orElse(FallbackListener.NONE);
            this.shadow = shadow;
        }

        @Override
        public BringPorts get() {
            Map<String, BringPorts> transports = new LinkedHashMap<>();
            installed.forEach((name, ports) -> transports.put(name, ports.get()));
            return plan.compose(transports, fallbacks, shadow);
        }
    }
}
