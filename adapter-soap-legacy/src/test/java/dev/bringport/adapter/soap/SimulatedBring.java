package dev.bringport.adapter.soap;

import com.sun.net.httpserver.Filter;
import com.sun.net.httpserver.HttpContext;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.bringport.adapter.inmemory.InMemoryBring;
import dev.bringport.ports.server.FrontDoor;
import dev.bringport.ports.server.Logins;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Bring's two SOAP services, in process: the adapter's own {@link BringSoapServer} on the JDK's
 * HTTP server at 127.0.0.1 on an ephemeral port, under Bring's paths ({@code /po/api/ws},
 * {@code /booking/api/ws}), backed by an in-memory Bring, each user answered by its ports, any
 * key accepted and no limit. On top, what only tests need: the requests counted per path, and
 * injected faults (an HTTP status, a slow answer) answered on demand, in front of Bring's door.
 * Public in the test-jar, for tests of compositions of transports.
 */
@SuppressWarnings("deprecation")
public final class SimulatedBring implements AutoCloseable {

    /** A fault for the next request to a path: an HTTP status instead of the service, or a delay before it. */
    private record Fault(int status, Duration delay) {
    }

    private final InMemoryBring bring;
    private final HttpServer server;
    private final ExecutorService executor;
    private final BringSoapServer services;
    private final Map<String, AtomicInteger> requests = new ConcurrentHashMap<>();
    private final Map<String, Queue<Fault>> faults = new ConcurrentHashMap<>();

    /**
     * Publishes Bring's SOAP services in front of an in-memory Bring.
     *
     * @param bring the state behind the services
     */
    public SimulatedBring(InMemoryBring bring) {
        this.bring = bring;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        executor = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "simulated-bring-soap");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(executor);
        services = BringSoapServer.builder().ports(bring::ports).door(new FrontDoor(Logins.anyKey(), FrontDoor.NO_LIMIT))
                .host(host()).publishOn(server);
        services.contexts().forEach(this::countAndFail);
        server.start();
    }

    /** Counts the requests to a context and answers the faults queued for it, before Bring's door. */
    private void countAndFail(HttpContext context) {
        String path = context.getPath();
        AtomicInteger count = requests.computeIfAbsent(path, p -> new AtomicInteger());
        context.getFilters().add(0, new Filter() {
            @Override
            public void doFilter(HttpExchange exchange, Chain chain) throws IOException {
                if (exchange.getRequestMethod().equals("POST")) {
                    count.incrementAndGet();
                }
                Fault fault = faults.computeIfAbsent(path, p -> new ConcurrentLinkedQueue<>()).poll();
                if (fault != null && fault.status() > 0) {
                    exchange.getRequestBody().readAllBytes();
                    exchange.sendResponseHeaders(fault.status(), -1);
                    exchange.close();
                    return;
                }
                if (fault != null) {
                    try {
                        Thread.sleep(fault.delay().toMillis());
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                chain.doFilter(exchange);
            }

            @Override
            public String description() {
                return "counts the requests to " + path;
            }
        });
    }

    /**
     * Answers the next request to a path with an HTTP status and no body; the service does not run.
     *
     * @param path   {@link BringSoap#ORDER_MANAGEMENT_PATH} or {@link BringSoap#BOOKING_PATH}
     * @param status e.g. 429
     * @return this
     */
    public SimulatedBring failNext(String path, int status) {
        faults.computeIfAbsent(path, p -> new ConcurrentLinkedQueue<>()).add(new Fault(status, Duration.ZERO));
        return this;
    }

    /**
     * Answers the next request to a path only after a delay (the service runs, then answers).
     *
     * @param path  the path
     * @param delay how long
     * @return this
     */
    public SimulatedBring slowNext(String path, Duration delay) {
        faults.computeIfAbsent(path, p -> new ConcurrentLinkedQueue<>()).add(new Fault(0, delay));
        return this;
    }

    /** @return the in-memory Bring behind the services, to seed and inspect */
    public InMemoryBring bring() {
        return bring;
    }

    /** @return {@code http://127.0.0.1:<port>}, to replace {@code https://api.bring.com} */
    public URI host() {
        return URI.create("http://" + server.getAddress().getAddress().getHostAddress() + ":" + server.getAddress().getPort());
    }

    /**
     * @param path {@link BringSoap#ORDER_MANAGEMENT_PATH} or {@link BringSoap#BOOKING_PATH}
     * @return how many SOAP requests reached it
     */
    public int requests(String path) {
        return requests.getOrDefault(path, new AtomicInteger()).get();
    }

    @Override
    public void close() {
        services.close();
        server.stop(0);
        executor.shutdownNow();
    }
}
