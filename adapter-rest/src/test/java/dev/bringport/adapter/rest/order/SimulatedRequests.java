package dev.bringport.adapter.rest.order;

import static dev.bringport.adapter.rest.order.WireText.each;
import static dev.bringport.adapter.rest.order.WireText.text;

import dev.bringport.adapter.rest.http.WireFormat;
import dev.bringport.adapter.rest.http.WireMappers;
import dev.bringport.domain.order.EventType;
import dev.bringport.domain.order.OrderMessage;
import dev.bringport.domain.order.OrderType;
import dev.bringport.domain.order.PackingList;
import dev.bringport.domain.order.TrackingEvent;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What the simulated Bring reads from request bodies: the {@code CreateOrderRequest} (JSON or XML),
 * the {@code CreatePackagingListRequest} and the {@code CreateEventRequest} (XML). The order and
 * packing list elements are read as Bring's answers carry the same elements. A body Bring could not
 * read fails with {@link IOException} or {@link IllegalArgumentException}.
 */
final class SimulatedRequests {

    private SimulatedRequests() {
    }

    /**
     * An order message.
     *
     * @param body   the body
     * @param format its format
     * @return the message
     * @throws IOException if it is not a CreateOrderRequest
     */
    static OrderMessage orderMessage(byte[] body, WireFormat format) throws IOException {
        CreateOrderRequest request = WireMappers.read(body, format, CreateOrderRequest.class);
        if (request.messageDetails == null || request.supplyStructure == null || request.supplyStructure.orderSet == null) {
            throw new IllegalArgumentException("a CreateOrderRequest needs MessageDetails and SupplyStructure/OrderSet");
        }
        CreateOrderRequest.OrderSet set = request.supplyStructure.orderSet;
        GetOrderResponse asStored = new GetOrderResponse();
        asStored.orderSet = new GetOrderResponse.OrderSet();
        asStored.orderSet.updateIndicator = set.updateIndicator;
        asStored.orderSet.order = set.order;
        asStored.orderSet.transportService = set.transportService;
        asStored.orderSet.transportLeg = set.transportLeg;
        asStored.orderSet.parties = set.parties;
        GetOrderResponse.OrderLineSet lines = new GetOrderResponse.OrderLineSet();
        lines.orderItems = set.orderItems;
        asStored.orderSet.orderLineSets = List.of(lines);
        asStored.orderSet.dateAndTimes = set.dateAndTimes;
        String orderId = text(set.order == null ? null : set.order.orderId)
                .orElseThrow(() -> new IllegalArgumentException("Order orderId is missing"));
        Instant messageDate = WireTime.instant(request.messageDetails.date == null ? null : request.messageDetails.date.value)
                .orElseThrow(() -> new IllegalArgumentException("MessageDate is missing"));
        return new OrderMessage(OrderType.fromBring(text(request.messageFunction).orElse("")),
                text(request.messageId).orElse(""),
                text(request.messageDetails.sender == null ? null : request.messageDetails.sender.partyId).orElse(""),
                messageDate, OrderResponseMapper.order(asStored, orderId));
    }

    /** A packing list request: who it is for and the list. */
    record PackingListRequest(String customerId, String orderId, PackingList packingList) {
    }

    /**
     * A packing list request.
     *
     * @param body the XML body
     * @return customer, order and packing list
     * @throws IOException if it is not a CreatePackagingListRequest
     */
    static PackingListRequest packingList(byte[] body) throws IOException {
        CreatePackagingListRequest request = WireMappers.read(body, WireFormat.XML, CreatePackagingListRequest.class);
        if (request.packingList == null) {
            throw new IllegalArgumentException("a CreatePackagingListRequest needs a PackingList");
        }
        GetPackagingListResponse asAnswered = new GetPackagingListResponse();
        asAnswered.packagingListSet = new GetPackagingListResponse.PackagingListSet();
        asAnswered.packagingListSet.packagingLists = List.of(request.packingList);
        return new PackingListRequest(text(request.customerNo).orElse(""), text(request.purchaseOrderNo).orElse(""),
                PackingListMapper.packingLists(asAnswered).get(0));
    }

    /**
     * The events of an event request.
     *
     * @param body the XML body
     * @return the events
     * @throws IOException if it is not a CreateEventRequest
     */
    static List<TrackingEvent> events(byte[] body) throws IOException {
        CreateEventRequest request = WireMappers.read(body, WireFormat.XML, CreateEventRequest.class);
        return each(request.events).stream().map(e -> new TrackingEvent(text(e.consignmentId).orElse(""),
                new EventType(text(e.eventType).orElse("")), text(e.performedBy), timestamp(e.timestamp)))
                .toList();
    }

    /** A timestamp Bring cannot read is as good as none: Bring answers {@code PO_INPUT_009} for both. */
    private static Optional<Instant> timestamp(String value) {
        try {
            return WireTime.instant(value);
        } catch (IllegalArgumentException notIso) {
            return Optional.empty();
        }
    }
}
