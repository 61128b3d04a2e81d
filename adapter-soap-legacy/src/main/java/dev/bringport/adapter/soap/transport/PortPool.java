package dev.bringport.adapter.soap.transport;

import jakarta.xml.ws.BindingProvider;
import jakarta.xml.ws.Service;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Objects;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The Metro service and port objects of one SOAP endpoint, created once and reused. Creating the
 * service (WSDL and JAXB context) is what makes Metro's first call slow, so it happens once per
 * adapter instance, on first use. A port's request context belongs to that port: each port is
 * configured once (address, headers, timeouts), changed afterwards only to carry the progress of
 * the attempt it serves ({@link Progress}), and used by one thread
 * at a time, taken from and given back to this pool. The pool grows to the number of concurrent
 * callers.
 *
 * @param <S> the generated service
 * @param <P> the generated port (service endpoint interface)
 */
public final class PortPool<S extends Service, P> {

    private final Supplier<S> newService;
    private final Function<S, P> newPort;
    private final Map<String, Object> requestContext;
    private final Queue<P> idle = new ConcurrentLinkedQueue<>();
    private final AtomicInteger servicesCreated = new AtomicInteger();
    private final AtomicInteger portsCreated = new AtomicInteger();
    private final Object lock = new Object();
    private volatile S service;
    private volatile boolean closed;

    /**
     * @param newService     creates the generated service (loads the WSDL from the classpath)
     * @param newPort        gets a port from the service
     * @param requestContext what every port's request context holds; never changed after creation
     */
    PortPool(Supplier<S> newService, Function<S, P> newPort, Map<String, Object> requestContext) {
        this.newService = Objects.requireNonNull(newService, "newService");
        this.newPort = Objects.requireNonNull(newPort, "newPort");
        this.requestContext = Map.copyOf(requestContext);
    }

    /**
     * @return an idle port, or a new one; give it back when the call is done
     * @throws IllegalStateException once the pool has been closed
     */
    P borrow() {
        if (closed) {
            throw new IllegalStateException("the SOAP adapter has been closed");
        }
        P port = idle.poll();
        return port != null ? port : create();
    }

    /** @param port a port taken with {@link #borrow()}, no longer in use; closed if the pool is */
    void giveBack(P port) {
        idle.offer(port);
        if (closed) {
            closeIdle();
        }
    }

    /** Closes the idle ports, and each port in use once it is given back; a closed pool lends no port. */
    void close() {
        closed = true;
        closeIdle();
    }

    /** @return whether the pool has been closed */
    boolean isClosed() {
        return closed;
    }

    private void closeIdle() {
        for (P port = idle.poll(); port != null; port = idle.poll()) {
            if (port instanceof Closeable closeable) { // Metro's ports release their tubes
                try {
                    closeable.close();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
    }

    private P create() {
        synchronized (lock) {
            if (service == null) {
                service = newService.get();
                servicesCreated.incrementAndGet();
            }
            P port = newPort.apply(service);
            ((BindingProvider) port).getRequestContext().putAll(requestContext);
            portsCreated.incrementAndGet();
            return port;
        }
    }

    /**
     * How many service objects were created.
     *
     * @return at most one
     */
    public int servicesCreated() {
        return servicesCreated.get();
    }

    /**
     * How many ports were created.
     *
     * @return as many as calls ran at the same time
     */
    public int portsCreated() {
        return portsCreated.get();
    }
}
