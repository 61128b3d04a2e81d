package dev.bringport.example;

import com.google.inject.Module;
import dev.bringport.adapter.inmemory.InMemoryBring;
import dev.bringport.adapter.inmemory.InMemoryBringModule;
import dev.bringport.adapter.rest.BringRest;
import dev.bringport.adapter.rest.BringRestModule;
import dev.bringport.adapter.rest.simulator.BringSimulator;
import dev.bringport.adapter.soap.BringSoap;
import dev.bringport.adapter.soap.BringSoapModule;
import dev.bringport.adapter.soap.SimulatedBring;
import dev.bringport.ports.BringCredentials;
import dev.bringport.ports.RetryPolicy;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * One Bring behind both of its protocols, as during a migration: Bring's REST APIs (the REST
 * adapter's simulator) and its deprecated SOAP services (the SOAP adapter's in-process Metro
 * services), both in front of the same in-memory Bring with the demo data, on 127.0.0.1. Builds
 * the modules of the transports {@code rest}, {@code soap} and {@code inmemory} the way the example
 * application does, with quick retries and a one-second SOAP timeout for the tests.
 */
final class TwoProtocolBring implements AutoCloseable {

    static final BringCredentials CREDENTIALS = new BringCredentials(InMemoryBring.DEFAULT_USER,
            BringSimulator.DEFAULT_KEY, URI.create("https://shop.example.com"));
    /** Three attempts, a few milliseconds apart. */
    static final RetryPolicy QUICK_RETRIES = new RetryPolicy(3, Duration.ofMillis(1), Duration.ofMillis(5), 0,
            Duration.ofSeconds(1));
    /** How long a SOAP call may take in these tests. */
    static final Duration SOAP_TIMEOUT = Duration.ofSeconds(1);

    private final Clock clock;
    private final BringCredentials credentials;
    private final InMemoryBring bring;
    private final BringSimulator rest;
    private final SimulatedBring soap;

    /**
     * Starts both protocols.
     *
     * @param clock       the clock of both Brings and the adapters
     * @param credentials what the adapters send, and the REST simulator accepts
     * @param beforeRest  routes the REST simulator answers before Bring's own (first match wins)
     */
    TwoProtocolBring(Clock clock, BringCredentials credentials, Consumer<BringSimulator> beforeRest) {
        this.clock = clock;
        this.credentials = credentials;
        this.bring = InMemoryBring.builder().clock(clock).build().givenDemoData();
        this.rest = BringSimulator.start(bring).user(credentials.userId(), credentials.apiKey());
        beforeRest.accept(rest);
        this.soap = new SimulatedBring(bring);
    }

    TwoProtocolBring(Clock clock, Consumer<BringSimulator> beforeRest) {
        this(clock, CREDENTIALS, beforeRest);
    }

    TwoProtocolBring(Clock clock) {
        this(clock, CREDENTIALS, simulator -> { });
    }

    /** @return the Bring behind both protocols, to read back what it received */
    InMemoryBring bring() {
        return bring;
    }

    /** @return the REST simulator, to inject faults and count requests */
    BringSimulator rest() {
        return rest;
    }

    /** @return the SOAP services, to inject faults and count requests */
    SimulatedBring soap() {
        return soap;
    }

    /**
     * The library's Guice module of a transport, its adapter pointed at this Bring.
     *
     * @param transport {@code rest}, {@code soap} or {@code inmemory}
     * @return its module
     */
    @SuppressWarnings("deprecation") // the SOAP adapter is deprecated on purpose
    Module transport(String transport) {
        return switch (transport) {
            case "rest" -> new BringRestModule(BringRest.builder().credentials(credentials).host(rest.baseUri()).clock(clock)
                    .retryPolicy(QUICK_RETRIES).build());
            case "soap" -> new BringSoapModule(BringSoap.builder().credentials(credentials).host(soap.host()).clock(clock)
                    .retryPolicy(QUICK_RETRIES).requestTimeout(SOAP_TIMEOUT).build());
            case "inmemory" -> new InMemoryBringModule(InMemoryBring.builder().clock(clock).build().givenDemoData());
            default -> throw new IllegalArgumentException("no transport " + transport);
        };
    }

    @Override
    public void close() {
        rest.close();
        soap.close();
    }
}
