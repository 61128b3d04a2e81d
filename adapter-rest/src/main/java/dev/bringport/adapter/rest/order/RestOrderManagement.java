package dev.bringport.adapter.rest.order;

import dev.bringport.adapter.rest.http.BringHttp;
import dev.bringport.adapter.rest.http.WireFormat;
import dev.bringport.ports.order.OrderManagement;
import dev.bringport.domain.ErrorDefinition;
import dev.bringport.domain.order.Order;
import dev.bringport.domain.order.OrderLine;
import dev.bringport.domain.order.OrderMessage;
import dev.bringport.domain.order.PackingList;
import dev.bringport.domain.order.SenderStatus;
import dev.bringport.domain.order.TrackingEvent;
import dev.bringport.domain.order.TransportOrder;
import java.util.List;

/** SCAFFOLD: replaced by the order capability's implementation. */
public final class RestOrderManagement implements OrderManagement {

    /**
     * @param http    the transport
     * @param baseUrl the API's base URL
     * @param format  the wire format where Bring offers both
     */
    public RestOrderManagement(BringHttp http, java.net.URI baseUrl, WireFormat format) {
    }

    @Override
    public String transport() {
        return "REST";
    }

    @Override
    public boolean isOrderManagementCustomer(String customerId) {
        throw new UnsupportedOperationException("scaffold");
    }

    @Override
    public void sendOrder(OrderMessage message) {
        throw new UnsupportedOperationException("scaffold");
    }

    @Override
    public Order order(String customerId, String orderId) {
        throw new UnsupportedOperationException("scaffold");
    }

    @Override
    public List<OrderLine> orderLines(String customerId, String orderId) {
        throw new UnsupportedOperationException("scaffold");
    }

    @Override
    public List<PackingList> packingLists(String customerId, String orderId) {
        throw new UnsupportedOperationException("scaffold");
    }

    @Override
    public void addPackingList(String customerId, String orderId, PackingList packingList) {
        throw new UnsupportedOperationException("scaffold");
    }

    @Override
    public void createTransportOrder(String customerId, String orderId, TransportOrder transportOrder) {
        throw new UnsupportedOperationException("scaffold");
    }

    @Override
    public SenderStatus senderStatus(String customerId, String orderId) {
        throw new UnsupportedOperationException("scaffold");
    }

    @Override
    public void sendEvent(TrackingEvent event) {
        throw new UnsupportedOperationException("scaffold");
    }

    @Override
    public List<ErrorDefinition> errorCodes() {
        throw new UnsupportedOperationException("scaffold");
    }
}
