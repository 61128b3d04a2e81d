package dev.bringport.adapter.inmemory;

import dev.bringport.domain.booking.BookingCustomer;
import dev.bringport.domain.order.Order;
import dev.bringport.domain.warehouse.ArticleBalance;
import dev.bringport.ports.Operation;
import dev.bringport.ports.booking.Booking;
import dev.bringport.ports.migration.BringPorts;
import dev.bringport.ports.order.OrderManagement;
import dev.bringport.ports.pickup.Pickups;
import dev.bringport.ports.transport.CallListener;
import dev.bringport.ports.warehouse.Warehousing;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

/**
 * A faithful fake of Bring, in memory: what a test suite runs against instead of Bring.
 *
 * <p>It keeps state like Bring's servers (Order Management customers and their orders, packing
 * lists, the warehouse's stock, bookings and labels, pickups), enforces Bring's rules and answers
 * with Bring's codes, through the same ports the real adapters implement. Each set of ports acts
 * as one Mybring user, who may act for some customer numbers; {@link #orderManagement()} and its
 * siblings act as {@link #DEFAULT_USER}.
 *
 * <pre>{@code
 * InMemoryBring bring = InMemoryBring.builder().clock(clock).ids(IdGenerator.sequential(1)).build()
 *         .givenOrder("10000000000", order)
 *         .givenBookingCustomers(customers);
 * OrderManagement om = bring.orderManagement();        // hand it to the code under test
 * ...
 * assertThat(bring.received().packingLists()).hasSize(1);
 * }</pre>
 *
 * <p>Thread-safe: every call reads or changes Bring's state atomically under one lock, so
 * concurrent callers never lose an update or see half of one.
 */
public final class InMemoryBring {

    /** The Mybring user the default ports act as. */
    public static final String DEFAULT_USER = "bringport-user@example.com";

    private final Clock clock;
    private final IdGenerator ids;
    private final String defaultUser;
    private final CallListener callListener;
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final Faults faults = new Faults();
    private final Received received = new Received();
    private final BringPorts defaultPorts;
    private Orders orders = new Orders();
    private Warehouse warehouse = new Warehouse();
    private Bookings bookings = new Bookings();

    private InMemoryBring(Builder builder) {
        this.clock = builder.clock;
        this.ids = builder.ids;
        this.defaultUser = builder.defaultUser;
        this.callListener = builder.callListener;
        this.defaultPorts = ports(defaultUser);
    }

    /**
     * An empty in-memory Bring with the system clock and random numbers.
     *
     * @return the fake
     */
    public static InMemoryBring create() {
        return builder().build();
    }

    /**
     * An in-memory Bring holding the demo dataset ({@link DemoData}).
     *
     * @return the fake
     */
    public static InMemoryBring withDemoData() {
        return create().givenDemoData();
    }

    /**
     * Starts configuring an in-memory Bring.
     *
     * @return a builder with the system clock, random numbers and {@link #DEFAULT_USER}
     */
    public static Builder builder() {
        return new Builder();
    }

    // --- ports -----------------------------------------------------------------------------------

    /** {@return Order Management, as the default user} */
    public OrderManagement orderManagement() {
        return defaultPorts.orderManagement();
    }

    /** {@return Warehousing, as the default user} */
    public Warehousing warehousing() {
        return defaultPorts.warehousing();
    }

    /** {@return Booking, as the default user} */
    public Booking booking() {
        return defaultPorts.booking();
    }

    /** {@return Pickups, as the default user} */
    public Pickups pickups() {
        return defaultPorts.pickups();
    }

    /**
     * The four ports as the default user, e.g. to hand to {@link dev.bringport.ports.migration.TransportPlan#compose}.
     *
     * @return the ports
     */
    public BringPorts ports() {
        return defaultPorts;
    }

    /**
     * The ports as another Mybring user, e.g. a supplier ({@link #givenSupplier}) packing the
     * order of a customer.
     *
     * @param userId the user's Mybring login
     * @return the user's ports
     */
    public BringPorts ports(String userId) {
        return ports(userId, callListener);
    }

