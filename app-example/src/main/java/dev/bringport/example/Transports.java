package dev.bringport.example;

import com.google.inject.Module;
import dev.bringport.adapter.inmemory.InMemoryBring;
import dev.bringport.adapter.inmemory.InMemoryBringModule;
import dev.bringport.ports.BringCredentials;
import java.time.Clock;
import java.util.Map;

/**
 * The composition root's one decision: which transport's Guice module provides the ports.
 * Nothing is discovered by accident; the in-memory Bring with the demo dataset is the default.
 */
final class Transports {

    private Transports() {
    }

    static Module module(Options options, Map<String, String> environment, Clock clock) {
        return switch (options.transport()) {
            case INMEMORY -> new InMemoryBringModule(InMemoryBring.builder().clock(clock).build().givenDemoData());
            case REST, SOAP -> {
                BringCredentials credentials = credentials(environment);
                throw new UsageException("the " + options.transport().option() + " transport is not part of this build"
                        + " yet; credentials for " + credentials.userId() + " were found");
            }
        };
    }

    private static BringCredentials credentials(Map<String, String> environment) {
        try {
            return BringCredentials.fromEnvironment(environment);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }
}
