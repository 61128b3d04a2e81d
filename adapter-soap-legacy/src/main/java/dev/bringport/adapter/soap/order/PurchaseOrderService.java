package dev.bringport.adapter.soap.order;

import dev.bringport.adapter.soap.order.generated.PurchaseOrderPort;
import dev.bringport.adapter.soap.order.generated.PurchaseOrderPortService;
import dev.bringport.adapter.soap.transport.SoapEndpoint;
import dev.bringport.adapter.soap.transport.SoapSettings;
import dev.bringport.ports.order.OrderManagement;

/**
 * Bring's Order Management SOAP service ({@code purchaseorder-v1.wsdl}) as the port it carries.
 * The generated wire types stay inside this package.
 */
public final class PurchaseOrderService {

    private final SoapEndpoint<PurchaseOrderPort> endpoint;
    private final SoapOrderManagement orderManagement;

    /**
     * The service at the settings' Order Management endpoint; Metro's objects are created on first use.
     *
     * @param settings the adapter's settings
     */
    public PurchaseOrderService(SoapSettings settings) {
        this.endpoint = SoapEndpoint.of(settings.orderManagementEndpoint(), settings, PurchaseOrderPortService::new,
                PurchaseOrderPortService::getPurchaseOrderPortSoap11);
        this.orderManagement = new SoapOrderManagement(endpoint, new OrderMapper(settings.locale()), settings.clock());
    }

    /**
     * Order Management over SOAP.
     *
     * @return the port
     */
    public OrderManagement orderManagement() {
        return orderManagement;
    }

    /**
     * The calls to the service.
     *
     * @return the endpoint
     */
    public SoapEndpoint<?> endpoint() {
        return endpoint;
    }
}
