package dev.bringport.adapter.soap;

import dev.bringport.adapter.soap.booking.BookingService;
import dev.bringport.adapter.soap.order.PurchaseOrderService;
import dev.bringport.adapter.soap.order.SoapWarehousing;
import dev.bringport.adapter.soap.transport.RateLimit;
import dev.bringport.adapter.soap.transport.SoapEndpoint;
import dev.bringport.adapter.soap.transport.SoapSettings;
import dev.bringport.ports.BringCredentials;
import dev.bringport.ports.RetryPolicy;
import dev.bringport.ports.booking.Booking;
import dev.bringport.ports.migration.BringPorts;
import dev.bringport.ports.order.OrderManagement;
import dev.bringport.ports.pickup.Pickups;
import dev.bringport.ports.warehouse.Warehousing;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * The ports over Bring's SOAP services, for applications that still use them while they migrate:
 * Order Management ({@code purchaseorder-v1.wsdl}: read an order, add a packing list, create a
 * transport order) and Booking ({@code booking-v1.wsdl}: book, customers, pickup orders). Every
 * other operation fails with {@link dev.bringport.ports.NotSupportedByTransportException} naming
 * the REST endpoint that carries it, and each port says so in {@code supports(Operation)}, so an
 * application can move one operation at a time.
 *
 * <pre>{@code
 * BringSoap soap = BringSoap.builder()
 *         .credentials(BringCredentials.fromEnvironment(System.getenv()))
 *         .build();
 * Order order = soap.orderManagement().order("10000000000", "11873875-status_med_2");
 * }</pre>
 *
 * <p>Calls carry the same three headers as the REST adapter ({@code X-Mybring-API-Uid},
 * {@code X-Mybring-API-Key}, {@code X-Bring-Client-URL}), follow the same retry and write-safety
 * policy ({@link RetryPolicy}) and the same rate limit (18 requests per second by default, one
 * limiter for every caller in the JVM with the same user id). The first use in a JVM logs a
 * deprecation warning. Thread-safe: build one instance and share it; Metro's service objects are
 * created once per instance, on first use, which makes that first call slow.
 *
 * @deprecated Bring has deprecated its SOAP services: it rate limits the SOAP endpoints from
 *     1 September 2024, with a gradually reduced request rate, and asks every integration to move
 *     to its JSON/XML APIs over HTTP. Use the REST adapter ({@code bringport-adapter-rest}); the
 *     ports stay the same.
 */
@Deprecated(since = "0.1.0")
public final class BringSoap {

    /** Bring's API host, which {@link Builder#host(URI)} replaces. */
    public static final URI BRING_HOST = URI.create("https://api.bring.com");
    /** The path of Order Management's SOAP service ({@code purchaseorder-v1.wsdl}). */
    public static final String ORDER_MANAGEMENT_PATH = "/po/api/ws";
    /** The path of the deprecated SOAP booking service ({@code booking-v1.wsdl}). */
    public static final String BOOKING_PATH = "/booking/api/ws";
    /** Bring throttles more than 18 requests per second (HTTP 429): the library stays below. */
    public static final int DEFAULT_REQUESTS_PER_SECOND = 18;
    /** How long a connection may take by default. */
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(2);
    /**
     * How long an answer may take by default: Bring books a parcel in under 2 s and cargo in
     * under 3 s.
     */
    public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(5);
    /** The largest answer read by default: 32 MiB. */
    public static final long DEFAULT_MAX_ANSWER_BYTES = 32L * 1024 * 1024;

    private final SoapSettings settings;
    private final PurchaseOrderService purchaseOrders;
    private final SoapWarehousing warehousing;
    private final BookingService bookings;

    private BringSoap(SoapSettings settings) {
        this.settings = settings;
        this.purchaseOrders = new PurchaseOrderService(settings);
        this.warehousing = new SoapWarehousing();
        this.bookings = new BookingService(settings);
    }

    /**
     * Starts configuring the adapter.
     *
     * @return a builder with Bring's addresses and the library's defaults; credentials are required
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Order Management over SOAP: {@code order}, {@code addPackingList} and {@code createTransportOrder}.
     *
     * @return the port
     */
    public OrderManagement orderManagement() {
        return purchaseOrders.orderManagement();
    }

    /**
     * Warehousing: Bring's SOAP services carry none of it; every call names its REST alternative.
     *
     * @return the port
     */
    public Warehousing warehousing() {
        return warehousing;
    }

    /**
     * Booking over SOAP: {@code book} and {@code customers}.
     *
     * @return the port
     */
    public Booking booking() {
        return bookings.booking();
    }

    /**
     * Pickups over SOAP: {@code orderPickup}.
     *
     * @return the port
     */
    public Pickups pickups() {
        return bookings.pickups();
    }

