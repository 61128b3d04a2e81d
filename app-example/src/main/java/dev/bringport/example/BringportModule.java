package dev.bringport.example;

import com.google.inject.AbstractModule;
import com.google.inject.Module;
import dev.bringport.ports.guice.TransportPlanModule;
import dev.bringport.ports.migration.FallbackListener;
import dev.bringport.ports.migration.Shadow;
import dev.bringport.ports.migration.TransportPlan;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The tool's wiring: the library's modules of the transports a {@link TransportPlan} names (and
 * only those: a transport not named needs no credentials), the library's
 * {@link TransportPlanModule} composing them, and where the tool's fallback notes and shadow
 * comparisons go. A wrong or contradictory plan fails when the injector is made, with the plan's
 * own message.
 */
final class BringportModule extends AbstractModule {

    private final TransportPlan plan;
    private final Function<String, Module> transports;
    private final FallbackListener fallbacks;
    private final Optional<Shadow> shadow;

    /**
     * Wires a plan.
     *
     * @param plan       which transport carries which operation
     * @param transports a transport's module by name: {@code BringRestModule}, {@code BringSoapModule}, {@code InMemoryBringModule}
     * @param fallbacks  told of every fallback
     * @param shadow     compares shadowed reads, when the plan has a shadow
     */
    BringportModule(TransportPlan plan, Function<String, Module> transports, FallbackListener fallbacks,
                    Optional<Shadow> shadow) {
        this.plan = Objects.requireNonNull(plan, "plan");
        this.transports = Objects.requireNonNull(transports, "transports");
        this.fallbacks = Objects.requireNonNull(fallbacks, "fallbacks");
        this.shadow = Objects.requireNonNull(shadow, "shadow");
    }

    @Override
    protected void configure() {
        plan.transports().forEach(name -> install(transports.apply(name)));
        install(new TransportPlanModule(plan));
        bind(FallbackListener.class).toInstance(fallbacks);
        shadow.ifPresent(s -> bind(Shadow.class).toInstance(s));
    }
}
