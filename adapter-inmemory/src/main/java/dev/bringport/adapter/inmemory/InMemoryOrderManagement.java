package dev.bringport.adapter.inmemory;

import static dev.bringport.domain.order.OrderManagementCodes.*;

import dev.bringport.domain.ErrorCatalogue;
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
import dev.bringport.ports.Operation;
import dev.bringport.ports.transport.CallListener;
import dev.bringport.ports.order.OrderManagement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Order Management of the in-memory Bring. */
final class InMemoryOrderManagement extends InMemoryPort implements OrderManagement {

    InMemoryOrderManagement(InMemoryBring bring, String user, CallListener listener) {
        super(bring, user, listener);
    }

    @Override
    public boolean isOrderManagementCustomer(String customerId) {
        return call(Operation.IS_ORDER_MANAGEMENT_CUSTOMER, Optional.empty(),
                new Violations().requireText(customerId, "customerId", PO_INPUT_001).toList(),
                () -> bring.read(() -> bring.orders().isCustomer(customerId)));
    }

    @Override
    public void sendOrder(OrderMessage message) {
        Operation op = Operation.SEND_ORDER;
        call(op, Optional.of(message.messageId()), OrderRules.violations(message), () -> {
            bring.write(() -> {
                requireCustomer(op, message.customerNumber(), Orders.Access.OWNER);
                Orders.Key key = new Orders.Key(message.customerNumber(), message.order().orderId());
                Optional<Orders.Stored> existing = bring.orders().find(key);
                String which = "order " + key.orderId() + " of customer " + key.customerId();
                switch (message.updateIndicator()) {
                    case ORIGINAL -> {
                        if (existing.isPresent()) {
                            throw Rejections.of(op, PO_INPUT_024, which + " exists: send an Update");
                        }
                        OrderLifecycle.place(bring, key, OrderLifecycle.sent(message.order(), Optional.empty()));
                    }
                    case UPDATE -> {
                        existing.orElseThrow(() -> Rejections.of(op, PO_STATE_001, which + " does not exist"));
                        OrderLifecycle.place(bring, key, OrderLifecycle.sent(message.order(), existing));
                    }
                    case DELETION -> {
                        existing.orElseThrow(() -> Rejections.of(op, PO_STATE_001, which + " does not exist"));
                        OrderLifecycle.delete(bring, key);
                    }
                    default -> throw new IllegalStateException("unknown update indicator " + message.updateIndicator());
                }
                bring.received().add(new Received.OrderMessageReceived(user, message, bring.now()));
            });
            return null;
        });
    }

    @Override
    public Order order(String customerId, String orderId) {
        return read(Operation.GET_ORDER, customerId, orderId).order();
    }

    @Override
    public List<OrderLine> orderLines(String customerId, String orderId) {
        return read(Operation.GET_ORDER_LINES, customerId, orderId).order().lines();
    }

    @Override
    public List<PackingList> packingLists(String customerId, String orderId) {
        return read(Operation.GET_PACKING_LISTS, customerId, orderId).packingLists();
    }

    @Override
    public SenderStatus senderStatus(String customerId, String orderId) {
        return SenderStatus.of(read(Operation.GET_SENDER_STATUS, customerId, orderId).order().lines());
    }

    /** Reads an order as its owner or one of its customer's suppliers. */
    private Orders.Stored read(Operation op, String customerId, String orderId) {
        return call(op, Optional.empty(), OrderRules.identity(customerId, orderId), () -> bring.read(() -> {
            requireCustomer(op, customerId, Orders.Access.OWNER_OR_SUPPLIER);
            return bring.orders().find(new Orders.Key(customerId, orderId)).orElseThrow(() ->
                    Rejections.of(op, PO_STATE_001, "order " + orderId + " of customer " + customerId + " does not exist"));
        }));
    }

    @Override
    public void addPackingList(String customerId, String orderId, PackingList packingList) {
        Operation op = Operation.ADD_PACKING_LIST;
        call(op, Optional.of(packingList.consignmentId()), checks(customerId, orderId, packingList), () -> {
            bring.write(() -> {
                Orders.Key key = new Orders.Key(customerId, orderId);
                Orders.Stored stored = orderToChange(op, key);
                checkAtBring(op, PackingListRules.violations(packingList, stored.order()));
                OrderLifecycle.pack(bring, key, stored, packingList);
                bring.received().add(new Received.PackingListReceived(user, customerId, orderId, packingList, bring.now()));
            });
            return null;
        });
    }

    @Override
    public void createTransportOrder(String customerId, String orderId, TransportOrder transportOrder) {
        Operation op = Operation.CREATE_TRANSPORT_ORDER;
        PackingList content = transportOrder.content();
        call(op, Optional.of(content.consignmentId()), checks(customerId, orderId, content), () -> {
            bring.write(() -> {
                Orders.Stored stored = orderToChange(op, new Orders.Key(customerId, orderId));
                checkAtBring(op, PackingListRules.violations(content, stored.order()));
                bring.received().add(new Received.TransportOrderReceived(user, customerId, orderId, transportOrder,
                        bring.now()));
            });
            return null;
        });
    }

    private static List<Violation> checks(String customerId, String orderId, PackingList list) {
        List<Violation> all = new ArrayList<>(OrderRules.identity(customerId, orderId));
        all.addAll(PackingListRules.violations(list));
        return all;
    }

    /** The order a packing list or transport order is for: an order that does not exist is {@code PO_INPUT_010}. */
    private Orders.Stored orderToChange(Operation op, Orders.Key key) {
        requireCustomer(op, key.customerId(), Orders.Access.OWNER_OR_SUPPLIER);
        return bring.orders().find(key).orElseThrow(() -> Rejections.of(op, PO_INPUT_010,
                "order " + key.orderId() + " of customer " + key.customerId() + " does not exist"));
    }

    @Override
    public void sendEvent(TrackingEvent event) {
        Operation op = Operation.SEND_EVENT;
        call(op, Optional.of(event.consignmentId()), TrackingEventRules.violations(event), () -> {
            checkAtBring(op, TrackingEventRules.violationsWithType(event));
            bring.write(() -> bring.received().add(new Received.EventReceived(user, event, bring.now())));
            return null;
        });
    }

    @Override
    public List<ErrorDefinition> errorCodes() {
        return call(Operation.GET_ORDER_MANAGEMENT_ERROR_CODES, Optional.empty(), List.of(),
                () -> ErrorCatalogue.orderManagement().definitions());
    }
}
