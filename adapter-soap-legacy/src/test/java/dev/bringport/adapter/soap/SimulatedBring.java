package dev.bringport.adapter.soap;

import com.sun.net.httpserver.Filter;
import com.sun.net.httpserver.HttpContext;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.bringport.adapter.inmemory.InMemoryBring;
import jakarta.xml.ws.Endpoint;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Bring's two SOAP services, in process: Metro endpoints implementing the generated service
 * interfaces, published on the JDK's HTTP server at 127.0.0.1 on an ephemeral port, under Bring's
 * paths ({@code /po/api/ws}, {@code /booking/api/ws}), backed by an in-memory Bring. Counts the
 * requests per path.
 */
@SuppressWarnings("deprecation")
final class SimulatedBring implements AutoCloseable {

    private final InMemoryBring bring;
    private final HttpServer server;
    private final ExecutorService executor;
    private final Endpoint purchaseOrders;
    private final Endpoint bookings;
    private final Map<String, AtomicInteger> requests = new ConcurrentHashMap<>();

    SimulatedBring(InMemoryBring bring) {
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
        purchaseOrders = publish(BringSoap.ORDER_MANAGEMENT_PATH, new SimulatedPurchaseOrderService(bring));
        bookings = publish(BringSoap.BOOKING_PATH, new SimulatedBookingService(bring));
        server.start();
    }

    private Endpoint publish(String path, Object implementation) {
        HttpContext context = server.createContext(path);
        AtomicInteger count = requests.computeIfAbsent(path, p -> new AtomicInteger());
        context.getFilters().add(new Filter() {
            @Override
            public void doFilter(HttpExchange exchange, Chain chain) throws IOException {
                if (exchange.getRequestMethod().equals("POST")) {
                    count.incrementAndGet();
                }
                chain.doFilter(exchange);
            }

            @Override
            public String description() {
                return "counts the requests to " + path;
            }
        });
        Endpoint endpoint = Endpoint.create(implementation);
        endpoint.publish(context);
        return endpoint;
    }

    /** @return the in-memory Bring behind the services, to seed and inspect */
    InMemoryBring bring() {
        return bring;
    }

    /** @return {@code http://127.0.0.1:<port>}, to replace {@code https://api.bring.com} */
    URI host() {
        return URI.create("http://" + server.getAddress().getAddress().getHostAddress() + ":" + server.getAddress().getPort());
    }

    /**
     * @param path {@link BringSoap#ORDER_MANAGEMENT_PATH} or {@link BringSoap#BOOKING_PATH}
     * @return how many SOAP requests reached it
     */
    int requests(String path) {
        return requests.getOrDefault(path, new AtomicInteger()).get();
    }

    @Override
    public void close() {
        purchaseOrders.stop();
        bookings.stop();
        server.stop(0);
        executor.shutdownNow();
    }
}
