package dev.bringport.adapter.inmemory;

import dev.bringport.domain.booking.BookingCustomer;
import dev.bringport.domain.order.Order;
import dev.bringport.domain.warehouse.ArticleBalance;
import dev.bringport.ports.booking.Booking;
import dev.bringport.ports.contract.BringFixture;
import dev.bringport.ports.order.OrderManagement;
import dev.bringport.ports.pickup.Pickups;
import dev.bringport.ports.warehouse.Warehousing;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/** The contract suite's view of an in-memory Bring with a fixed clock and sequential numbers. */
class InMemoryFixture implements BringFixture {

    static final Instant NOW = Instant.parse("2026-01-15T09:00:00Z");
    static final String ANOTHER_USER = "another-user@example.com";

    final InMemoryBring bring = InMemoryBring.builder()
            .clock(Clock.fixed(NOW, ZoneOffset.UTC))
            .ids(IdGenerator.sequential(1))
            .build();

    @Override
    public OrderManagement orderManagement() {
        return bring.orderManagement();
    }

    @Override
    public Warehousing warehousing() {
        return bring.warehousing();
    }

    @Override
    public Booking booking() {
        return bring.booking();
    }

    @Override
    public Pickups pickups() {
        return bring.pickups();
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
}
