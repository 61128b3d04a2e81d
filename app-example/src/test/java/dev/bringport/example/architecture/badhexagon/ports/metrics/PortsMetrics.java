package dev.bringport.example.architecture.badhexagon.ports.metrics;

import io.micrometer.core.instrument.MeterRegistry;

/** Follows the rules: Micrometer in the ports' metrics package. */
public class PortsMetrics {
    private final MeterRegistry registry;

    public PortsMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    public void count(String operation) {
        registry.counter("calls", "operation", operation).increment();
    }
}
