package dev.bringport.adapter.rest.order;

import static dev.bringport.adapter.rest.order.WireText.each;
import static dev.bringport.adapter.rest.order.WireText.text;

import dev.bringport.adapter.rest.format.WireFormat;
import dev.bringport.adapter.rest.http.UserDocuments;
import dev.bringport.adapter.rest.http.WireMappers;
import dev.bringport.domain.order.EventType;
import dev.bringport.domain.order.OrderMessage;
import dev.bringport.domain.order.OrderType;
import dev.bringport.domain.order.PackingList;
import dev.bringport.domain.order.TrackingEvent;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads the Order Management request bodies Bring documents into domain values, so that bodies
 * users already have can be sent through the ports: a {@code CreateOrderRequest}, a
 * {@code CreatePackagingListRequest} and a {@code CreateEventRequest}, in XML or JSON (told apart
 * by their first character), in either spelling of Bring's values ({@code DELIVERY_PARTY} or
 * {@code DeliveryParty}, epoch milliseconds or ISO dates). Unknown elements are ignored.
 *
 * <p>Reading does not check Bring's rules: the ports do that before sending, reporting every
 * violation with its code. A body that is not such a document, or lacks what identifies it (the
 * order id, the message date), is refused with a message naming what is missing.
 */
public final class OrderDocuments {

    private OrderDocuments() {
    }

    /**
     * The customer and order a {@code CreatePackagingListRequest} is for, and its packing list.
     *
     * @param customerId  {@code CustomerNo}
     * @param orderId     {@code PurchaseOrderNo}
     * @param packingList the packing list
     */
    public record PackagingListRequest(String customerId, String orderId, PackingList packingList) {

        /** Requires every part. */
        public PackagingListRequest {
            Objects.requireNonNull(customerId, "CustomerNo");
            Objects.requireNonNull(orderId, "PurchaseOrderNo");
            Objects.requireNonNull(packingList, "PackingList");
        }
    }

    /**
     * Reads a {@code CreateOrderRequest} body (POST {@code /omorder}).
     *
     * @param body the body, JSON or XML, UTF-8
     * @return the order message
     * @throws IllegalArgumentException if the body is not an order message the library can send
     */
    public static OrderMessage orderMessage(byte[] body) {
        WireFormat format = UserDocuments.formatOf(body);
        try {
            CreateOrderRequest request = document(body, format, CreateOrderRequest.class);
            if (request.messageDetails == null || request.supplyStructure == null
                    || request.supplyStructure.orderSet == null) {
                throw new IllegalArgumentException("MessageDetails and SupplyStructure/OrderSet are required");
            }
            CreateOrderRequest.OrderSet set = request.supplyStructure.orderSet;
            String orderId = text(set.order == null ? null : set.order.orderId)
                    .orElseThrow(() -> new IllegalArgumentException("Order orderId is missing"));
            Instant messageDate = WireTime.instant(request.messageDetails.date == null ? null
                            : request.messageDetails.date.value)
                    .orElseThrow(() -> new IllegalArgumentException("MessageDetails MessageDate is missing"));
            return new OrderMessage(OrderType.fromBring(text(request.messageFunction).orElse("")),
                    text(request.messageId).orElse(""),
                    text(request.messageDetails.sender == null ? null : request.messageDetails.sender.partyId).orElse(""),
                    messageDate, OrderResponseMapper.order(asAnswered(set), orderId));
        } catch (IOException | IllegalArgumentException e) {
            throw UserDocuments.refused("CreateOrderRequest", format, e);
        }
    }

    /**
     * Reads a {@code CreatePackagingListRequest} body (POST {@code /packaginglist}).
     *
     * @param body the body, XML (Bring's only documented format) or JSON, UTF-8
     * @return the customer, the order and the packing list
     * @throws IllegalArgumentException if the body is not a packing list request the library can send
     */
    public static PackagingListRequest packagingList(byte[] body) {
        WireFormat format = UserDocuments.formatOf(body);
        try {
            CreatePackagingListRequest request = document(body, format, CreatePackagingListRequest.class);
            if (request.packingList == null) {
                throw new IllegalArgumentException("PackingList is required");
            }
            GetPackagingListResponse asAnswered = new GetPackagingListResponse();
            asAnswered.packagingListSet = new GetPackagingListResponse.PackagingListSet();
            asAnswered.packagingListSet.packagingLists = List.of(request.packingList);
            return new PackagingListRequest(text(request.customerNo).orElse(""),
                    text(request.purchaseOrderNo).orElse(""), PackingListMapper.packingLists(asAnswered).get(0));
        } catch (IOException | IllegalArgumentException e) {
            throw UserDocuments.refused("CreatePackagingListRequest", format, e);
        }
    }

    /**
     * Reads the events of a {@code CreateEventRequest} body (POST {@code /event}). A timestamp that
     * is not an ISO date-time is read as absent, which the port refuses with Bring's code
     * {@code PO_INPUT_009} before sending.
     *
     * @param body the body, XML (Bring's only documented format) or JSON, UTF-8
     * @return the events, in the body's order
     * @throws IllegalArgumentException if the body is not an event request
     */
    public static List<TrackingEvent> events(byte[] body) {
        WireFormat format = UserDocuments.formatOf(body);
        try {
            CreateEventRequest request = document(body, format, CreateEventRequest.class);
            return each(request.events).stream().map(e -> new TrackingEvent(text(e.consignmentId).orElse(""),
                            new EventType(text(e.eventType).orElse("")), text(e.performedBy), timestamp(e.timestamp)))
                    .toList();
        } catch (IOException | IllegalArgumentException e) {
            throw UserDocuments.refused("CreateEventRequest", format, e);
        }
    }

    /** The body read as a document of a type; a body that is JSON {@code null} holds none. */
    private static <T> T document(byte[] body, WireFormat format, Class<T> type) throws IOException {
        T document = WireMappers.read(UserDocuments.withoutBom(body), format, type);
        if (document == null) {
            throw new IllegalArgumentException("the body holds no document");
        }
        return document;
    }

    /** The order set of a request, in the shape of an answer: the order elements are the same. */
    private static GetOrderResponse asAnswered(CreateOrderRequest.OrderSet set) {
        GetOrderResponse answer = new GetOrderResponse();
        answer.orderSet = new GetOrderResponse.OrderSet();
        answer.orderSet.updateIndicator = set.updateIndicator;
        answer.orderSet.order = set.order;
        answer.orderSet.transportService = set.transportService;
        answer.orderSet.transportLeg = set.transportLeg;
        answer.orderSet.parties = set.parties;
        GetOrderResponse.OrderLineSet lines = new GetOrderResponse.OrderLineSet();
        lines.orderItems = set.orderItems;
        answer.orderSet.orderLineSets = List.of(lines);
        answer.orderSet.dateAndTimes = set.dateAndTimes;
        return answer;
    }

    private static Optional<Instant> timestamp(String value) {
        try {
            return WireTime.instant(value);
        } catch (IllegalArgumentException notIso) {
            return Optional.empty();
        }
    }
}
