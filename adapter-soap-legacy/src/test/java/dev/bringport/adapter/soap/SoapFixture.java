package dev.bringport.adapter.soap;

import dev.bringport.adapter.inmemory.IdGenerator;
import dev.bringport.adapter.inmemory.InMemoryBring;
import dev.bringport.domain.booking.BookingCustomer;
import dev.bringport.domain.order.Order;
import dev.bringport.domain.warehouse.ArticleBalance;
import dev.bringport.ports.BringCredentials;
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
 * The contract suite's view of the SOAP adapter: its ports, pointed at Bring's SOAP services
 * simulated in process by Metro over an in-memory Bring. The server and the adapter are started
 * once (Metro's first call is slow) and Bring's state is emptied for every test.
 */
@SuppressWarnings("deprecation")
class SoapFixture implements BringFixture {

    static final Instant NOW = Instant.parse("2026-01-15T09:00:00Z");
    static final String ANOTHER_USER = "another-user@example.com";
    static final BringCredentials CREDENTIALS = new BringCredentials(InMemoryBring.DEFAULT_USER,
            "contract-suite-api-key", URI.create("https://bringport.dev/contract-suite"));

    private static Shared shared;

    private final Shared running;

    SoapFixture() {
        running = shared();
        running.bring().reset();
    }

    private static synchronized Shared shared() {
        if (shared == null) {
            InMemoryBring bring = InMemoryBring.builder().clock(Clock.fixed(NOW, ZoneOffset.UTC))
                    .ids(IdGenerator.sequential(1)).build();
            SimulatedBring server = new SimulatedBring(bring);
            Runtime.getRuntime().addShutdownHook(new Thread(server::close));
            BringSoap soap = BringSoap.builder().credentials(CREDENTIALS).host(server.host())
                    .clock(Clock.fixed(NOW, ZoneOffset.UTC))
                    .rateLimit(1_000, Duration.ofSeconds(1))
                    .build();
            shared = new Shared(bring, server, soap);
        }
        return shared;
    }

    private record Shared(InMemoryBring bring, SimulatedBring server, BringSoap soap) {
    }

    @Override
    public OrderManagement orderManagement() {
        return running.soap().orderManagement();
    }

    @Override
    public Warehousing warehousing() {
        return running.soap().warehousing();
    }

    @Override
    public Booking booking() {
        return running.soap().booking();
    }

    @Override
    public Pickups pickups() {
        return running.soap().pickups();
    }

    @Override
    public Instant now() {
        return NOW;
    }

    @Override
    public void givenOrderManagementCustomer(String customerId) {
        running.bring().givenOrderManagementCustomer(customerId);
    }

    @Override
    public void givenOrder(String customerId, Order order) {
        running.bring().givenOrder(customerId, order);
    }

    @Override
    public void givenOrderOfAnotherUser(String customerId, Order order) {
        running.bring().givenOrderManagementCustomer(customerId, ANOTHER_USER).givenOrder(customerId, order);
    }

    @Override
    public void givenArticleBalances(String customerId, List<ArticleBalance> balances) {
        running.bring().givenStock(customerId, balances);
    }

    @Override
    public void givenBookingCustomers(List<BookingCustomer> customers) {
        running.bring().givenBookingCustomers(customers);
    }
}
