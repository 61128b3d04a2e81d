package dev.bringport.example;

import com.google.inject.Guice;
import com.google.inject.Module;
import dev.bringport.adapter.inmemory.InMemoryBring;
import dev.bringport.adapter.inmemory.InMemoryBringModule;
import dev.bringport.adapter.rest.BringRest;
import dev.bringport.adapter.rest.BringRestModule;
import dev.bringport.adapter.rest.format.WireFormat;
import dev.bringport.adapter.soap.BringSoap;
import dev.bringport.adapter.soap.BringSoapModule;
import dev.bringport.ports.BringCredentials;
import dev.bringport.ports.ClientRules;
import dev.bringport.ports.migration.BringPorts;
import dev.bringport.ports.redis.RedisRateBudget;
import java.net.URI;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;

/**
 * Builds the library's module of a transport by name: {@code inmemory} (the in-memory Bring with the
 * demo data), {@code rest} and {@code soap} (credentials from {@code BRING_API_UID},
 * {@code BRING_API_KEY}, {@code BRING_CLIENT_URL}). Only the transports a plan names are built.
 * REST and SOAP share the rate budget on Redis that {@code BRINGPORT_RATE_BUDGET} names, if it
 * names one: connected when the first of them is built, before anything is sent, and closed with
 * the factory.
 */
final class TransportFactory implements AutoCloseable {

    private final Map<String, String> environment;
    private final Optional<URI> host;
    private final WireFormat format;
    private final Clock clock;
    private final ClientRules clientRules;
    /** The budget on Redis the environment names; {@code null} until a transport to Bring is built. */
    private Optional<RedisRateBudget> fleetBudget;

    /**
     * @throws UsageException if the transports refuse the host, whichever transport runs: the
     *                        rules of a host are theirs ({@code BringRest.Builder.host},
     *                        {@code BringSoap.Builder.host}), not the tool's
     */
    TransportFactory(Map<String, String> environment, Optional<URI> host, WireFormat format, Clock clock,
                     ClientRules clientRules) {
        this.environment = Map.copyOf(environment);
        this.host = host;
        this.format = format;
        this.clock = clock;
        this.clientRules = clientRules;
        host.ifPresent(TransportFactory::requireAccepted);
    }

    @SuppressWarnings("deprecation") // the SOAP adapter is deprecated on purpose: Bring's SOAP services are
    private static void requireAccepted(URI host) {
        try {
            BringRest.builder().host(host);
            BringSoap.builder().host(host);
        } catch (IllegalArgumentException refused) {
            throw new UsageException("--host: " + refused.getMessage());
        }
    }

    /**
     * @param transport {@code inmemory}, {@code rest} or {@code soap}
     * @return the library's Guice module of that transport, its adapter built from the options
     */
    Module module(String transport) {
        return switch (TransportChoice.fromOption(transport)) {
            case INMEMORY -> new InMemoryBringModule(InMemoryBring.builder().clock(clock).build().givenDemoData());
            case REST -> {
                BringRest.Builder rest = BringRest.builder().credentials(credentials()).format(format).clock(clock)
                        .clientRules(clientRules);
                host.ifPresent(rest::host);
                fleetBudget().ifPresent(rest::rateBudget);
                yield new BringRestModule(rest.build());
            }
            case SOAP -> soap();
        };
    }

    /**
     * @param transport {@code inmemory}, {@code rest} or {@code soap}
     * @return the four ports of that transport alone
     */
    BringPorts build(String transport) {
        return Guice.createInjector(module(transport)).getInstance(BringPorts.class);
    }

    @SuppressWarnings("deprecation") // the SOAP adapter is deprecated on purpose: Bring's SOAP services are
    private Module soap() {
        BringSoap.Builder soap = BringSoap.builder().credentials(credentials()).clock(clock)
                .clientRules(clientRules);
        host.ifPresent(soap::host);
        fleetBudget().ifPresent(soap::rateBudget);
        return new BringSoapModule(soap.build());
    }

    /** @throws UsageException if {@code BRINGPORT_RATE_BUDGET} names no Redis, or one that cannot be reached */
    private Optional<RedisRateBudget> fleetBudget() {
        if (fleetBudget == null) {
            try {
                fleetBudget = RedisRateBudget.fromEnvironment(environment);
            } catch (IllegalArgumentException | IllegalStateException wrong) {
                throw new UsageException(wrong.getMessage());
            }
        }
        return fleetBudget;
    }

    /** Closes the connection to the budget on Redis, if one was made. */
    @Override
    public void close() {
        if (fleetBudget != null) {
            fleetBudget.ifPresent(RedisRateBudget::close);
        }
    }

    private BringCredentials credentials() {
        try {
            return BringCredentials.fromEnvironment(environment);
        } catch (IllegalArgumentException e) {
            throw new InputException(e.getMessage(), e);
        }
    }
}
