package dev.bringport.ports;

/**
 * Every operation of the ports, with the Bring endpoint it stands for and whether it writes.
 * Failures name their operation; transports declare which operations they offer; routing and
 * retry policies are decided per operation.
 */
public enum Operation {
    /** Is a customer an Order Management customer. */
    IS_ORDER_MANAGEMENT_CUSTOMER(Capability.ORDER_MANAGEMENT, false, "GET /purchaseorderCustomer/{customerId}"),
    /** Send an order. */
    SEND_ORDER(Capability.ORDER_MANAGEMENT, true, "POST /omorder"),
    /** Read an order. */
    GET_ORDER(Capability.ORDER_MANAGEMENT, false, "GET /omorder/{customerId}/{orderId}"),
    /** Read an order's lines. */
    GET_ORDER_LINES(Capability.ORDER_MANAGEMENT, false, "GET /items/{customerId}/{orderId}"),
    /** Read an order's packing lists. */
    GET_PACKING_LISTS(Capability.ORDER_MANAGEMENT, false, "GET /packaginglist/{customerId}/{orderId}"),
    /** Add a packing list to an order. */
    ADD_PACKING_LIST(Capability.ORDER_MANAGEMENT, true, "POST /packaginglist"),
    /** Create a transport order for an order (SOAP only). */
    CREATE_TRANSPORT_ORDER(Capability.ORDER_MANAGEMENT, true, "SOAP CreateTransportOrder"),
    /** Read an order's sender status. */
    GET_SENDER_STATUS(Capability.ORDER_MANAGEMENT, false, "GET /senderStatus/{customerId}/{orderId}"),
    /** Send a tracking event. */
    SEND_EVENT(Capability.ORDER_MANAGEMENT, true, "POST /event"),
    /** Read Order Management's error codes. */
    GET_ORDER_MANAGEMENT_ERROR_CODES(Capability.ORDER_MANAGEMENT, false, "GET /errorCodes"),
    /** Read an order in the warehouse. */
    GET_WAREHOUSE_ORDER(Capability.WAREHOUSING, false, "GET /order/{customerId}/{orderId}"),
    /** Read the lines of an order in the warehouse. */
    GET_WAREHOUSE_ORDER_LINES(Capability.WAREHOUSING, false, "GET /items/{customerId}/{orderId}"),
    /** Read every article balance. */
    GET_ARTICLE_BALANCES(Capability.WAREHOUSING, false, "GET /articlebalance/{customerId}"),
    /** Read every article balance one at a time, without holding the whole list. */
    STREAM_ARTICLE_BALANCES(Capability.WAREHOUSING, false, "GET /articlebalance/{customerId}"),
    /** Read one article balance. */
    GET_ARTICLE_BALANCE(Capability.WAREHOUSING, false, "GET /articlebalance/{customerId}/{articleNo}"),
    /** Search article balances. */
    SEARCH_ARTICLE_BALANCES(Capability.WAREHOUSING, false, "GET /articlebalance/info/{customerId}/{articleSearchString}"),
    /** Read Warehousing's error codes. */
    GET_WAREHOUSING_ERROR_CODES(Capability.WAREHOUSING, false, "GET /errorCodes"),
    /** Book a consignment. */
    BOOK(Capability.BOOKING, true, "POST /api/booking"),
    /** Read the customer numbers and products the user may book. */
    GET_CUSTOMERS(Capability.BOOKING, false, "GET /api/customers"),
    /** Read Booking's error codes. */
    GET_BOOKING_ERROR_CODES(Capability.BOOKING, false, "GET /api/errors"),
    /** Download a label. */
    GET_LABEL(Capability.BOOKING, false, "GET {label link}"),
    /** Order a pickup. */
    ORDER_PICKUP(Capability.PICKUPS, true, "POST /api/pickupOrder");

    private final Capability capability;
    private final boolean write;
    private final String endpoint;

    Operation(Capability capability, boolean write, String endpoint) {
        this.capability = capability;
        this.write = write;
        this.endpoint = endpoint;
    }

    /**
     * The capability (port) the operation belongs to.
     *
     * @return the capability
     */
    public Capability capability() {
        return capability;
    }

    /**
     * Whether the operation changes something at Bring. A write is never re-sent unless Bring
     * provably did not act on it.
     *
     * @return whether it writes
     */
    public boolean isWrite() {
        return write;
    }

    /**
     * The Bring REST endpoint the operation stands for (the SOAP services carry some operations
     * under their own names).
     *
     * @return e.g. {@code POST /api/booking}
     */
    public String endpoint() {
        return endpoint;
    }
}
