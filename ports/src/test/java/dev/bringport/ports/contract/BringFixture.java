package dev.bringport.ports.contract;

import dev.bringport.domain.booking.BookingCustomer;
import dev.bringport.domain.order.Order;
import dev.bringport.domain.warehouse.ArticleBalance;
import dev.bringport.ports.booking.Booking;
import dev.bringport.ports.order.OrderManagement;
import dev.bringport.ports.pickup.Pickups;
import dev.bringport.ports.warehouse.Warehousing;
import java.time.Instant;
import java.util.List;

/**
 * What a contract test needs from an adapter under test: its ports, acting as one Bring user,
 * and a way to arrange Bring's state (the in-memory Bring directly; a simulator behind a real
 * server for REST and SOAP). A new fixture is created for every test and closed after it.
 */
public interface BringFixture extends AutoCloseable {

    /** @return the Order Management port of the user under test */
    OrderManagement orderManagement();

    /** @return the Warehousing port of the user under test */
    Warehousing warehousing();

    /** @return the Booking port of the user under test */
    Booking booking();

    /** @return the Pickups port of the user under test */
    Pickups pickups();

    /**
     * The time Bring sees as now: booking and pickup dates in tests are relative to it.
     *
     * @return now, at Bring
     */
    Instant now();

    /**
     * Makes a customer number an Order Management customer that the user under test acts for.
     *
     * @param customerId the customer number
     */
    void givenOrderManagementCustomer(String customerId);

    /**
     * Places an order at Bring, owned by a customer the user acts for (made an Order Management
     * customer if it is not yet).
     *
     * @param customerId the owner
     * @param order      the order, with lines whose remaining quantity is what is left to pack
     */
    void givenOrder(String customerId, Order order);

    /**
     * Places an order at Bring owned by a customer the user under test may not act for.
     *
     * @param customerId the owner, another user's customer
     * @param order      the order
     */
    void givenOrderOfAnotherUser(String customerId, Order order);

    /**
     * Sets the stock of a customer (the user acts for it) in Bring's warehouse.
     *
     * @param customerId the customer
     * @param balances   the balances
     */
    void givenArticleBalances(String customerId, List<ArticleBalance> balances);

    /**
     * Sets the customer numbers and products the user may book with (GET /customers).
     *
     * @param customers the customers
     */
    void givenBookingCustomers(List<BookingCustomer> customers);

    @Override
    default void close() {
    }
}
