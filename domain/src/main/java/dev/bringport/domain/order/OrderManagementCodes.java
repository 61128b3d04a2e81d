package dev.bringport.domain.order;

import dev.bringport.domain.ErrorCode;

/**
 * The Order Management and Warehousing error codes the library itself reports or reasons about,
 * by name. Their messages are in {@link dev.bringport.domain.ErrorCatalogue#orderManagement()}.
 */
public final class OrderManagementCodes {

    /** Must provide valid customer ID. */
    public static final ErrorCode PO_INPUT_001 = ErrorCode.of("PO_INPUT_001");
    /** Must provide valid purchase order. */
    public static final ErrorCode PO_INPUT_002 = ErrorCode.of("PO_INPUT_002");
    /** Consignment ID is required. */
    public static final ErrorCode PO_INPUT_007 = ErrorCode.of("PO_INPUT_007");
    /** Must provide valid EventType. */
    public static final ErrorCode PO_INPUT_008 = ErrorCode.of("PO_INPUT_008");
    /** Must provide valid ISO timestamp for event. */
    public static final ErrorCode PO_INPUT_009 = ErrorCode.of("PO_INPUT_009");
    /** Purchase order not found: no order lines to a non-existing purchase order. */
    public static final ErrorCode PO_INPUT_010 = ErrorCode.of("PO_INPUT_010");
    /** Negative quantity not allowed. */
    public static final ErrorCode PO_INPUT_011 = ErrorCode.of("PO_INPUT_011");
    /** Item on transport order does not exist on purchase order. */
    public static final ErrorCode PO_INPUT_012 = ErrorCode.of("PO_INPUT_012");
    /** The request contained invalid content. */
    public static final ErrorCode PO_INPUT_017 = ErrorCode.of("PO_INPUT_017");
    /** Some required parameters are missing. */
    public static final ErrorCode PO_INPUT_019 = ErrorCode.of("PO_INPUT_019");
    /** Article number is required. */
    public static final ErrorCode PO_INPUT_021 = ErrorCode.of("PO_INPUT_021");
    /** Attempted to create/insert a purchase order that already existed. */
    public static final ErrorCode PO_INPUT_024 = ErrorCode.of("PO_INPUT_024");
    /** Purchase order not found. */
    public static final ErrorCode PO_STATE_001 = ErrorCode.of("PO_STATE_001");
    /** You must log in to use this endpoint. */
    public static final ErrorCode PO_STATE_002 = ErrorCode.of("PO_STATE_002");
    /** Order items for requested purchase order not found. */
    public static final ErrorCode PO_STATE_003 = ErrorCode.of("PO_STATE_003");
    /** Access is denied to read this purchase order. */
    public static final ErrorCode PO_STATE_004 = ErrorCode.of("PO_STATE_004");

    private OrderManagementCodes() {
    }
}
