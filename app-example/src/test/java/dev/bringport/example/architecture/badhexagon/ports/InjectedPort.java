package dev.bringport.example.architecture.badhexagon.ports;

import com.google.inject.Inject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Breaks "Guice in the ports' guice package only": a Guice annotation on a port's class (its SLF4J logger is allowed). */
public class InjectedPort {
    private static final Logger LOG = LoggerFactory.getLogger(InjectedPort.class);

    @Inject
    public InjectedPort() {
        LOG.debug("made");
    }
}
