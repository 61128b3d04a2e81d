package dev.bringport.example.architecture.badhexagon.ports.guice;

import com.google.inject.AbstractModule;
import io.micrometer.core.instrument.MeterRegistry;

/** Guice is allowed here, Micrometer is not: its registry is a violation, its superclass is not. */
public class PortsModule extends AbstractModule {
    private final MeterRegistry registry;

    public PortsModule(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    protected void configure() {
        bind(MeterRegistry.class).toInstance(registry);
    }
}
