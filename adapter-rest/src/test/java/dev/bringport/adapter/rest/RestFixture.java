package dev.bringport.adapter.rest;

import dev.bringport.adapter.inmemory.IdGenerator;
import dev.bringport.adapter.inmemory.InMemoryBring;
import dev.bringport.adapter.rest.booking.BookingSimulation;
import dev.bringport.adapter.rest.http.WireFormat;
import dev.bringport.adapter.rest.order.OrderManagementSimulation;
import dev.bringport.adapter.rest.simulator.BringSimulator;
import dev.bringport.domain.booking.BookingCustomer;
import dev.bringport.domain.order.Order;
import dev.bringport.domain.warehouse.ArticleBalance;
import dev.bringport.ports.BringCredentials;
import dev.bringport.ports.RetryPolicy;
import dev.bringport.ports.booking.Booking;
import dev.bringport.ports.contract.BringFixture;
import dev.bringport.ports.order.OrderManagement;
import dev.bringport.ports.pickup.Pickups;
import dev.bringport.ports.warehouse.Warehousing;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The contract suite's view of the REST adapter: its ports, pointed with {@code host} at a Bring
 * simulator on 127.0.0.1 that is backed by an in-memory Bring with a fixed clock.
 */
public class RestFixture implements BringFixture {

    /** The fixed time of the simulated Bring and of the adapter. */
    public static final Instant NOW = Instant.parse("2026-01-15T09:00:00Z");
    private static final String ANOTHER_USER = "another-user@example.com";

    private final InMemoryBring bring = InMemoryBring.builder().clock(Clock.fixed(NOW, ZoneOffset.UTC))
            .ids(IdGenerator.sequential(1)).build();
    private final BringSimulator simulator = BringSimulator.start(bring);
    private final BringRest rest;

    /**
     * A fixture speaking a wire format.
     *
     * @param format JSON or XML, where Bring offers both
     */
    public RestFixture(WireFormat format) {
        OrderManagementSimulation.install(simulator);
        BookingSimulation.install(simulator);
        rest = BringRest.builder()
                .credentials(new BringCredentials(InMemoryBring.DEFAULT_USER, BringSimulator.DEFAULT_KEY,
                        URI.create("https://shop.example")))
                .host(simulator.baseUri())
                .format(format)
                .clock(Clock.fixed(NOW, ZoneOffset.UTC))
                .retryPolicy(new RetryPolicy(3, Duration.ofMillis(10), Duration.ofMillis(50), 0, Duration.ofSeconds(2)))
                .requestsPerSecond(1000)
                .build();
        simulator.limit(Integer.MAX_VALUE);
    }

    /** @return the simulator, for fault injection and request assertions */
    public BringSimulator simulator() {
        return simulator;
    }

    /** @return the adapter under test */
    public BringRest rest() {
        return rest;
    }

    @Override
    public OrderManagement orderManagement() {
        return rest.orderManagement();
    }

    @Override
    public Warehousing warehousing() {
        return rest.warehousing();
    }

    @Override
    public Booking booking() {
        return rest.booking();
    }

    @Override
    public Pickups pickups() {
        return rest.pickups();
    }

    @Override
    public Instant now() {
        return bring.now();
    }

    @Override
    public void givenOrderManagementCustomer(String customerId) {
        bring.givenOrderManagementCustomer(customerId);
    }

    @Override
    public void givenOrder(String customerId, Order order) {
        bring.givenOrder(customerId, order);
    }

    @Override
    public void givenOrderOfAnotherUser(String customerId, Order order) {
        bring.givenOrderManagementCustomer(customerId, ANOTHER_USER).givenOrder(customerId, order);
    }

    @Override
    public void givenArticleBalances(String customerId, List<ArticleBalance> balances) {
        bring.givenStock(customerId, balances);
    }

    @Override
    public void givenBookingCustomers(List<BookingCustomer> customers) {
        bring.givenBookingCustomers(customers);
    }

    @Override
    public void close() {
        simulator.close();
    }
}
