package dev.bringport.domain.pickup;

import dev.bringport.domain.ErrorCode;

/**
 * The pickup error codes the library reports or reasons about, by name. Their messages are in
 * {@link dev.bringport.domain.ErrorCatalogue#booking()}.
 */
public final class PickupCodes {

    /** Error with input in pickupOrder. */
    public static final ErrorCode PICKUP_INPUT_001 = ErrorCode.of("PICKUP-INPUT-001");
    /** Postal code must be given and be valid. */
    public static final ErrorCode PICKUP_INPUT_002 = ErrorCode.of("PICKUP-INPUT-002");
    /** Cargo customer must provide cargo information; parcel customer parcel information. */
    public static final ErrorCode PICKUP_INPUT_003 = ErrorCode.of("PICKUP-INPUT-003");
    /** This customer number cannot be used to order Pickup. */
    public static final ErrorCode PICKUP_INPUT_004 = ErrorCode.of("PICKUP-INPUT-004");
    /** You must specify pickupDate element yyyy-MM-dd. */
    public static final ErrorCode PICKUP_INPUT_006 = ErrorCode.of("PICKUP-INPUT-006");
    /** Pickup date must be in the future. */
    public static final ErrorCode PICKUP_INPUT_007 = ErrorCode.of("PICKUP-INPUT-007");
    /** weightInGrams is required, and must be an integer larger than zero. */
    public static final ErrorCode PICKUP_INPUT_008 = ErrorCode.of("PICKUP-INPUT-008");
    /** Must be an integer larger than zero. */
    public static final ErrorCode PICKUP_INPUT_009 = ErrorCode.of("PICKUP-INPUT-009");
    /** Country code is required. */
    public static final ErrorCode PICKUP_INPUT_010 = ErrorCode.of("PICKUP-INPUT-010");

    private PickupCodes() {
    }
}
