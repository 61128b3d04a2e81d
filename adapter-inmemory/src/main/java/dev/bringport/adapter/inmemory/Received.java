package dev.bringport.adapter.inmemory;

import dev.bringport.domain.booking.BookingConfirmation;
import dev.bringport.domain.booking.BookingRequest;
import dev.bringport.domain.order.OrderMessage;
import dev.bringport.domain.order.PackingList;
import dev.bringport.domain.order.TrackingEvent;
import dev.bringport.domain.order.TransportOrder;
import dev.bringport.domain.pickup.PickupConfirmation;
import dev.bringport.domain.pickup.PickupOrder;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What the in-memory Bring accepted, in the order it did, for a test's assertions: order
 * messages, packing lists, transport orders, tracking events, bookings and pickup orders.
 * Rejected requests are not here. Read it through {@link InMemoryBring#received()}; each method
 * answers a snapshot.
 */
public final class Received {

    /**
     * An accepted order message.
     *
     * @param userId  who sent it
     * @param message the message
     * @param at      when Bring accepted it
     */
    public record OrderMessageReceived(String userId, OrderMessage message, Instant at) {
    }

    /**
     * An accepted packing list.
     *
     * @param userId      who added it
     * @param customerId  the order's customer
     * @param orderId     the order
     * @param packingList the packing list
     * @param at          when Bring accepted it
     */
    public record PackingListReceived(String userId, String customerId, String orderId, PackingList packingList,
                                      Instant at) {
    }

    /**
     * An accepted transport order.
     *
     * @param userId         who sent it
     * @param customerId     the order's customer
     * @param orderId        the order
     * @param transportOrder the transport order
     * @param at             when Bring accepted it
     */
    public record TransportOrderReceived(String userId, String customerId, String orderId,
                                         TransportOrder transportOrder, Instant at) {
    }

    /**
     * An accepted tracking event.
     *
     * @param userId who sent it
     * @param event  the event
     * @param at     when Bring accepted it
     */
    public record EventReceived(String userId, TrackingEvent event, Instant at) {
    }

    /**
     * A booked consignment.
     *
     * @param userId       who booked it
     * @param request      what was booked
     * @param confirmation what Bring answered
     * @param at           when Bring booked it
     */
    public record Booked(String userId, BookingRequest request, BookingConfirmation confirmation, Instant at) {
    }

    /**
     * An ordered pickup.
     *
     * @param userId       who ordered it
     * @param order        what was ordered
     * @param confirmation what Bring answered
     * @param at           when Bring accepted it
     */
    public record PickupOrdered(String userId, PickupOrder order, PickupConfirmation confirmation, Instant at) {
    }

    private final List<OrderMessageReceived> orderMessages = new ArrayList<>();
    private final List<PackingListReceived> packingLists = new ArrayList<>();
    private final List<TransportOrderReceived> transportOrders = new ArrayList<>();
    private final List<EventReceived> events = new ArrayList<>();
    private final List<Booked> bookings = new ArrayList<>();
    private final List<PickupOrdered> pickupOrders = new ArrayList<>();

    Received() {
    }

    /** {@return the accepted order messages} */
    public synchronized List<OrderMessageReceived> orderMessages() {
        return List.copyOf(orderMessages);
    }

    /** {@return the accepted packing lists} */
    public synchronized List<PackingListReceived> packingLists() {
        return List.copyOf(packingLists);
    }

    /** {@return the accepted transport orders} */
    public synchronized List<TransportOrderReceived> transportOrders() {
        return List.copyOf(transportOrders);
    }

    /** {@return the accepted tracking events} */
    public synchronized List<EventReceived> events() {
        return List.copyOf(events);
    }

    /** {@return the booked consignments} */
    public synchronized List<Booked> bookings() {
        return List.copyOf(bookings);
    }

    /** {@return the ordered pickups} */
    public synchronized List<PickupOrdered> pickupOrders() {
        return List.copyOf(pickupOrders);
    }

    synchronized void add(OrderMessageReceived entry) {
        orderMessages.add(entry);
    }

    synchronized void add(PackingListReceived entry) {
        packingLists.add(entry);
    }

    synchronized void add(TransportOrderReceived entry) {
        transportOrders.add(entry);
    }

    synchronized void add(EventReceived entry) {
        events.add(entry);
    }

    synchronized void add(Booked entry) {
        bookings.add(entry);
    }

    synchronized void add(PickupOrdered entry) {
        pickupOrders.add(entry);
    }

    synchronized void clear() {
        orderMessages.clear();
        packingLists.clear();
        transportOrders.clear();
        events.clear();
        bookings.clear();
        pickupOrders.clear();
    }
}