    /**
     * The four ports over SOAP, e.g. to hand to {@link dev.bringport.ports.migration.TransportPlan#compose};
     * the operations Bring's SOAP services lack answer "not supported by this transport".
     *
     * @return the ports
     */
    public BringPorts ports() {
        return new BringPorts(orderManagement(), warehousing(), booking(), pickups());
    }

    /**
     * The address Order Management calls go to.
     *
     * @return e.g. {@code https://api.bring.com/po/api/ws}
     */
    public URI orderManagementEndpoint() {
        return settings.orderManagementEndpoint();
    }

    /**
     * The address Booking and Pickups calls go to.
     *
     * @return e.g. {@code https://api.bring.com/booking/api/ws}
     */
    public URI bookingEndpoint() {
        return settings.bookingEndpoint();
    }

    SoapSettings settings() {
        return settings;
    }

    SoapEndpoint<?> orderManagementCalls() {
        return purchaseOrders.endpoint();
    }

    SoapEndpoint<?> bookingCalls() {
        return bookings.endpoint();
    }

    @Override
    public String toString() {
        return "BringSoap[user=" + settings.credentials().userId() + ", orderManagement="
                + settings.orderManagementEndpoint() + ", booking=" + settings.bookingEndpoint() + "]";
    }

    /**
     * Configures a {@link BringSoap}.
     *
     * @deprecated see {@link BringSoap}: use the REST adapter's builder.
     */
    @Deprecated(since = "0.1.0")
    public static final class Builder {
        private BringCredentials credentials;
        private URI host = BRING_HOST;
        private URI orderManagementEndpoint = BRING_HOST.resolve(ORDER_MANAGEMENT_PATH);
        private URI bookingEndpoint = BRING_HOST.resolve(BOOKING_PATH);
        private Duration connectTimeout = DEFAULT_CONNECT_TIMEOUT;
        private Duration requestTimeout = DEFAULT_REQUEST_TIMEOUT;
        private RetryPolicy retryPolicy = RetryPolicy.DEFAULT;
        private int requests = RateLimit.BRING.requests();
        private Duration period = RateLimit.BRING.period();
        private Duration rateLimitWait = RateLimit.BRING.maxWait();
        private long maxAnswerBytes = DEFAULT_MAX_ANSWER_BYTES;
        private Clock clock = Clock.systemUTC();
        private String locale = "en";

        private Builder() {
        }

        /**
         * The Mybring user, API key and client URL every call carries as HTTP headers.
         *
         * @param value the credentials
         * @return this
         */
        public Builder credentials(BringCredentials value) {
            credentials = Objects.requireNonNull(value, "credentials");
            return this;
        }

        /**
         * Replaces {@code https://api.bring.com} in every endpoint address, paths unchanged: the
         * {@code --host} of the example application, for a simulator or a proxy. Plain HTTP is
         * allowed for loopback hosts only.
         *
         * @param value e.g. {@code http://127.0.0.1:8080}
         * @return this
         */
        public Builder host(URI value) {
            Objects.requireNonNull(value, "host");
            if (value.getScheme() == null || value.getHost() == null || value.getQuery() != null
                    || value.getFragment() != null) {
                throw new IllegalArgumentException("host must be a URL like https://api.bring.com, was " + value);
            }
            String text = value.toString();
            host = URI.create(text.endsWith("/") ? text.substring(0, text.length() - 1) : text);
            return this;
        }

        /**
         * The address of Order Management's SOAP service. An address on {@code https://api.bring.com}
         * still follows {@link #host(URI)}.
         *
         * @param value default {@code https://api.bring.com/po/api/ws}
         * @return this
         */
        public Builder orderManagementEndpoint(URI value) {
            orderManagementEndpoint = Objects.requireNonNull(value, "orderManagementEndpoint");
            return this;
        }

        /**
         * The address of the SOAP booking service (booking, customers, pickup orders). An address
         * on {@code https://api.bring.com} still follows {@link #host(URI)}.
         *
         * @param value default {@code https://api.bring.com/booking/api/ws}
         * @return this
         */
        public Builder bookingEndpoint(URI value) {
            bookingEndpoint = Objects.requireNonNull(value, "bookingEndpoint");
            return this;
        }

        /**
         * How long to wait for a connection. A call that never connected was not sent, so even a
         * write may be sent again.
         *
         * @param value default 2 seconds ({@link BringSoap#DEFAULT_CONNECT_TIMEOUT})
         * @return this
         */
        public Builder connectTimeout(Duration value) {
            connectTimeout = positive(value, "connectTimeout");
            return this;
        }

        /**
         * How long to wait for Bring's answer: each read from the connection, and the whole answer
         * from opening the connection to its last byte, however slowly it trickles in. A read that
         * times out may be retried; a write that times out fails with
         * {@link dev.bringport.ports.OutcomeUnknownException} and is never sent again.
         *
         * @param value default 5 seconds ({@link BringSoap#DEFAULT_REQUEST_TIMEOUT})
         * @return this
         */
        public Builder requestTimeout(Duration value) {
            requestTimeout = positive(value, "requestTimeout");
            return this;
        }

