package dev.bringport.adapter.rest.order;

import static dev.bringport.domain.order.OrderManagementCodes.PO_INPUT_001;

import dev.bringport.adapter.rest.format.WireFormat;
import dev.bringport.adapter.rest.http.BringHttp;
import dev.bringport.domain.ErrorDefinition;
import dev.bringport.domain.Violation;
import dev.bringport.domain.Violations;
import dev.bringport.domain.order.Order;
import dev.bringport.domain.order.OrderLine;
import dev.bringport.domain.order.OrderMessage;
import dev.bringport.domain.order.OrderRules;
import dev.bringport.domain.order.PackingList;
import dev.bringport.domain.order.PackingListRules;
import dev.bringport.domain.order.SenderStatus;
import dev.bringport.domain.order.TrackingEvent;
import dev.bringport.domain.order.TrackingEventRules;
import dev.bringport.domain.order.TransportOrder;
import dev.bringport.ports.ClientRules;
import dev.bringport.ports.InvalidRequestException;
import dev.bringport.ports.NotSupportedByTransportException;
import dev.bringport.ports.Operation;
import dev.bringport.ports.order.OrderManagement;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Bring Order Management over REST ({@code https://api.bring.com/po/api/v1}), in JSON or XML
 * where Bring offers both; POST {@code /packaginglist} and POST {@code /event} are XML only, as
 * Bring documents them. The rules every client checks (required fields of an order, the packing
 * list and event rules) are checked before sending unless the client rules are
 * {@linkplain ClientRules#OFF off}; the ids that address an order are checked whatever the switch.
 * Nothing is sent when one is broken.
 * Bring's answers are read in both of its spellings, and a successful answer that carries Bring's
 * errors fails like an error answer. Transport orders are SOAP only. Thread-safe.
 */
public final class RestOrderManagement implements OrderManagement {

    private final PoApi api;
    private final ClientRules clientRules;

    /**
     * Order Management over a transport.
     *
     * @param http        the transport
     * @param baseUrl     the API's base URL, e.g. {@code https://api.bring.com/po/api/v1}
     * @param format      the wire format where Bring offers both
     * @param clientRules whether Bring's rules are checked before sending
     */
    public RestOrderManagement(BringHttp http, URI baseUrl, WireFormat format, ClientRules clientRules) {
        this.api = new PoApi(http, baseUrl, format);
        this.clientRules = Objects.requireNonNull(clientRules, "clientRules");
    }

    @Override
    public String transport() {
        return BringHttp.TRANSPORT;
    }

    /**
     * Every operation but {@link Operation#CREATE_TRANSPORT_ORDER}, which Bring offers over SOAP only.
     *
     * @param operation an Order Management operation
     * @return whether REST carries it
     */
    @Override
    public boolean supports(Operation operation) {
        return operation != Operation.CREATE_TRANSPORT_ORDER;
    }

    @Override
    public boolean isOrderManagementCustomer(String customerId) {
        Operation op = Operation.IS_ORDER_MANAGEMENT_CUSTOMER;
        InvalidRequestException.throwIfAny(op, new Violations().requireText(customerId, "customerId", PO_INPUT_001).toList());
        return api.get(op, IsPurchaseorderCustomerResponse.class, answer -> {
            if (answer.isPurchaseOrderCustomer == null) {
                throw new IllegalArgumentException("the answer has no IsPurchaseOrderCustomer");
            }
            return answer.isPurchaseOrderCustomer;
        }, "purchaseorderCustomer", customerId);
    }

    @Override
    public void sendOrder(OrderMessage message) {
        Operation op = Operation.SEND_ORDER;
        clientRules.check(op, () -> OrderRules.violations(message));
        api.post(op, OrderRequestMapper.toWire(message, api.format()), api.format(), message.messageId(), "omorder");
    }

    @Override
    public Order order(String customerId, String orderId) {
        Operation op = Operation.GET_ORDER;
        InvalidRequestException.throwIfAny(op, OrderRules.identity(customerId, orderId));
        return api.get(op, GetOrderResponse.class, answer -> OrderResponseMapper.order(answer, orderId),
                "omorder", customerId, orderId);
    }

    @Override
    public List<OrderLine> orderLines(String customerId, String orderId) {
        Operation op = Operation.GET_ORDER_LINES;
        InvalidRequestException.throwIfAny(op, OrderRules.identity(customerId, orderId));
        return api.get(op, GetPurchaseOrderItemResponse.class, OrderResponseMapper::lines, "items", customerId, orderId);
    }

    @Override
    public List<PackingList> packingLists(String customerId, String orderId) {
        Operation op = Operation.GET_PACKING_LISTS;
        InvalidRequestException.throwIfAny(op, OrderRules.identity(customerId, orderId));
        return api.get(op, GetPackagingListResponse.class, PackingListMapper::packingLists,
                "packaginglist", customerId, orderId);
    }

    @Override
    public void addPackingList(String customerId, String orderId, PackingList packingList) {
        Operation op = Operation.ADD_PACKING_LIST;
        List<Violation> violations = new ArrayList<>(OrderRules.identity(customerId, orderId));
        violations.addAll(clientRules.violations(() -> PackingListRules.violations(packingList)));
        InvalidRequestException.throwIfAny(op, violations);
        api.post(op, PackingListMapper.toWire(customerId, orderId, packingList, api.now()), WireFormat.XML,
                packingList.consignmentId(), "packaginglist");
    }

    /**
     * Not offered by Bring's REST interface: fails without sending anything.
     *
     * @throws NotSupportedByTransportException always, naming the SOAP legacy adapter
     */
    @Override
    public void createTransportOrder(String customerId, String orderId, TransportOrder transportOrder) {
        throw new NotSupportedByTransportException(Operation.CREATE_TRANSPORT_ORDER, "REST",
                "the SOAP legacy adapter (CreateTransportOrder)");
    }

    @Override
    public SenderStatus senderStatus(String customerId, String orderId) {
        Operation op = Operation.GET_SENDER_STATUS;
        InvalidRequestException.throwIfAny(op, OrderRules.identity(customerId, orderId));
        return api.get(op, GetSenderStatusResponse.class, answer -> WireText.text(answer.senderStatus)
                .map(SenderStatus::fromBring)
                .orElseThrow(() -> new IllegalArgumentException("the answer has no SenderStatus")),
                "senderStatus", customerId, orderId);
    }

    /**
     * Sends a tracking event. Only what every client can check is checked before sending; whether
     * the event type is one Bring knows is Bring's to say ({@code PO_INPUT_008}).
     */
    @Override
    public void sendEvent(TrackingEvent event) {
        Operation op = Operation.SEND_EVENT;
        clientRules.check(op, () -> TrackingEventRules.violations(event));
        api.post(op, EventMapper.toWire(event, api.now()), WireFormat.XML, event.consignmentId(), "event");
    }

    @Override
    public List<ErrorDefinition> errorCodes() {
        return api.get(Operation.GET_ORDER_MANAGEMENT_ERROR_CODES, ErrorList.class, ErrorListMapper::definitions,
                "errorCodes");
    }
}
