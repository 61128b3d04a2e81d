package dev.bringport.adapter.rest;

import dev.bringport.adapter.rest.booking.RestBooking;
import dev.bringport.adapter.rest.booking.RestPickups;
import dev.bringport.adapter.rest.format.WireFormat;
import dev.bringport.adapter.rest.http.BringHttp;
import dev.bringport.adapter.rest.http.Endpoints;
import dev.bringport.adapter.rest.http.HttpSettings;
import dev.bringport.adapter.rest.order.RestOrderManagement;
import dev.bringport.adapter.rest.order.RestWarehousing;
import dev.bringport.ports.BringCredentials;
import dev.bringport.ports.RetryPolicy;
import dev.bringport.ports.booking.Booking;
import dev.bringport.ports.migration.BringPorts;
import dev.bringport.ports.order.OrderManagement;
import dev.bringport.ports.pickup.Pickups;
import dev.bringport.ports.warehouse.Warehousing;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Bring over HTTPS: the four ports, sharing one HTTP client, one rate limiter per credentials
 * user and one retry policy.
 *
 * <pre>{@code
 * BringRest bring = BringRest.builder()
 *         .credentials(BringCredentials.fromEnvironment(System.getenv()))
 *         .build();
 * Order order = bring.orderManagement().order("10000000000", "11873875-status_med_2");
 * }</pre>
 *
 * Thread-safe: build one and share it.
 */
public final class BringRest {

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

    private final OrderManagement orderManagement;
    private final Warehousing warehousing;
    private final Booking booking;
    private final Pickups pickups;

    private BringRest(Builder b) {
        HttpSettings settings = new HttpSettings(Objects.requireNonNull(b.credentials,
                "credentials: call credentials(...) or credentialsFromEnvironment(...)"), b.connectTimeout, b.requestTimeout,
                b.retry, b.requestsPerSecond, b.maxAnswerBytes, b.clock);
        BringHttp http = b.httpClient.map(client -> new BringHttp(settings, client)).orElseGet(() -> new BringHttp(settings));
        this.orderManagement = new RestOrderManagement(http, b.baseUrl(b.orderManagementUrl), b.format);
        this.warehousing = new RestWarehousing(http, b.baseUrl(b.warehousingUrl), b.format);
        this.booking = new RestBooking(http, b.baseUrl(b.bookingUrl), b.format);
        this.pickups = new RestPickups(http, b.baseUrl(b.bookingUrl), b.format);
    }

    /**
     * Starts configuring the adapter.
     *
     * @return a builder with Bring's base URLs, JSON, and the default timeouts, retries and rate
     */
    public static Builder builder() {
        return new Builder();
    }

    /** @return Order Management over REST */
    public OrderManagement orderManagement() {
        return orderManagement;
    }

    /** @return Warehousing over REST */
    public Warehousing warehousing() {
        return warehousing;
    }

    /** @return Booking over REST */
    public Booking booking() {
        return booking;
    }

    /** @return Pickups over REST */
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

    /** Configures {@link BringRest}. */
    public static final class Builder {
        private BringCredentials credentials;
        private Optional<URI> host = Optional.empty();
        private URI orderManagementUrl = ORDER_MANAGEMENT;
        private URI warehousingUrl = WAREHOUSING;
        private URI bookingUrl = BOOKING;
        private WireFormat format = WireFormat.JSON;
        private Duration connectTimeout = HttpSettings.DEFAULT_CONNECT_TIMEOUT;
        private Duration requestTimeout = HttpSettings.DEFAULT_REQUEST_TIMEOUT;
        private RetryPolicy retry = RetryPolicy.DEFAULT;
        private int requestsPerSecond = HttpSettings.BRING_REQUESTS_PER_SECOND;
        private long maxAnswerBytes = HttpSettings.DEFAULT_MAX_ANSWER_BYTES;
        private Clock clock = Clock.systemUTC();
        private Optional<HttpClient> httpClient = Optional.empty();

        private Builder() {
        }

        /**
         * The credentials every call carries.
         *
         * @param value Mybring login, API key and client URL
         * @return this
         */
        public Builder credentials(BringCredentials value) {
            credentials = Objects.requireNonNull(value, "credentials");
            return this;
        }

        /**
         * The credentials from {@code BRING_API_UID}, {@code BRING_API_KEY} and {@code BRING_CLIENT_URL}.
         *
         * @param environment e.g. {@code System.getenv()}
         * @return this
         * @throws IllegalArgumentException naming a missing variable
         */
        public Builder credentialsFromEnvironment(Map<String, String> environment) {
            return credentials(BringCredentials.fromEnvironment(environment));
        }

        /**
         * Replaces {@code https://api.bring.com} in every base URL (paths unchanged), e.g. to use a
         * local simulator or a proxy. Plain HTTP is accepted only for the loopback host.
         *
         * @param value e.g. {@code http://127.0.0.1:8080}
         * @return this
         */
        public Builder host(URI value) {
            host = Optional.of(Endpoints.requireSafe(Objects.requireNonNull(value, "host")));
            return this;
        }

        /** @param value Order Management's base URL @return this */
        public Builder orderManagementBaseUrl(URI value) {
            orderManagementUrl = Endpoints.requireSafe(value);
            return this;
        }

        /** @param value Warehousing's base URL @return this */
        public Builder warehousingBaseUrl(URI value) {
            warehousingUrl = Endpoints.requireSafe(value);
            return this;
        }

        /** @param value Booking's base URL (also used for pickups) @return this */
        public Builder bookingBaseUrl(URI value) {
            bookingUrl = Endpoints.requireSafe(value);
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

        /** @param value the longest wait for a connection (default 2 s) @return this */
        public Builder connectTimeout(Duration value) {
            connectTimeout = value;
            return this;
        }

        /** @param value the longest wait for a whole answer, its body included (default 5 s) @return this */
        public Builder requestTimeout(Duration value) {
            requestTimeout = value;
            return this;
        }

        /** @param value when failed calls are sent again (default {@link RetryPolicy#DEFAULT}) @return this */
        public Builder retryPolicy(RetryPolicy value) {
            retry = Objects.requireNonNull(value, "retryPolicy");
            return this;
        }

        /** @param value the most calls per second for these credentials (default 18) @return this */
        public Builder requestsPerSecond(int value) {
            requestsPerSecond = value;
            return this;
        }

        /**
         * @param value the largest answer read whole, in bytes (default 32 MiB); the streamed walk
         *              {@code Warehousing.eachArticleBalance} holds one balance at a time and reads
         *              answers of any length
         * @return this
         */
        public Builder maxAnswerBytes(long value) {
            maxAnswerBytes = value;
            return this;
        }

        /** @param value the clock for request dates and rules checked before sending @return this */
        public Builder clock(Clock value) {
            clock = Objects.requireNonNull(value, "clock");
            return this;
        }

        /** @param value an HTTP client to share (its own connect timeout applies) @return this */
        public Builder httpClient(HttpClient value) {
            httpClient = Optional.of(value);
            return this;
        }

        /** @return the adapter */
        public BringRest build() {
            return new BringRest(this);
        }

        private URI baseUrl(URI configured) {
            String url = configured.toString();
            return host.filter(h -> url.startsWith(BRING.toString()))
                    .map(h -> URI.create(h.toString().replaceAll("/+$", "") + url.substring(BRING.toString().length())))
                    .orElse(configured);
        }
    }
}
