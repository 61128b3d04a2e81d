package dev.bringport.adapter.soap;

import com.google.inject.AbstractModule;
import com.google.inject.Provider;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.multibindings.OptionalBinder;
import dev.bringport.ports.BringCredentials;
import dev.bringport.ports.ClientRules;
import dev.bringport.ports.guice.Transports;
import dev.bringport.ports.transport.CallListener;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Guice wiring of Bring's SOAP services: binds the {@link BringSoap} and contributes its four ports
 * as the transport {@value #TRANSPORT}. Installed alone, it binds the ports themselves; installed
 * with the REST or in-memory module, a {@link dev.bringport.ports.guice.TransportPlanModule} says
 * which transport carries what (during a migration: the operations still on SOAP, the fallbacks,
 * the shadow). Choose it explicitly in the composition root; nothing is discovered by accident. A
 * {@link ClientRules} bound elsewhere decides whether the ports check Bring's rules before
 * sending; without one, the adapter's own setting (on by default) stays. The {@link CallListener}s
 * bound in a set are told of every attempt, after the adapter's own listener.
 *
 * <pre>{@code
 * Injector injector = Guice.createInjector(new BringSoapModule(BringSoap.builder()
 *         .credentials(credentials).host(URI.create("http://127.0.0.1:8080")).build()));
 * Booking booking = injector.getInstance(Booking.class);
 * }</pre>
 *
 * <p>Needs {@code com.google.inject:guice} on the class path (an optional dependency of this module).
 *
 * @deprecated Bring has deprecated its SOAP services (rate limited from 1 September 2024); use the
 *     REST adapter's module.
 */
@Deprecated(since = "0.1.0")
public final class BringSoapModule extends AbstractModule {

    /** The transport's name in a {@link dev.bringport.ports.migration.TransportPlan}. */
    public static final String TRANSPORT = "soap";

    private final BringSoap soap;

    /**
     * Wires the SOAP services at Bring's addresses with the library's defaults.
     *
     * @param credentials the Mybring user, API key and client URL
     */
    public BringSoapModule(BringCredentials credentials) {
        this(BringSoap.builder().credentials(credentials).build());
    }

    /**
     * Wires a configured adapter (host, timeouts, retry policy, rate limit).
     *
     * @param soap the adapter
     */
    public BringSoapModule(BringSoap soap) {
        this.soap = Objects.requireNonNull(soap, "soap");
    }

    @Override
    protected void configure() {
        OptionalBinder.newOptionalBinder(binder(), ClientRules.class);
        Provider<BringSoap> bound = getProvider(BringSoap.class);
        Transports.contribute(binder(), TRANSPORT, () -> bound.get().ports());
    }

    @Provides
    @Singleton
    BringSoap bringSoap(Optional<ClientRules> clientRules, Set<CallListener> listeners) {
        return clientRules.map(soap::withClientRules).orElse(soap).alsoTelling(CallListener.all(List.copyOf(listeners)));
    }
}