    /** The ports of a user, telling a listener of every call. */
    BringPorts ports(String userId, CallListener listener) {
        Objects.requireNonNull(userId, "userId");
        return new BringPorts(new InMemoryOrderManagement(this, userId, listener), new InMemoryWarehousing(this, userId,
                listener), new InMemoryBooking(this, userId, listener), new InMemoryPickups(this, userId, listener));
    }

    /** {@return the listener every call of its ports is told to} */
    CallListener callListener() {
        return callListener;
    }

    /** {@return the Mybring user the default ports act as} */
    String defaultUser() {
        return defaultUser;
    }

    // --- seeding ---------------------------------------------------------------------------------

    /**
     * Makes a customer number an Order Management customer of the default user.
     *
     * @param customerId the customer number
     * @return this
     */
    public InMemoryBring givenOrderManagementCustomer(String customerId) {
        return givenOrderManagementCustomer(customerId, defaultUser);
    }

    /**
     * Makes a customer number an Order Management customer that a user acts for.
     *
     * @param customerId the customer number
     * @param userId     the user
     * @return this
     */
    public InMemoryBring givenOrderManagementCustomer(String customerId, String userId) {
        write(() -> orders.addCustomer(customerId, userId));
        return this;
    }

    /**
     * Lets a user act as a supplier of a customer: read the customer's orders and their lines,
     * add packing lists and transport orders to them (as Bring's usage pattern has it: a customer
     * lets its suppliers get its orders). Sending the customer's orders and reading its stock stay
     * the owner's.
     *
     * @param customerId the customer
     * @param userId     the supplier's Mybring login
     * @return this
     */
    public InMemoryBring givenSupplier(String customerId, String userId) {
        write(() -> orders.addSupplier(customerId, userId));
        return this;
    }

    /**
     * Places an order at Bring, as if its customer had sent it earlier. The customer becomes an
     * Order Management customer of the default user unless it already is someone's. An order
     * addressed to a warehouse reserves its stock. Lines keep the remaining quantity they carry
     * (to start from a partly packed order); lines without one have their whole quantity left.
     *
     * @param customerId the customer that owns the order
     * @param order      the order
     * @return this
     */
    public InMemoryBring givenOrder(String customerId, Order order) {
        write(() -> {
            orders.addCustomerIfAbsent(customerId, defaultUser);
            OrderLifecycle.place(this, new Orders.Key(customerId, order.orderId()), OrderLifecycle.seeded(order));
        });
        return this;
    }

    /**
     * Puts article balances in a customer's warehouse stock (replacing those of the same article).
     * The customer becomes an Order Management customer of the default user unless it already is.
     *
     * @param customerId the customer
     * @param balances   the balances
     * @return this
     */
    public InMemoryBring givenStock(String customerId, List<ArticleBalance> balances) {
        write(() -> {
            orders.addCustomerIfAbsent(customerId, defaultUser);
            warehouse.put(customerId, balances);
        });
        return this;
    }

    /**
     * Sets the customer numbers and products the default user may book with.
     *
     * @param customers the customers (GET /customers)
     * @return this
     */
    public InMemoryBring givenBookingCustomers(List<BookingCustomer> customers) {
        return givenBookingCustomers(defaultUser, customers);
    }

    /**
     * Sets the customer numbers and products a user may book with.
     *
     * @param userId    the user
     * @param customers the customers
     * @return this
     */
    public InMemoryBring givenBookingCustomers(String userId, List<BookingCustomer> customers) {
        write(() -> bookings.putCustomers(userId, customers));
        return this;
    }

    /**
     * Adds the demo dataset: the documented order, stock and booking customers ({@link DemoData}).
     *
     * @return this
     */
    public InMemoryBring givenDemoData() {
        DemoData.seed(this);
        return this;
    }

    /**
     * Bring's warehouse starts picking an order: the stock it holds in order becomes allocated and
     * the order's status {@code Picked}.
     *
     * @param customerId the customer
     * @param orderId    the order
     * @return this
     * @throws IllegalArgumentException if there is no such warehouse order
     */
    public InMemoryBring pick(String customerId, String orderId) {
        write(() -> OrderLifecycle.pick(this, new Orders.Key(customerId, orderId)));
        return this;
    }

    // --- failures and reset --------------------------------------------------------------------

