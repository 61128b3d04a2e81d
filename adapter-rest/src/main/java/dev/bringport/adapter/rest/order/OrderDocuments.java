package dev.bringport.adapter.rest.order;

import static dev.bringport.adapter.rest.order.WireText.each;
import static dev.bringport.adapter.rest.order.WireText.text;

import dev.bringport.adapter.rest.document.IgnoredField;
import dev.bringport.adapter.rest.document.RequestDocument;
import dev.bringport.adapter.rest.http.UserDocuments;
import dev.bringport.adapter.rest.format.WireFormat;
import dev.bringport.adapter.rest.http.WireMappers;
import dev.bringport.domain.order.EventType;
import dev.bringport.domain.order.OrderMessage;
import dev.bringport.domain.order.OrderType;
import dev.bringport.domain.order.PackingList;
import dev.bringport.domain.order.TrackingEvent;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads the Order Management request bodies Bring documents into domain values, so that bodies
 * users already have can be sent through the ports: a {@code CreateOrderRequest}, a
 * {@code CreatePackagingListRequest} and a {@code CreateEventRequest}, in XML or JSON (told apart
 * by their first character), in either spelling of Bring's values ({@code DELIVERY_PARTY} or
 * {@code DeliveryParty}, epoch milliseconds or ISO dates). An element the library has no place for
 * is not sent: {@code read...} methods name each, with its path and why
 * ({@link RequestDocument#ignored()}).
 *
 * <p>Reading does not check Bring's rules: the ports do that before sending, reporting every
 * violation with its code. A body that is not one such document (see {@link RequestDocument} for
 * the bound, the encoding, a second document, a field given twice), or lacks what identifies it
 * (the order id, the message date), is refused with a message naming what is missing.
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

        /**
         * Requires every part.
         *
         * @param customerId  {@code CustomerNo}
         * @param orderId     {@code PurchaseOrderNo}
         * @param packingList the packing list
         */
        public PackagingListRequest {
            Objects.requireNonNull(customerId, "CustomerNo");
            Objects.requireNonNull(orderId, "PurchaseOrderNo");
            Objects.requireNonNull(packingList, "PackingList");
        }
    }

    /**
     * Reads a {@code CreateOrderRequest} body (POST {@code /omorder}).
     *
     * @param body the body, JSON or XML, UTF-8, at most {@link RequestDocument#MAX_BYTES}
     * @return the order message
     * @throws IllegalArgumentException if the body is not an order message the library can send
     */
    public static OrderMessage orderMessage(byte[] body) {
        return readOrderMessage(body).value();
    }

    /**
     * Reads a {@code CreateOrderRequest} body (POST {@code /omorder}), with the fields it gave that
     * will not be sent.
     *
     * @param body the body, JSON or XML, UTF-8, at most {@link RequestDocument#MAX_BYTES}
     * @return the order message and the fields it ignored, each with its path and why
     * @throws IllegalArgumentException if the body is not an order message the library can send
     */
    public static RequestDocument<OrderMessage> readOrderMessage(byte[] body) {
        return UserDocuments.read(body, "CreateOrderRequest", checked -> {
            UserDocuments.Bound<CreateOrderRequest> read = document(checked, CreateOrderRequest.class);
            CreateOrderRequest request = read.value();
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
            OrderMessage message = new OrderMessage(OrderType.fromBring(text(request.messageFunction).orElse("")),
                    text(request.messageId).orElse(""),
                    text(request.messageDetails.sender == null ? null : request.messageDetails.sender.partyId).orElse(""),
                    messageDate, OrderResponseMapper.order(asAnswered(set), orderId));
            return new RequestDocument<>(message, ignored(read, NotSent.of(request)));
        });
    }

    /**
     * Reads a {@code CreatePackagingListRequest} body (POST {@code /packaginglist}).
     *
     * @param body the body, XML (Bring's only documented format) or JSON, UTF-8, at most
     *             {@link RequestDocument#MAX_BYTES}
     * @return the customer, the order and the packing list
     * @throws IllegalArgumentException if the body is not a packing list request the library can send
     */
    public static PackagingListRequest packagingList(byte[] body) {
        return readPackagingList(body).value();
    }

    /**
     * Reads a {@code CreatePackagingListRequest} body (POST {@code /packaginglist}), with the fields
     * it gave that will not be sent.
     *
     * @param body the body, XML (Bring's only documented format) or JSON, UTF-8, at most
     *             {@link RequestDocument#MAX_BYTES}
     * @return the customer, the order and the packing list, and the fields it ignored
     * @throws IllegalArgumentException if the body is not a packing list request the library can send
     */
    public static RequestDocument<PackagingListRequest> readPackagingList(byte[] body) {
        return UserDocuments.read(body, "CreatePackagingListRequest", checked -> {
            UserDocuments.Bound<CreatePackagingListRequest> read = document(checked, CreatePackagingListRequest.class);
            CreatePackagingListRequest request = read.value();
            if (request.packingList == null) {
                throw new IllegalArgumentException("PackingList is required");
            }
            GetPackagingListResponse asAnswered = new GetPackagingListResponse();
            asAnswered.packagingListSet = new GetPackagingListResponse.PackagingListSet();
            asAnswered.packagingListSet.packagingLists = List.of(request.packingList);
            return new RequestDocument<>(new PackagingListRequest(text(request.customerNo).orElse(""),
                    text(request.purchaseOrderNo).orElse(""), PackingListMapper.packingLists(asAnswered).get(0)),
                    ignored(read, request.requestProperties == null ? List.of() : NotSent.envelope(
                            request.requestProperties.schemaVersion, request.requestProperties.locale)));
        });
    }

    /**
     * Reads the events of a {@code CreateEventRequest} body (POST {@code /event}). A timestamp that
     * is not an ISO date-time is read as absent, which the port refuses with Bring's code
     * {@code PO_INPUT_009} before sending.
     *
     * @param body the body, XML (Bring's only documented format) or JSON, UTF-8, at most
     *             {@link RequestDocument#MAX_BYTES}
     * @return the events, in the body's order
     * @throws IllegalArgumentException if the body is not an event request
     */
    public static List<TrackingEvent> events(byte[] body) {
        return readEvents(body).value();
    }

    /**
     * Reads the events of a {@code CreateEventRequest} body (POST {@code /event}), with the fields
     * it gave that will not be sent; see {@link #events(byte[])}.
     *
     * @param body the body, XML (Bring's only documented format) or JSON, UTF-8, at most
     *             {@link RequestDocument#MAX_BYTES}
     * @return the events, in the body's order, and the fields it ignored
     * @throws IllegalArgumentException if the body is not an event request
     */
    public static RequestDocument<List<TrackingEvent>> readEvents(byte[] body) {
        return UserDocuments.read(body, "CreateEventRequest", checked -> {
            UserDocuments.Bound<CreateEventRequest> read = document(checked, CreateEventRequest.class);
            List<TrackingEvent> events = each(read.value().events).stream().map(e -> new TrackingEvent(
                    text(e.consignmentId).orElse(""), new EventType(text(e.eventType).orElse("")), text(e.performedBy),
                    timestamp(e.timestamp))).toList();
            CreateEventRequest.RequestProperties envelope = read.value().requestProperties;
            return new RequestDocument<>(events, ignored(read, envelope == null ? List.of()
                    : NotSent.envelope(envelope.schemaVersion, envelope.locale)));
        });
    }

    /** The body read as a document of a type; a body that is JSON {@code null} holds none. */
    private static <T> UserDocuments.Bound<T> document(UserDocuments.Body body, Class<T> type) throws IOException {
        UserDocuments.Bound<T> document = UserDocuments.bind(body, type);
        if (document.value() == null) {
            throw new IllegalArgumentException("the body holds no document");
        }
        return document;
    }

    /** What the wire type did not bind, then what it bound but the request the adapter writes leaves out. */
    private static List<IgnoredField> ignored(UserDocuments.Bound<?> read, List<IgnoredField> notSent) {
        List<IgnoredField> ignored = new ArrayList<>(UserDocuments.ignored(read.unbound()));
        ignored.addAll(notSent);
        return ignored;
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
