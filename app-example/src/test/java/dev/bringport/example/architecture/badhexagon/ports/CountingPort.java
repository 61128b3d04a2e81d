package dev.bringport.example.architecture.badhexagon.ports;

import io.micrometer.core.instrument.Counter;

/** Breaks "Micrometer in the ports' metrics package only": a meter in a port's class. */
public interface CountingPort {
    Counter calls();
}
