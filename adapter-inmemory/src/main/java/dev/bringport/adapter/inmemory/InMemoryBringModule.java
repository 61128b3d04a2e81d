package dev.bringport.adapter.inmemory;

import com.google.inject.AbstractModule;
import com.google.inject.Key;
import com.google.inject.Provider;
import dev.bringport.ports.guice.Transports;
import dev.bringport.ports.transport.CallListener;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Guice wiring of the in-memory Bring: binds the {@link InMemoryBring} itself, so tests can seed it
 * and read back what it received, and contributes its four ports (as its default user) as the
 * transport {@value #TRANSPORT}. Installed alone, it binds the ports themselves; installed with
 * the REST or SOAP module, a {@link dev.bringport.ports.guice.TransportPlanModule} says which
 * transport carries what. The {@link CallListener}s bound in a set are told of every call, after
 * the in-memory Bring's own listener.
 */
public final class InMemoryBringModule extends AbstractModule {

    /** The transport's name in a {@link dev.bringport.ports.migration.TransportPlan}. */
    public static final String TRANSPORT = "inmemory";

    private final InMemoryBring bring;

    /**
     * Wires an empty in-memory Bring.
     */
    public InMemoryBringModule() {
        this(InMemoryBring.create());
    }

    /**
     * Wires a given in-memory Bring.
     *
     * @param bring the fake, e.g. {@link InMemoryBring#withDemoData()}
     */
    public InMemoryBringModule(InMemoryBring bring) {
        this.bring = Objects.requireNonNull(bring, "bring");
    }

    @Override
    protected void configure() {
        bind(InMemoryBring.class).toInstance(bring);
        Provider<Set<CallListener>> listeners = getProvider(new Key<Set<CallListener>>() { });
        Transports.contribute(binder(), TRANSPORT, () -> bring.ports(bring.defaultUser(),
                bring.callListener().andThen(CallListener.all(List.copyOf(listeners.get())))));
    }
}