        /**
         * When a failed call is sent again.
         *
         * @param value default {@link RetryPolicy#DEFAULT}; {@link RetryPolicy#NEVER} for one attempt
         * @return this
         */
        public Builder retryPolicy(RetryPolicy value) {
            retryPolicy = Objects.requireNonNull(value, "retryPolicy");
            return this;
        }

        /**
         * How many requests the credentials' user may send per period. Every adapter in the JVM
         * with the same user id and limit shares one limiter.
         *
         * @param requests requests per period, default {@value BringSoap#DEFAULT_REQUESTS_PER_SECOND}
         * @param per      the period, default one second
         * @return this
         */
        public Builder rateLimit(int requests, Duration per) {
            RateLimit checked = new RateLimit(requests, positive(per, "period"), rateLimitWait);
            this.requests = checked.requests();
            this.period = checked.period();
            return this;
        }

        /**
         * How long a call waits for its turn under the rate limit before it fails with
         * {@link dev.bringport.ports.RateLimitedException}, nothing sent.
         *
         * @param value default 5 seconds
         * @return this
         */
        public Builder rateLimitWait(Duration value) {
            Objects.requireNonNull(value, "rateLimitWait");
            if (value.isNegative()) {
                throw new IllegalArgumentException("rateLimitWait must not be negative, was " + value);
            }
            rateLimitWait = value;
            return this;
        }

        /**
         * The largest answer read. A larger one is not read further: the call fails with
         * {@link dev.bringport.ports.UnexpectedResponseException}, or for a write with
         * {@link dev.bringport.ports.OutcomeUnknownException}.
         *
         * @param value default 32 MiB ({@link BringSoap#DEFAULT_MAX_ANSWER_BYTES})
         * @return this
         */
        public Builder maxAnswerBytes(long value) {
            if (value < 1) {
                throw new IllegalArgumentException("maxAnswerBytes must be positive, was " + value);
            }
            maxAnswerBytes = value;
            return this;
        }

        /**
         * What "now" is: for Bring's rules checked before sending (shipping and pickup dates) and
         * the date every Order Management request carries.
         *
         * @param value default the system clock
         * @return this
         */
        public Builder clock(Clock value) {
            clock = Objects.requireNonNull(value, "clock");
            return this;
        }

        /**
         * The {@code RequestProperties/Locale} of Order Management requests: the language of
         * Bring's error descriptions.
         *
         * @param value {@code en} (default) or {@code no}
         * @return this
         */
        public Builder locale(String value) {
            Objects.requireNonNull(value, "locale");
            if (value.isBlank()) {
                throw new IllegalArgumentException("locale must not be blank");
            }
            locale = value.strip().toLowerCase(Locale.ROOT);
            return this;
        }

        /**
         * Builds the adapter. Logs the deprecation warning, the first time in the JVM. Metro's
         * service objects are created on first use.
         *
         * @return the adapter
         * @throws IllegalStateException without credentials
         * @throws IllegalArgumentException for an endpoint that is not HTTPS (HTTP is allowed for loopback hosts)
         */
        public BringSoap build() {
            if (credentials == null) {
                throw new IllegalStateException("credentials are required: BringSoap.builder().credentials(...)");
            }
            SoapSettings settings = new SoapSettings(credentials, endpoint(orderManagementEndpoint),
                    endpoint(bookingEndpoint), connectTimeout, requestTimeout, retryPolicy,
                    new RateLimit(requests, period, rateLimitWait), maxAnswerBytes, clock, locale);
            DeprecationNotice.JVM.firstUse();
            return new BringSoap(settings);
        }

        private URI endpoint(URI configured) {
            String text = configured.toString();
            String bring = BRING_HOST.toString();
            URI address = text.startsWith(bring) ? URI.create(host + text.substring(bring.length())) : configured;
            requireSecure(address);
            return address;
        }

        private static void requireSecure(URI address) {
            String scheme = String.valueOf(address.getScheme()).toLowerCase(Locale.ROOT);
            if (address.getHost() == null || !(scheme.equals("https") || scheme.equals("http"))) {
                throw new IllegalArgumentException("an endpoint must be an http(s) URL, was " + address);
            }
            if (scheme.equals("http") && !isLoopback(address.getHost())) {
                throw new IllegalArgumentException("an endpoint must use HTTPS (plain HTTP only on a loopback host),"
                        + " was " + address);
            }
        }

        private static boolean isLoopback(String host) {
            String h = host.toLowerCase(Locale.ROOT);
            return h.equals("localhost") || h.matches("127(\\.\\d{1,3}){3}") || h.equals("[::1]") || h.equals("::1");
        }

        private static Duration positive(Duration value, String name) {
            Objects.requireNonNull(value, name);
            if (value.isNegative() || value.isZero()) {
                throw new IllegalArgumentException(name + " must be positive, was " + value);
            }
            return value;
        }
    }
}
