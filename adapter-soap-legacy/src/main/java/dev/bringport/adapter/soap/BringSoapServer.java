package dev.bringport.adapter.soap;

import com.sun.net.httpserver.HttpContext;
import com.sun.net.httpserver.HttpServer;
import dev.bringport.adapter.soap.booking.SimulatedBookingService;
import dev.bringport.adapter.soap.order.SimulatedPurchaseOrderService;
import dev.bringport.adapter.soap.server.DoorFilter;
import dev.bringport.ports.migration.BringPorts;
import dev.bringport.ports.server.FrontDoor;
import dev.bringport.ports.server.ServerBuilder;
import jakarta.xml.ws.Endpoint;
import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Bring's two SOAP services, served: the server side of the wire this adapter's client speaks,
 * Metro endpoints implementing the service interfaces generated from the same WSDLs
 * ({@code purchaseorder-v1.wsdl} at {@code /po/api/ws}, {@code booking-v1.wsdl} at
 * {@code /booking/api/ws}), answered by any {@link BringPorts} (an {@code InMemoryBring}'s, for a
 * simulated Bring), on a JDK {@code HttpServer} of your own, which may serve Bring's REST APIs on
 * its other paths.
 *
 * <p>Bring's {@link FrontDoor} is in front of both: a user's 19th request within any second is
 * answered HTTP 429 with {@code Retry-After: 1}; a caller it does not let in gets Bring's error
 * inside the service's answer ({@code PO_STATE_002}, {@code BOOK-AUTHORIZATION-001}). Bring's
 * errors come back inside the answers, as Bring's SOAP services answer them.
 *
 * <pre>{@code
 * HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 8080), 0);
 * BringSoapServer soap = BringSoapServer.builder()
 *         .ports(inMemoryBring.ports())
 *         .host(URI.create("http://127.0.0.1:8080"))
 *         .publishOn(http);
 * http.start();
 * }</pre>
 *
 * <p>Thread-safe. {@link #close()} stops the services and removes their paths from the server.
 */
public final class BringSoapServer implements AutoCloseable {

    private final List<HttpContext> contexts;
    private final List<Endpoint> endpoints;

    @SuppressWarnings("deprecation") // the paths are those of the deprecated client's services
    private BringSoapServer(Function<String, BringPorts> ports, FrontDoor door, URI host, HttpServer http) {
        HttpContext purchaseOrders = http.createContext(BringSoap.ORDER_MANAGEMENT_PATH);
        HttpContext bookings = http.createContext(BringSoap.BOOKING_PATH);
        this.contexts = List.of(purchaseOrders, bookings);
        contexts.forEach(context -> context.getFilters().add(new DoorFilter(door)));
        this.endpoints = List.of(SimulatedPurchaseOrderService.endpoint(ports, door),
                SimulatedBookingService.endpoint(ports, door, host));
        for (int i = 0; i < contexts.size(); i++) {
            endpoints.get(i).publish(contexts.get(i));
        }
    }

    /**
     * Starts configuring the services.
     *
     * @return a builder: any key accepted, Bring's limit of 18 requests per second per user,
     *         label links on {@code http://127.0.0.1}
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The server's paths of the two services, Order Management's first, to put filters of your
     * own in front of Bring's door.
     *
     * @return the contexts
     */
    public List<HttpContext> contexts() {
        return contexts;
    }

    /** Stops both services; Metro removes their paths from the server. */
    @Override
    public void close() {
        endpoints.forEach(Endpoint::stop);
    }

    /** Configures a {@link BringSoapServer}: the ports, door and host of every wire's server. */
    public static final class Builder extends ServerBuilder<Builder> {

        private Builder() {
        }

        @Override
        protected Builder self() {
            return this;
        }

        /**
         * Publishes both services on a server, at Bring's paths.
         *
         * @param http the server; its executor runs the services
         * @return the services, published
         * @throws IllegalStateException if no ports were given
         * @throws IllegalArgumentException if the server already has one of the paths
         */
        public BringSoapServer publishOn(HttpServer http) {
            return new BringSoapServer(answeringPorts(), frontDoor(), reachedAt(), Objects.requireNonNull(http, "http"));
        }
    }
}