    /**
     * Makes the next call, of any operation, fail.
     *
     * @param fault how it fails
     * @return this
     */
    public InMemoryBring failNext(Fault fault) {
        faults.add(Optional.empty(), Objects.requireNonNull(fault, "fault"));
        return this;
    }

    /**
     * Makes the next call of an operation fail; calls of other operations are not affected.
     *
     * @param operation the operation
     * @param fault     how it fails
     * @return this
     */
    public InMemoryBring failNext(Operation operation, Fault fault) {
        faults.add(Optional.of(operation), Objects.requireNonNull(fault, "fault"));
        return this;
    }

    /** Forgets everything: customers, orders, stock, bookings, labels, what was received, queued faults. */
    public void reset() {
        write(() -> {
            orders = new Orders();
            warehouse = new Warehouse();
            bookings = new Bookings();
            received.clear();
            faults.clear();
        });
    }

    // --- read-back -------------------------------------------------------------------------------

    /**
     * What Bring accepted so far, for assertions.
     *
     * @return the record of accepted requests
     */
    public Received received() {
        return received;
    }

    /**
     * An order as Bring holds it now, whoever owns it.
     *
     * @param customerId the customer
     * @param orderId    the order
     * @return the order with its current remaining quantities and statuses
     */
    public Optional<Order> order(String customerId, String orderId) {
        return read(() -> orders.find(new Orders.Key(customerId, orderId)).map(Orders.Stored::order));
    }

    /**
     * A customer's stock as Bring's warehouse holds it now.
     *
     * @param customerId the customer
     * @return the balances
     */
    public List<ArticleBalance> stock(String customerId) {
        return read(() -> warehouse.balances(customerId));
    }

    /**
     * Bring's clock now.
     *
     * @return the current time
     */
    public Instant now() {
        return clock.instant();
    }

    /**
     * The clock Bring's dates and rules go by, e.g. for a server in front of this Bring to date its answers.
     *
     * @return the clock
     */
    public Clock clock() {
        return clock;
    }

    // --- for the ports -----------------------------------------------------------------------------

    Orders orders() {
        return orders;
    }

    Warehouse warehouse() {
        return warehouse;
    }

    Bookings bookings() {
        return bookings;
    }

    Faults faults() {
        return faults;
    }

    IdGenerator ids() {
        return ids;
    }

    <T> T read(Supplier<T> body) {
        lock.readLock().lock();
        try {
            return body.get();
        } finally {
            lock.readLock().unlock();
        }
    }

    void write(Runnable body) {
        lock.writeLock().lock();
        try {
            body.run();
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Configures an {@link InMemoryBring}. */
    public static final class Builder {
        private Clock clock = Clock.systemUTC();
        private IdGenerator ids = IdGenerator.random();
        private String defaultUser = DEFAULT_USER;
        private CallListener callListener = CallListener.NONE;

        private Builder() {
        }

        /**
         * The clock Bring's dates and rules go by.
         *
         * @param value the clock, e.g. {@code Clock.fixed(...)} for a deterministic test
         * @return this
         */
        public Builder clock(Clock value) {
            clock = Objects.requireNonNull(value, "clock");
            return this;
        }

        /**
         * Where consignment and package numbers come from.
         *
         * @param value the generator, e.g. {@code IdGenerator.sequential(1)}
         * @return this
         */
        public Builder ids(IdGenerator value) {
            ids = Objects.requireNonNull(value, "ids");
            return this;
        }

        /**
         * The Mybring user the default ports act as.
         *
         * @param value the user's login
         * @return this
         */
        public Builder defaultUser(String value) {
            defaultUser = Objects.requireNonNull(value, "defaultUser");
            return this;
        }

        /**
         * Told when each call starts and finishes, as the REST and SOAP adapters tell theirs of each
         * attempt: here every call is one attempt, with no rate budget, and an HTTP status only for
         * the failures it simulates ({@link Fault}). A call refused before sending makes no attempt.
         * A listener that throws never breaks a call.
         *
         * @param value the listener, e.g. {@code new MicrometerCallListener(registry)}; default {@link CallListener#NONE}
         * @return this
         */
        public Builder callListener(CallListener value) {
            callListener = Objects.requireNonNull(value, "callListener");
            return this;
        }

        /** {@return the in-memory Bring} */
        public InMemoryBring build() {
            return new InMemoryBring(this);
        }
    }
}
