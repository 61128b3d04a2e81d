package dev.bringport.adapter.soap;

import dev.bringport.adapter.soap.booking.BookingService;
import dev.bringport.adapter.soap.order.PurchaseOrderService;
import dev.bringport.adapter.soap.order.SoapWarehousing;
import dev.bringport.adapter.soap.transport.SoapEndpoint;
import dev.bringport.adapter.soap.transport.SoapSettings;
import dev.bringport.ports.BringCredentials;
import dev.bringport.ports.ClientRules;
import dev.bringport.ports.booking.Booking;
import dev.bringport.ports.migration.BringPorts;
import dev.bringport.ports.order.OrderManagement;
import dev.bringport.ports.pickup.Pickups;
import dev.bringport.ports.transport.BringAddress;
import dev.bringport.ports.transport.CallListener;
import dev.bringport.ports.transport.TransportBuilder;
import dev.bringport.ports.warehouse.Warehousing;
import java.net.URI;
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
 * {@code X-Mybring-API-Key}, {@code X-Bring-Client-URL}) and follow the same transport policy
 * ({@link dev.bringport.ports.transport.TransportPolicy}): the same retries and write safety, the
 * same failures, and the same rate budget, which REST and SOAP calls of one user share (18
 * requests per second by default, counted for the whole JVM). The first SOAP call in a JVM logs a
 * deprecation warning (building the adapter does not). Thread-safe: build one instance and share it; Metro's service objects are
 * created once per instance, on first use, which makes that first call slow. {@link #close()}
 * releases Metro's ports.
 *
 * @deprecated Bring has deprecated its SOAP services: it rate limits the SOAP endpoints from
 *     1 September 2024, with a gradually reduced request rate, and asks every integration to move
 *     to its JSON/XML APIs over HTTP. Use the REST adapter ({@code bringport-adapter-rest}); the
 *     ports stay the same.
 */
@Deprecated(since = "0.1.0")
public final class BringSoap implements AutoCloseable {

    /** Bring's API host, which {@link Builder#host(URI)} replaces. */
    public static final URI BRING_HOST = URI.create("https://api.bring.com");
    /** The path of Order Management's SOAP service ({@code purchaseorder-v1.wsdl}). */
    public static final String ORDER_MANAGEMENT_PATH = "/po/api/ws";
    /** The path of the deprecated SOAP booking service ({@code booking-v1.wsdl}). */
    public static final String BOOKING_PATH = "/booking/api/ws";

    private final SoapSettings settings;
    private final PurchaseOrderService purchaseOrders;
    private final SoapWarehousing warehousing;
    private final BookingService bookings;
    private final ClientRules clientRules;

    private BringSoap(SoapSettings settings) {
        this(settings, new PurchaseOrderService(settings), new BookingService(settings), settings.transport().clientRules());
    }

    private BringSoap(SoapSettings settings, PurchaseOrderService purchaseOrders, BookingService bookings,
                      ClientRules clientRules) {
        this.settings = settings;
        this.purchaseOrders = purchaseOrders;
        this.warehousing = new SoapWarehousing();
        this.bookings = bookings;
        this.clientRules = clientRules;
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
     * Whether the ports check Bring's rules before sending. What booking-v1.xsd has no place for is
     * refused whatever the switch.
     *
     * @return {@link ClientRules#ON} unless configured otherwise
     */
    public ClientRules clientRules() {
        return clientRules;
    }

    /**
     * The same adapter (the same endpoints, connections and settings) with Bring's rules checked
     * before sending or not: what a {@link ClientRules} bound in Guice does to {@link BringSoapModule}.
     * The two share their endpoints, so closing either closes both.
     *
     * @param value on or off
     * @return this adapter when the switch is already so, else one that shares its endpoints
     */
    public BringSoap withClientRules(ClientRules value) {
        return Objects.requireNonNull(value, "clientRules") == clientRules ? this
                : new BringSoap(settings, purchaseOrders.withClientRules(value), bookings.withClientRules(value), value);
    }

    /**
     * The same adapter (the same endpoints, Metro ports and settings) telling another listener too
     * of every attempt: what the {@link CallListener}s bound in Guice do to {@link BringSoapModule}.
     * The two share their endpoints, so closing either closes both.
     *
     * @param more told after the adapter's own listener
     * @return this adapter for {@link CallListener#NONE}, else one that shares its endpoints
     */
    BringSoap alsoTelling(CallListener more) {
        return more == CallListener.NONE ? this
                : new BringSoap(settings, purchaseOrders.alsoTelling(more), bookings.alsoTelling(more), clientRules);
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

    /**
     * Closes the adapter: Metro's ports it created are released (a port in use once its call has
     * ended), and its ports refuse every call from now on (with {@link IllegalStateException}).
     * Closing twice does nothing more.
     */
    @Override
    public void close() {
        purchaseOrders.endpoint().close();
        bookings.endpoint().close();
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
     * Configures a {@link BringSoap}: the options every transport shares, and SOAP's own.
     *
     * @deprecated see {@link BringSoap}: use the REST adapter's builder.
     */
    @Deprecated(since = "0.1.0")
    public static final class Builder extends TransportBuilder<Builder> {
        private URI orderManagementEndpoint = BRING_HOST.resolve(ORDER_MANAGEMENT_PATH);
        private URI bookingEndpoint = BRING_HOST.resolve(BOOKING_PATH);
        private String locale = "en";

        private Builder() {
        }

        @Override
        protected Builder self() {
            return this;
        }

        /**
         * The address of Order Management's SOAP service. An address on {@code https://api.bring.com}
         * still follows {@link #host(URI)}.
         *
         * @param value default {@code https://api.bring.com/po/api/ws}
         * @return this
         * @throws IllegalArgumentException for an address the credentials may not go to
         */
        public Builder orderManagementEndpoint(URI value) {
            orderManagementEndpoint = BringAddress.requireHost(Objects.requireNonNull(value, "orderManagementEndpoint"));
            return this;
        }

        /**
         * The address of the SOAP booking service (booking, customers, pickup orders). An address
         * on {@code https://api.bring.com} still follows {@link #host(URI)}.
         *
         * @param value default {@code https://api.bring.com/booking/api/ws}
         * @return this
         * @throws IllegalArgumentException for an address the credentials may not go to
         */
        public Builder bookingEndpoint(URI value) {
            bookingEndpoint = BringAddress.requireHost(Objects.requireNonNull(value, "bookingEndpoint"));
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
         * Builds the adapter. Metro's service objects are created on first use, and the deprecation
         * warning is logged at the first SOAP call of the JVM, not here.
         *
         * @return the adapter
         * @throws IllegalStateException without credentials, or with both a rate and a rate budget
         */
        public BringSoap build() {
            SoapSettings settings = new SoapSettings(settings(), endpoint(orderManagementEndpoint), endpoint(bookingEndpoint),
                    locale);
            return new BringSoap(settings);
        }

        private URI endpoint(URI configured) {
            String text = configured.toString();
            String bring = BRING_HOST.toString();
            return host().filter(h -> text.startsWith(bring)).map(h -> URI.create(h + text.substring(bring.length())))
                    .orElse(configured);
        }
    }
}
