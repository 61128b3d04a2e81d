package dev.bringport.adapter.soap.order;

import dev.bringport.adapter.soap.order.generated.PurchaseOrderPort;
import dev.bringport.adapter.soap.order.generated.PurchaseOrderPortService;
import dev.bringport.adapter.soap.transport.SoapEndpoint;
import dev.bringport.adapter.soap.transport.SoapSettings;
import dev.bringport.ports.ClientRules;
import dev.bringport.ports.order.OrderManagement;
import dev.bringport.ports.transport.CallListener;
import java.time.Clock;

/**
 * Bring's Order Management SOAP service ({@code purchaseorder-v1.wsdl}) as the port it carries.
 * The generated wire types stay inside this package.
 */
public final class PurchaseOrderService {

    private final SoapEndpoint<PurchaseOrderPort> endpoint;
    private final OrderMapper mapper;
    private final Clock clock;
    private final ClientRules clientRules;
    private final SoapOrderManagement orderManagement;

    /**
     * The service at the settings' Order Management endpoint; Metro's objects are created on first use.
     *
     * @param settings the adapter's settings
     */
    public PurchaseOrderService(SoapSettings settings) {
        this(SoapEndpoint.of(settings.orderManagementEndpoint(), settings, PurchaseOrderPortService::new,
                PurchaseOrderPortService::getPurchaseOrderPortSoap11), new OrderMapper(settings.locale()), settings.clock(),
                settings.transport().clientRules());
    }

    private PurchaseOrderService(SoapEndpoint<PurchaseOrderPort> endpoint, OrderMapper mapper, Clock clock,
                                 ClientRules clientRules) {
        this.endpoint = endpoint;
        this.mapper = mapper;
        this.clock = clock;
        this.clientRules = clientRules;
        this.orderManagement = new SoapOrderManagement(endpoint, mapper, clock, clientRules);
    }

    /**
     * The same service, the same calls, with Bring's rules checked before sending or not.
     *
     * @param clientRules on or off
     * @return a service sharing this one's endpoint
     */
    public PurchaseOrderService withClientRules(ClientRules clientRules) {
        return new PurchaseOrderService(endpoint, mapper, clock, clientRules);
    }

    /**
     * The same service, the same Metro ports, telling another listener too of every attempt.
     *
     * @param more told after the adapter's own listener
     * @return a service sharing this one's Metro ports
     */
    public PurchaseOrderService alsoTelling(CallListener more) {
        return new PurchaseOrderService(endpoint.alsoTelling(more), mapper, clock, clientRules);
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
