package example.shop;

import dev.bringport.domain.order.Order;
import dev.bringport.ports.order.OrderManagement;
import jakarta.inject.Inject;

/** The shop's answer to "where is my order?": it knows the port only, not the transport behind it. */
public final class OrderDesk {

    private final OrderManagement orders;

    /**
     * The desk.
     *
     * @param orders Bring's Order Management
     */
    @Inject
    public OrderDesk(OrderManagement orders) {
        this.orders = orders;
    }

    /**
     * What Bring knows about an order.
     *
     * @param customerId the Order Management customer
     * @param orderId    the order
     * @return its id, how many lines it has and whether it is fully delivered
     */
    public String status(String customerId, String orderId) {
        Order order = orders.order(customerId, orderId);
        return order.orderId() + ": " + order.lines().size() + " lines, " + orders.senderStatus(customerId, orderId);
    }
}
