package dev.bringport.adapter.rest;

import dev.bringport.adapter.rest.booking.RestBooking;
import dev.bringport.adapter.rest.booking.RestPickups;
import dev.bringport.adapter.rest.format.WireFormat;
import dev.bringport.adapter.rest.http.BringHttp;
import dev.bringport.adapter.rest.order.RestOrderManagement;
import dev.bringport.adapter.rest.order.RestWarehousing;
import dev.bringport.ports.ClientRules;
import dev.bringport.ports.booking.Booking;
import dev.bringport.ports.migration.BringPorts;
import dev.bringport.ports.order.OrderManagement;
import dev.bringport.ports.pickup.Pickups;
import dev.bringport.ports.transport.BringAddress;
import dev.bringport.ports.transport.CallListener;
import dev.bringport.ports.transport.TransportBuilder;
import dev.bringport.ports.transport.TransportSettings;
import dev.bringport.ports.warehouse.Warehousing;
import java.net.URI;
import java.net.http.HttpClient;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Bring over HTTPS: the four ports, sharing one HTTP client, the user's rate budget (shared with
 * every other transport of the JVM that calls with the same user) and one retry policy.
 *
 * <pre>{@code
 * try (BringRest bring = BringRest.builder()
 *         .credentials(BringCredentials.fromEnvironment(System.getenv()))
 *         .build()) {
 *     Order order = bring.orderManagement().order("10000000000", "11873875-status_med_2");
 * }
 * }</pre>
 *
 * Thread-safe: build one and share it. {@link #close()} releases the HTTP client the adapter
 * created; a client handed to the builder stays open, it is its owner's to close.
 */
public final class BringRest implements AutoCloseable {

    /** Where Bring serves its APIs. */
    public static final URI BRING = URI.create("https://api.bring.com");
    /** Order Management's base URL. */
    public static final URI ORDER_MANAGEMENT = URI.create("https://api.bring.com/po/api/v1");
    /**
     * Warehousing's (pull order/article) base URL, the same as Order Management's; Bring has also
     * published {@code https://api.bring.com/warehousing/api/v1}.
     */
    public static final URI WAREHOUSING = URI.create("https://api.bring.com/po/api/v1");
    /** Booking's base URL; older integrations use {@code https://api.bring.com/booking/api}. */
    public static final URI BOOKING = URI.create("https://api.bring.com/booking-api/api");

    private final Transport transport;
    private final ClientRules clientRules;
    private final OrderManagement orderManagement;
    private final Warehousing warehousing;
    private final Booking booking;
    private final Pickups pickups;

    /**
     * What the ports share, whatever their rules switch: the HTTP transport (and the client and
     * threads the adapter created for it, if it did), the base URLs and the wire format.
     */
    private record Transport(BringHttp http, Optional<ExecutorService> ownExecutor, Optional<HttpClient> ownClient,
                             URI orderManagementUrl, URI warehousingUrl, URI bookingUrl, WireFormat format) {

        static Transport of(Builder b, TransportSettings settings) {
            Optional<ExecutorService> ownExecutor = Optional.empty();
            Optional<HttpClient> ownClient = Optional.empty();
            if (b.httpClient.isEmpty()) {
                ExecutorService executor = Executors.newCachedThreadPool(runnable -> {
                    Thread thread = new Thread(runnable, "bringport-rest");
                    thread.setDaemon(true);
                    return thread;
                });
                ownExecutor = Optional.of(executor);
                ownClient = Optional.of(HttpClient.newBuilder().connectTimeout(settings.connectTimeout())
                        .followRedirects(HttpClient.Redirect.NEVER).executor(executor).build());
            }
            Optional<HttpClient> created = ownClient;
            BringHttp http = new BringHttp(settings, b.httpClient.or(() -> created).orElseThrow());
            return new Transport(http, ownExecutor, ownClient, b.baseUrl(b.orderManagementUrl), b.baseUrl(b.warehousingUrl),
                    b.baseUrl(b.bookingUrl), b.format);
        }

        Transport alsoTelling(CallListener more) {
            return new Transport(http.alsoTelling(more), ownExecutor, ownClient, orderManagementUrl, warehousingUrl,
                    bookingUrl, format);
        }
    }

    private BringRest(Transport t, ClientRules clientRules) {
        this.transport = t;
        this.clientRules = clientRules;
        this.orderManagement = new RestOrderManagement(t.http(), t.orderManagementUrl(), t.format(), clientRules);
        this.warehousing = new RestWarehousing(t.http(), t.warehousingUrl(), t.format());
        this.booking = new RestBooking(t.http(), t.bookingUrl(), t.format(), clientRules);
        this.pickups = new RestPickups(t.http(), t.bookingUrl(), t.format(), clientRules);
    }

    /**
     * Starts configuring the adapter.
     *
     * @return a builder with Bring's base URLs, JSON, and the default timeouts, retries and rate
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Order Management over REST.
     *
     * @return the port
     */
    public OrderManagement orderManagement() {
        return orderManagement;
    }

    /**
     * Warehousing over REST.
     *
     * @return the port
     */
    public Warehousing warehousing() {
        return warehousing;
    }

    /**
     * Booking over REST.
     *
     * @return the port
     */
    public Booking booking() {
        return booking;
    }

    /**
     * Pickups over REST.
     *
     * @return the port
     */
    public Pickups pickups() {
        return pickups;
    }

    /**
     * The four ports over REST, e.g. to hand to {@link dev.bringport.ports.migration.TransportPlan#compose}.
     *
     * @return the ports
     */
    public BringPorts ports() {
        return new BringPorts(orderManagement(), warehousing(), booking(), pickups());
    }

    /**
     * Whether the ports check Bring's rules before sending.
     *
     * @return {@link ClientRules#ON} unless configured otherwise
     */
    public ClientRules clientRules() {
        return clientRules;
    }

    /**
     * The same adapter (the same transport, rate budget and settings) with Bring's rules checked
     * before sending or not: what a {@link ClientRules} bound in Guice does to {@link BringRestModule}.
     * The two share their transport, so closing either closes both.
     *
     * @param value on or off
     * @return this adapter when the switch is already so, else one that shares its transport
     */
    public BringRest withClientRules(ClientRules value) {
        return Objects.requireNonNull(value, "clientRules") == clientRules ? this : new BringRest(transport, value);
    }

    /**
     * The same adapter (the same client, rate budget and settings) telling another listener too of
     * every attempt: what the {@link CallListener}s bound in Guice do to {@link BringRestModule}.
     * The two share their transport, so closing either closes both.
     *
     * @param more told after the adapter's own listener
     * @return this adapter for {@link CallListener#NONE}, else one that shares its transport
     */
    BringRest alsoTelling(CallListener more) {
        return more == CallListener.NONE ? this : new BringRest(transport.alsoTelling(more), clientRules);
    }

    /**
     * Closes the adapter: its ports refuse every call from now on (with
     * {@link IllegalStateException}), and the HTTP client it created, with its threads, is
     * released (on JDK 21 and later after the calls under way have ended; on JDK 17 the client's
     * own selector thread ends with the client). A client handed to {@link Builder#httpClient} is
     * not closed. Closing twice does nothing more.
     */
    @Override
    public void close() {
        transport.http().close();
        transport.ownClient().ifPresent(client -> {
            if (client instanceof AutoCloseable closeable) { // HttpClient is AutoCloseable from JDK 21
                try {
                    closeable.close();
                } catch (Exception e) {
                    throw new IllegalStateException("the HTTP client did not close: " + e, e);
                }
            }
        });
        transport.ownExecutor().ifPresent(ExecutorService::shutdown);
    }

    @Override
    public String toString() {
        return "BringRest[user=" + transport.http().settings().credentials().userId() + ", clientRules=" + clientRules + "]";
    }

    /** Configures {@link BringRest}: the options every transport shares, and REST's own. */
    public static final class Builder extends TransportBuilder<Builder> {
        private URI orderManagementUrl = ORDER_MANAGEMENT;
        private URI warehousingUrl = WAREHOUSING;
        private URI bookingUrl = BOOKING;
        private WireFormat format = WireFormat.JSON;
        private Optional<HttpClient> httpClient = Optional.empty();

        private Builder() {
        }

        @Override
        protected Builder self() {
            return this;
        }

        /**
         * Order Management's base URL. A URL on {@code https://api.bring.com} still follows
         * {@link #host(URI)}.
         *
         * @param value default {@link BringRest#ORDER_MANAGEMENT}
         * @return this
         * @throws IllegalArgumentException for an address the credentials may not go to
         */
        public Builder orderManagementBaseUrl(URI value) {
            orderManagementUrl = BringAddress.requireHost(Objects.requireNonNull(value, "orderManagementBaseUrl"));
            return this;
        }

        /**
         * Warehousing's base URL. A URL on {@code https://api.bring.com} still follows
         * {@link #host(URI)}.
         *
         * @param value default {@link BringRest#WAREHOUSING}
         * @return this
         * @throws IllegalArgumentException for an address the credentials may not go to
         */
        public Builder warehousingBaseUrl(URI value) {
            warehousingUrl = BringAddress.requireHost(Objects.requireNonNull(value, "warehousingBaseUrl"));
            return this;
        }

        /**
         * Booking's base URL, also used for pickups. A URL on {@code https://api.bring.com} still
         * follows {@link #host(URI)}.
         *
         * @param value default {@link BringRest#BOOKING}
         * @return this
         * @throws IllegalArgumentException for an address the credentials may not go to
         */
        public Builder bookingBaseUrl(URI value) {
            bookingUrl = BringAddress.requireHost(Objects.requireNonNull(value, "bookingBaseUrl"));
            return this;
        }

        /**
         * The wire format where Bring offers both; Bring's XML-only endpoints (POST packaginglist,
         * POST event) always use XML.
         *
         * @param value JSON (default) or XML
         * @return this
         */
        public Builder format(WireFormat value) {
            format = Objects.requireNonNull(value, "format");
            return this;
        }

        /**
         * An HTTP client to share instead of the one the adapter creates. Its own connect timeout
         * and proxy apply; it must never follow redirects (they would take the credentials with
         * them), and it stays open when the adapter is closed.
         *
         * @param value the client
         * @return this
         * @throws IllegalArgumentException for a client that follows redirects
         */
        public Builder httpClient(HttpClient value) {
            if (Objects.requireNonNull(value, "httpClient").followRedirects() != HttpClient.Redirect.NEVER) {
                throw new IllegalArgumentException("the HTTP client must not follow redirects (its followRedirects is "
                        + value.followRedirects() + "): Bring's credentials would go wherever a redirect points");
            }
            httpClient = Optional.of(value);
            return this;
        }

        /**
         * Builds the adapter.
         *
         * @return the adapter
         * @throws IllegalStateException without credentials, with both a rate and a rate budget, or with
         *     a connect timeout the HTTP client handed in does not have
         */
        public BringRest build() {
            TransportSettings settings = settings();
            boolean ownConnectTimeout = !settings.connectTimeout().equals(TransportSettings.DEFAULT_CONNECT_TIMEOUT);
            if (httpClient.isPresent() && ownConnectTimeout
                    && !httpClient.get().connectTimeout().equals(Optional.of(settings.connectTimeout()))) {
                throw new IllegalStateException("connectTimeout " + settings.connectTimeout() + " applies to the HTTP client"
                        + " the adapter creates; the client handed in connects within " + httpClient.get().connectTimeout()
                        .map(Object::toString).orElse("no timeout of its own") + ": set it on that client");
            }
            return new BringRest(Transport.of(this, settings), settings.clientRules());
        }

        private URI baseUrl(URI configured) {
            String url = configured.toString();
            return host().filter(h -> url.startsWith(BRING.toString()))
                    .map(h -> URI.create(h + url.substring(BRING.toString().length())))
                    .orElse(configured);
        }
    }
}
