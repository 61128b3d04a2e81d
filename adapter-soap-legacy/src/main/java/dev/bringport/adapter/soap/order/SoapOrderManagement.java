package dev.bringport.adapter.soap.order;

import dev.bringport.adapter.soap.order.generated.CreatePackagingListResponse;
import dev.bringport.adapter.soap.order.generated.CreateTransportOrderResponse;
import dev.bringport.adapter.soap.order.generated.GetPurchaseOrderResponse;
import dev.bringport.adapter.soap.order.generated.PurchaseOrderPort;
import dev.bringport.adapter.soap.transport.SoapEndpoint;
import dev.bringport.adapter.soap.transport.SoapTransport;
import dev.bringport.domain.ErrorDefinition;
import dev.bringport.domain.order.Order;
import dev.bringport.domain.order.OrderLine;
import dev.bringport.domain.order.OrderMessage;
import dev.bringport.domain.order.OrderRules;
import dev.bringport.domain.order.PackingList;
import dev.bringport.domain.order.PackingListRules;
import dev.bringport.domain.order.SenderStatus;
import dev.bringport.domain.order.TrackingEvent;
import dev.bringport.domain.order.TransportOrder;
import dev.bringport.ports.ClientRules;
import dev.bringport.ports.Operation;
import dev.bringport.ports.order.OrderManagement;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Order Management over purchaseorder-v1.wsdl: GetPurchaseOrder, CreatePackagingList and
 * CreateTransportOrder. Every other operation is REST only.
 */
final class SoapOrderManagement implements OrderManagement {

    private final SoapEndpoint<PurchaseOrderPort> endpoint;
    private final OrderMapper mapper;
    private final Clock clock;
    private final ClientRules clientRules;

    SoapOrderManagement(SoapEndpoint<PurchaseOrderPort> endpoint, OrderMapper mapper, Clock clock,
                        ClientRules clientRules) {
        this.endpoint = endpoint;
        this.mapper = mapper;
        this.clock = clock;
        this.clientRules = clientRules;
    }

    @Override
    public String transport() {
        return SoapTransport.NAME;
    }

    @Override
    public boolean supports(Operation operation) {
        return SoapTransport.supports(operation);
    }

    @Override
    public Order order(String customerId, String orderId) {
        Operation op = Operation.GET_ORDER;
        SoapTransport.checkBeforeSending(op, OrderRules.identity(customerId, orderId));
        return endpoint.call(op, "GetPurchaseOrder", Optional.empty(), port -> {
            GetPurchaseOrderResponse answer = port.getPurchaseOrder(
                    mapper.getPurchaseOrder(customerId, orderId, clock.instant()));
            OrderMapper.requireAccepted(op, answer.getResponseProperties(), null, SoapEndpoint.httpStatus(port));
            if (answer.getPurchaseOrderSet() == null) {
                throw new IllegalArgumentException("the answer has neither a PurchaseOrderSet nor an Error");
            }
            return OrderMapper.order(answer.getPurchaseOrderSet());
        });
    }

    @Override
    public void addPackingList(String customerId, String orderId, PackingList packingList) {
        Operation op = Operation.ADD_PACKING_LIST;
        SoapTransport.checkBeforeSending(op, OrderRules.identity(customerId, orderId),
                clientRules.violations(() -> PackingListRules.violations(packingList)));
        endpoint.call(op, "CreatePackagingList", Optional.of(packingList.consignmentId()), port -> {
            CreatePackagingListResponse answer = port.createPackagingList(
                    mapper.createPackagingList(customerId, orderId, packingList, clock.instant()));
            OrderMapper.requireCreated(op, answer.getResponseProperties(), answer.getStatus(),
                    SoapEndpoint.httpStatus(port));
            return null;
        });
    }

    @Override
    public void createTransportOrder(String customerId, String orderId, TransportOrder transportOrder) {
        Operation op = Operation.CREATE_TRANSPORT_ORDER;
        PackingList content = transportOrder.content();
        SoapTransport.checkBeforeSending(op, OrderRules.identity(customerId, orderId),
                clientRules.violations(() -> PackingListRules.violations(content)));
        endpoint.call(op, "CreateTransportOrder", Optional.of(content.consignmentId()), port -> {
            CreateTransportOrderResponse answer = port.createTransportOrder(
                    mapper.createTransportOrder(customerId, orderId, content, clock.instant()));
            OrderMapper.requireCreated(op, answer.getResponseProperties(), answer.getStatus(),
                    SoapEndpoint.httpStatus(port));
            return null;
        });
    }

    @Override
    public boolean isOrderManagementCustomer(String customerId) {
        throw SoapTransport.notSupported(Operation.IS_ORDER_MANAGEMENT_CUSTOMER);
    }

    @Override
    public void sendOrder(OrderMessage message) {
        throw SoapTransport.notSupported(Operation.SEND_ORDER);
    }

    @Override
    public List<OrderLine> orderLines(String customerId, String orderId) {
        throw SoapTransport.notSupported(Operation.GET_ORDER_LINES);
    }

    @Override
    public List<PackingList> packingLists(String customerId, String orderId) {
        throw SoapTransport.notSupported(Operation.GET_PACKING_LISTS);
    }

    @Override
    public SenderStatus senderStatus(String customerId, String orderId) {
        throw SoapTransport.notSupported(Operation.GET_SENDER_STATUS);
    }

    @Override
    public void sendEvent(TrackingEvent event) {
        throw SoapTransport.notSupported(Operation.SEND_EVENT);
    }

    @Override
    public List<ErrorDefinition> errorCodes() {
        throw SoapTransport.notSupported(Operation.GET_ORDER_MANAGEMENT_ERROR_CODES);
    }
}
