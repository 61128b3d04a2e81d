package dev.bringport.example;

import com.google.inject.AbstractModule;
import dev.bringport.ports.booking.Booking;
import dev.bringport.ports.migration.BringPorts;
import dev.bringport.ports.migration.FallbackListener;
import dev.bringport.ports.migration.Shadow;
import dev.bringport.ports.migration.TransportPlan;
import dev.bringport.ports.order.OrderManagement;
import dev.bringport.ports.pickup.Pickups;
import dev.bringport.ports.warehouse.Warehousing;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The one place that builds the ports from configuration: the transports a {@link TransportPlan}
 * names are built, composed with its routes, fallback and shadow, and the four ports bound. A
 * wrong or contradictory plan fails when the module is made, at start-up, with the plan's own
 * message, not at the first call. Without Guice, {@link TransportPlan#compose} does the same.
 */
public final class BringportModule extends AbstractModule {

    private final TransportPlan plan;
    private final BringPorts ports;

    /**
     * Wires a plan.
     *
     * @param plan       which transport carries which operation
     * @param transports builds a transport's ports by name
     * @param fallbacks  told of every fallback
     * @param shadow     compares shadowed reads, when the plan has a shadow
     * @throws IllegalArgumentException when the plan is wrong or contradicts itself
     */
    public BringportModule(TransportPlan plan, Function<String, BringPorts> transports, FallbackListener fallbacks,
                           Optional<Shadow> shadow) {
        this.plan = Objects.requireNonNull(plan, "plan");
        Map<String, BringPorts> built = new LinkedHashMap<>();
        plan.transports().forEach(name -> built.put(name, transports.apply(name)));
        this.ports = plan.compose(built, fallbacks, shadow);
    }

    @Override
    protected void configure() {
        bind(TransportPlan.class).toInstance(plan);
        bind(BringPorts.class).toInstance(ports);
        bind(OrderManagement.class).toInstance(ports.orderManagement());
        bind(Warehousing.class).toInstance(ports.warehousing());
        bind(Booking.class).toInstance(ports.booking());
        bind(Pickups.class).toInstance(ports.pickups());
    }
}
