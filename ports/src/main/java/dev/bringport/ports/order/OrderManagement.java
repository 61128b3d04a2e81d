package dev.bringport.ports.order;

import dev.bringport.domain.ErrorDefinition;
import dev.bringport.domain.order.Order;
import dev.bringport.domain.order.OrderLine;
import dev.bringport.domain.order.OrderMessage;
import dev.bringport.domain.order.PackingList;
import dev.bringport.domain.order.SenderStatus;
import dev.bringport.domain.order.TrackingEvent;
import dev.bringport.domain.order.TransportOrder;
import dev.bringport.ports.BringOperation;
import dev.bringport.ports.Operation;
import dev.bringport.ports.Transport;
import java.util.List;

/**
 * Bring Order Management ({@code https://api.bring.com/po/api/v1}): a customer publishes its
 * orders; its suppliers check that the customer uses Order Management, read the order and its
 * lines, add packing lists with consignment numbers and send tracking events; the order owner
 * follows the sender status, OPEN until every line is packed, then LOCKED.
 *
 * <p>Every method can also fail with the failures every call can meet:
 * {@link dev.bringport.ports.UnauthenticatedException} (no valid credentials, {@code PO_STATE_002}),
 * {@link dev.bringport.ports.RateLimitedException}, {@link dev.bringport.ports.UnavailableException},
 * {@link dev.bringport.ports.TimedOutException} (reads), {@link dev.bringport.ports.OutcomeUnknownException}
 * (writes), {@link dev.bringport.ports.UnexpectedResponseException} and
 * {@link dev.bringport.ports.NotSupportedByTransportException}. Ids that are blank are rejected before
 * sending with {@link dev.bringport.ports.InvalidRequestException} ({@code PO_INPUT_001}, {@code PO_INPUT_002}).
 */
public interface OrderManagement extends Transport {

    /**
     * Whether a customer may use Order Management: what a supplier checks first.
     * GET {@code /purchaseorderCustomer/{customerId}}.
     *
     * @param customerId the customer number
     * @return whether the customer is an Order Management customer
     */
    @BringOperation(Operation.IS_ORDER_MANAGEMENT_CUSTOMER)
    boolean isOrderManagementCustomer(String customerId);

    /**
     * Sends an order: creates (Original), replaces (Update) or deletes (Deletion) it.
     * POST {@code /omorder}.
     *
     * @param message the order and its envelope
     * @throws dev.bringport.ports.InvalidRequestException a required field missing ({@code PO_INPUT_019},
     *         {@code PO_INPUT_021}...), found before sending with every violation
     * @throws dev.bringport.ports.DuplicateException an Original for an order that exists ({@code PO_INPUT_024})
     * @throws dev.bringport.ports.NotFoundException an Update or Deletion of an order that does not exist
     * @throws dev.bringport.ports.AccessDeniedException the user may not send orders for the customer
     */
    @BringOperation(Operation.SEND_ORDER)
    void sendOrder(OrderMessage message);

    /**
     * Reads an order with its parties and lines. GET {@code /omorder/{customerId}/{orderId}}.
     *
     * @param customerId the customer number that owns the order
     * @param orderId    the order id
     * @return the order
     * @throws dev.bringport.ports.NotFoundException no such order ({@code PO_STATE_001})
     * @throws dev.bringport.ports.AccessDeniedException the user may not read it ({@code PO_STATE_004})
     */
    @BringOperation(Operation.GET_ORDER)
    Order order(String customerId, String orderId);

    /**
     * Reads an order's lines with their remaining quantities. GET {@code /items/{customerId}/{orderId}}.
     *
     * @param customerId the customer number that owns the order
     * @param orderId    the order id
     * @return the lines
     * @throws dev.bringport.ports.NotFoundException no such order ({@code PO_STATE_001}, {@code PO_STATE_003})
     * @throws dev.bringport.ports.AccessDeniedException the user may not read it ({@code PO_STATE_004})
     */
    @BringOperation(Operation.GET_ORDER_LINES)
    List<OrderLine> orderLines(String customerId, String orderId);

    /**
     * Reads the packing lists added to an order, oldest first. GET {@code /packaginglist/{customerId}/{orderId}}.
     *
     * @param customerId the customer number that owns the order
     * @param orderId    the order id
     * @return the packing lists, empty if none
     * @throws dev.bringport.ports.NotFoundException no such order ({@code PO_STATE_001})
     * @throws dev.bringport.ports.AccessDeniedException the user may not read it ({@code PO_STATE_004})
     */
    @BringOperation(Operation.GET_PACKING_LISTS)
    List<PackingList> packingLists(String customerId, String orderId);

    /**
     * Adds a packing list to an order once it is picked and sent. POST {@code /packaginglist} (XML).
     *
     * @param customerId  the customer number that owns the order ({@code CustomerNo})
     * @param orderId     the order id ({@code PurchaseOrderNo})
     * @param packingList the consignment and what it carries
     * @throws dev.bringport.ports.InvalidRequestException no consignment id ({@code PO_INPUT_007}),
     *         a negative quantity ({@code PO_INPUT_011}), an item not on the order ({@code PO_INPUT_012}),
     *         more than remains on a line ({@code PO_INPUT_017})
     * @throws dev.bringport.ports.NotFoundException no such order ({@code PO_INPUT_010})
     * @throws dev.bringport.ports.AccessDeniedException the user may not change it ({@code PO_STATE_004})
     */
    @BringOperation(Operation.ADD_PACKING_LIST)
    void addPackingList(String customerId, String orderId, PackingList packingList);

    /**
     * Orders transport for (part of) an order. SOAP {@code CreateTransportOrder}; not offered by
     * Bring's REST interface.
     *
     * @param customerId     the customer number that owns the order
     * @param orderId        the order id
     * @param transportOrder the consignment and what it carries
     * @throws dev.bringport.ports.InvalidRequestException as for a packing list
     * @throws dev.bringport.ports.NotFoundException no such order
     * @throws dev.bringport.ports.AccessDeniedException the user may not change it ({@code PO_STATE_004})
     */
    @BringOperation(Operation.CREATE_TRANSPORT_ORDER)
    void createTransportOrder(String customerId, String orderId, TransportOrder transportOrder);

    /**
     * Reads an order's sender status: OPEN while not fully delivered, LOCKED once every line is
     * packed. GET {@code /senderStatus/{customerId}/{orderId}}.
     *
     * @param customerId the customer number that owns the order
     * @param orderId    the order id
     * @return the status
     * @throws dev.bringport.ports.NotFoundException no such order ({@code PO_STATE_001})
     * @throws dev.bringport.ports.AccessDeniedException the user may not read it ({@code PO_STATE_004})
     */
    @BringOperation(Operation.GET_SENDER_STATUS)
    SenderStatus senderStatus(String customerId, String orderId);

    /**
     * Sends a tracking event on a transport associated with orders. POST {@code /event} (XML).
     *
     * @param event the event
     * @throws dev.bringport.ports.InvalidRequestException no consignment id ({@code PO_INPUT_007}), no or an
     *         invalid event type ({@code PO_INPUT_008}), no timestamp ({@code PO_INPUT_009})
     */
    @BringOperation(Operation.SEND_EVENT)
    void sendEvent(TrackingEvent event);

    /**
     * Reads Bring's list of Order Management error codes. GET {@code /errorCodes}.
     *
     * @return the codes with their descriptions
     */
    @BringOperation(Operation.GET_ORDER_MANAGEMENT_ERROR_CODES)
    List<ErrorDefinition> errorCodes();
}
