package dev.bringport.adapter.rest;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.bringport.adapter.rest.booking.BookingSimulation;
import dev.bringport.adapter.rest.order.OrderManagementSimulation;
import dev.bringport.adapter.rest.server.Route;
import dev.bringport.adapter.rest.server.Routes;
import dev.bringport.adapter.rest.server.SimulatedAnswer;
import dev.bringport.adapter.rest.server.SimulatedRequest;
import dev.bringport.ports.BringCredentials;
import dev.bringport.ports.migration.BringPorts;
import dev.bringport.ports.server.FrontDoor;
import dev.bringport.ports.server.ServerBuilder;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * Bring's REST APIs, served: the server side of the wire this adapter's client speaks, written
 * with the same wire types and codecs. Every path the client calls is answered by any
 * {@link BringPorts} (an {@code InMemoryBring}'s, for a simulated Bring): Order Management and
 * Warehousing under {@code /po/api/v1} (and {@code /warehousing/api/v1}), Booking, customers,
 * errors and pickup orders under {@code /booking-api/api}, and the label PDF behind each
 * confirmation's label link ({@code /labels/id/...}), in JSON or XML as Bring negotiates them,
 * with Bring's documented shapes and error answers.
 *
 * <p>Bring's {@link FrontDoor} comes first: a request without the three credential headers, or
 * with a key it does not accept, is answered as Bring does, HTTP 401 with
 * {@code [CT_2_ACCESS_DENIED] User is not logged in} in plain text (Booking:
 * {@code BOOK-AUTHORIZATION-001}); a user's 19th request within any second HTTP 429 with
 * {@code Retry-After: 1}. Mount {@link #handler()} on a JDK {@code HttpServer}, or call
 * {@link #answer(SimulatedRequest)} from a server of your own.
 *
 * <pre>{@code
 * HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 8080), 0);
 * BringRestServer bring = BringRestServer.builder()
 *         .ports(inMemoryBring.ports())
 *         .host(URI.create("http://127.0.0.1:8080"))
 *         .build();
 * http.createContext("/", bring.handler());
 * http.start();
 * }</pre>
 *
 * <p>Thread-safe.
 */
public final class BringRestServer {

    private final FrontDoor door;
    private final Routes own = new Routes();
    private final Routes bring = new Routes();

    private BringRestServer(FrontDoor door, Function<String, BringPorts> ports, URI host, Clock clock) {
        this.door = door;
        OrderManagementSimulation.install(bring, ports, clock);
        BookingSimulation.install(bring, ports, host);
    }

    /**
     * Starts configuring a server.
     *
     * @return a builder: any key accepted, Bring's limit of 18 requests per second per user, the
     *         system clock, label links on {@code http://127.0.0.1}
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Answers requests of a method whose raw path matches a pattern with a route of your own,
     * before Bring's paths and behind Bring's door: to answer with a body of your choosing, or
     * on a path Bring does not have.
     *
     * @param method      the HTTP method
     * @param pathPattern a regular expression for the whole raw path; its groups are path parameters
     * @param route       the route
     * @return this
     */
    public BringRestServer route(String method, String pathPattern, Route route) {
        own.route(method, pathPattern, route);
        return this;
    }

    /**
     * Answers a request as Bring does: its door, then your routes, then Bring's paths; a path
     * none has is HTTP 404, and a route that fails HTTP 500.
     *
     * @param request the request
     * @return the answer
     */
    public SimulatedAnswer answer(SimulatedRequest request) {
        FrontDoor.Admission admission = door.admit(request.header(BringCredentials.USER_ID_HEADER).orElse(null),
                request.header(BringCredentials.API_KEY_HEADER).orElse(null),
                request.header(BringCredentials.CLIENT_URL_HEADER).orElse(null));
        if (admission == FrontDoor.Admission.NOT_LOGGED_IN) {
            return notLoggedIn(request.uri().getPath().startsWith(BookingSimulation.BASE_PATH));
        }
        if (admission == FrontDoor.Admission.THROTTLED) {
            return SimulatedAnswer.throttled();
        }
        Optional<Routes.Matched> matched = own.match(request).or(() -> bring.match(request));
        if (matched.isEmpty()) {
            return SimulatedAnswer.text(404, "text/plain", "no such endpoint: " + request.method() + " "
                    + request.uri().getRawPath());
        }
        try {
            return matched.get().answer();
        } catch (Exception e) {
            return SimulatedAnswer.text(500, "text/plain", "simulator failure: " + e);
        }
    }

    /**
     * This server as a handler of the JDK's HTTP server, for the context {@code /}: reads each
     * request (a body over {@value SimulatedRequest#MAX_BODY_BYTES} bytes is answered HTTP 413
     * unread), answers it and ends the exchange.
     *
     * @return the handler
     */
    public HttpHandler handler() {
        return this::handle;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            Optional<SimulatedRequest> request = SimulatedRequest.read(exchange);
            SimulatedAnswer answer = request.isPresent() ? answer(request.get())
                    : SimulatedAnswer.text(413, "text/plain", "a request body may hold at most "
                    + SimulatedRequest.MAX_BODY_BYTES + " bytes");
            answer.send(exchange);
        }
    }

    /** Bring's answer to a request that is not logged in: Booking's error document, else Order Management's plain text. */
    private static SimulatedAnswer notLoggedIn(boolean booking) {
        String errorId = UUID.randomUUID().toString();
        if (booking) {
            return SimulatedAnswer.text(401, "application/json", "{\"errors\":[{\"uniqueId\":\"" + errorId
                    + "\",\"code\":\"BOOK-AUTHORIZATION-001\",\"messages\":[{\"lang\":\"en\",\"message\":"
                    + "\"Your user is not authorized to perform this action\"}]}]}");
        }
        return SimulatedAnswer.text(401, "text/plain", "[CT_2_ACCESS_DENIED] User is not logged in (errorId: " + errorId + ")");
    }

    /** Configures a {@link BringRestServer}: the ports, door and host of every wire's server, and the clock. */
    public static final class Builder extends ServerBuilder<Builder> {
        private Clock clock = Clock.systemUTC();

        private Builder() {
        }

        @Override
        protected Builder self() {
            return this;
        }

        /**
         * The time of the answers' {@code ResponseDate}.
         *
         * @param value the clock
         * @return this
         */
        public Builder clock(Clock value) {
            clock = Objects.requireNonNull(value, "clock");
            return this;
        }

        /**
         * The server.
         *
         * @return it
         * @throws IllegalStateException if no ports were given
         */
        public BringRestServer build() {
            return new BringRestServer(frontDoor(), answeringPorts(), reachedAt(), clock);
        }
    }
}
