package dev.bringport.adapter.inmemory;

import dev.bringport.domain.booking.BookingCustomer;
import dev.bringport.domain.order.Order;
import dev.bringport.domain.warehouse.ArticleBalance;
import dev.bringport.ports.contract.BringFixture;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The part of the contract suite's fixture that every adapter's tests share: Bring's state is an
 * in-memory Bring with a fixed clock and sequential numbers, seeded directly; the adapter under
 * test, over whatever transport, reads and writes that state.
 */
public abstract class InMemoryBackedFixture implements BringFixture {

    /** The fixed time of the in-memory Bring. */
    public static final Instant NOW = Instant.parse("2026-01-15T09:00:00Z");
    /** The Mybring user who owns the orders of {@link #givenOrderOfAnotherUser}. */
    public static final String ANOTHER_USER = "another-user@example.com";

    /** @return a new in-memory Bring at {@link #NOW}, numbering from 1 */
    public static InMemoryBring fixedBring() {
        return InMemoryBring.builder().clock(Clock.fixed(NOW, ZoneOffset.UTC)).ids(IdGenerator.sequential(1)).build();
    }

    /** @return the in-memory Bring behind the adapter under test */
    protected abstract InMemoryBring bring();

    @Override
    public Instant now() {
        return bring().now();
    }

    @Override
    public void givenOrderManagementCustomer(String customerId) {
        bring().givenOrderManagementCustomer(customerId);
    }

    @Override
    public void givenOrder(String customerId, Order order) {
        bring().givenOrder(customerId, order);
    }

    @Override
    public void givenOrderOfAnotherUser(String customerId, Order order) {
        bring().givenOrderManagementCustomer(customerId, ANOTHER_USER).givenOrder(customerId, order);
    }

    @Override
    public void givenArticleBalances(String customerId, List<ArticleBalance> balances) {
        bring().givenStock(customerId, balances);
    }

    @Override
    public void givenBookingCustomers(List<BookingCustomer> customers) {
        bring().givenBookingCustomers(customers);
    }
}
