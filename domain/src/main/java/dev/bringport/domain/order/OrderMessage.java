package dev.bringport.domain.order;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A customer's order sent to Order Management: the {@code CreateOrderRequest} of
 * POST {@code /omorder}, an order with its message envelope.
 *
 * @param messageFunction the type of order ({@code messageFunction})
 * @param messageId       unique id of this message ({@code messageId})
 * @param customerNumber  the customer number Bring has provided ({@code MessageSender partyId});
 *                        it cannot be a demo customer number
 * @param messageDate     when the message is sent ({@code MessageDate})
 * @param order           the order; its update indicator says whether the message creates,
 *                        updates or deletes it
 */
public record OrderMessage(OrderType messageFunction, String messageId, String customerNumber, Instant messageDate,
                           Order order) {

    /** The request version Bring currently documents ({@code CreateOrderRequest version}). */
    public static final String VERSION = "2.0";
    /** The receiving Bring system, a constant ({@code MessageRecipient partyId}). */
    public static final String MESSAGE_RECIPIENT = "NO98466118506";

    /**
     * Requires every part; blank ids are reported by {@link OrderRules}.
     *
     * @param messageFunction the type of order ({@code messageFunction})
     * @param messageId       unique id of this message ({@code messageId})
     * @param customerNumber  the customer number Bring has provided ({@code MessageSender partyId});
     *                        it cannot be a demo customer number
     * @param messageDate     when the message is sent ({@code MessageDate})
     * @param order           the order; its update indicator says whether the message creates,
     *                        updates or deletes it
     */
    public OrderMessage {
        Objects.requireNonNull(messageFunction, "messageFunction");
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(customerNumber, "customerNumber");
        Objects.requireNonNull(messageDate, "messageDate");
        Objects.requireNonNull(order, "order");
    }

    /**
     * A message with a fresh random message id.
     *
     * @param messageFunction the type of order
     * @param customerNumber  the customer number
     * @param messageDate     when the message is sent
     * @param order           the order
     * @return the message
     */
    public static OrderMessage of(OrderType messageFunction, String customerNumber, Instant messageDate, Order order) {
        return new OrderMessage(messageFunction, UUID.randomUUID().toString(), customerNumber, messageDate, order);
    }

    /**
     * Whether the message creates, updates or deletes the order.
     *
     * @return the order's update indicator
     */
    public UpdateIndicator updateIndicator() {
        return order.updateIndicator();
    }
}
