package dev.bringport.domain.booking;

import dev.bringport.domain.ErrorCode;

/**
 * The Booking error codes the library itself reports or reasons about, by name (a hyphen in
 * Bring's spelling is an underscore here). Their messages are in
 * {@link dev.bringport.domain.ErrorCatalogue#booking()}.
 */
public final class BookingCodes {

    /** Bad request (used for Bring's maximum lengths and ranges, which have no code of their own). */
    public static final ErrorCode BOOK_INPUT_001 = ErrorCode.of("BOOK-INPUT-001");
    /** Weight is required. */
    public static final ErrorCode BOOK_INPUT_002 = ErrorCode.of("BOOK-INPUT-002");
    /** Sender must be specified. */
    public static final ErrorCode BOOK_INPUT_006 = ErrorCode.of("BOOK-INPUT-006");
    /** Recipient must be specified. */
    public static final ErrorCode BOOK_INPUT_007 = ErrorCode.of("BOOK-INPUT-007");
    /** Product must be set. */
    public static final ErrorCode BOOK_INPUT_008 = ErrorCode.of("BOOK-INPUT-008");
    /** Package or Package Group must be specified. */
    public static final ErrorCode BOOK_INPUT_009 = ErrorCode.of("BOOK-INPUT-009");
    /** Shipping date and time must be provided. */
    public static final ErrorCode BOOK_INPUT_012 = ErrorCode.of("BOOK-INPUT-012");
    /** Volume or Package dimensions must be provided. */
    public static final ErrorCode BOOK_INPUT_013 = ErrorCode.of("BOOK-INPUT-013");
    /** Name must be provided. */
    public static final ErrorCode BOOK_INPUT_014 = ErrorCode.of("BOOK-INPUT-014");
    /** Address must be provided. */
    public static final ErrorCode BOOK_INPUT_015 = ErrorCode.of("BOOK-INPUT-015");
    /** City must be provided. */
    public static final ErrorCode BOOK_INPUT_016 = ErrorCode.of("BOOK-INPUT-016");
    /** ISO Country code must be provided. */
    public static final ErrorCode BOOK_INPUT_017 = ErrorCode.of("BOOK-INPUT-017");
    /** Product ID must be provided. */
    public static final ErrorCode BOOK_INPUT_018 = ErrorCode.of("BOOK-INPUT-018");
    /** Customer number must be provided. */
    public static final ErrorCode BOOK_INPUT_019 = ErrorCode.of("BOOK-INPUT-019");
    /** Invalid customer number. */
    public static final ErrorCode BOOK_INPUT_021 = ErrorCode.of("BOOK-INPUT-021");
    /** The shipment is too big to send with the given product. */
    public static final ErrorCode BOOK_INPUT_023 = ErrorCode.of("BOOK-INPUT-023");
    /** The product is not available between the given countries. */
    public static final ErrorCode BOOK_INPUT_025 = ErrorCode.of("BOOK-INPUT-025");
    /** Invalid country code. */
    public static final ErrorCode BOOK_INPUT_028 = ErrorCode.of("BOOK-INPUT-028");
    /** Invalid customer number for sender country and product. */
    public static final ErrorCode BOOK_INPUT_029 = ErrorCode.of("BOOK-INPUT-029");
    /** Invalid currency code, use ISO 4217 currency code. */
    public static final ErrorCode BOOK_INPUT_036 = ErrorCode.of("BOOK-INPUT-036");
    /** Missing required input for cash on delivery. */
    public static final ErrorCode BOOK_INPUT_037 = ErrorCode.of("BOOK-INPUT-037");
    /** Missing required UNNumber for Dangerous goods. */
    public static final ErrorCode BOOK_INPUT_048 = ErrorCode.of("BOOK-INPUT-048");
    /** Missing required Commodity for Dangerous goods. */
    public static final ErrorCode BOOK_INPUT_049 = ErrorCode.of("BOOK-INPUT-049");
    /** Invalid amount for Cash On Delivery, use amount with two decimal places only. */
    public static final ErrorCode BOOK_INPUT_054 = ErrorCode.of("BOOK-INPUT-054");
    /** Invalid postal Code. */
    public static final ErrorCode BOOK_INPUT_057 = ErrorCode.of("BOOK_INPUT-057");
    /** Maximum 400 characters are allowed in Message For Recipient field. */
    public static final ErrorCode BOOK_INPUT_061 = ErrorCode.of("BOOK_INPUT-061");
    /** Missing required message input for delivery indoor. */
    public static final ErrorCode BOOK_INPUT_062 = ErrorCode.of("BOOK-INPUT-062");
    /** The product is not available. */
    public static final ErrorCode BOOK_INPUT_070 = ErrorCode.of("BOOK-INPUT-070");
    /** Invalid package type for Home Delivery product. */
    public static final ErrorCode BOOK_INPUT_071 = ErrorCode.of("BOOK-INPUT-071");
    /** When booking nonstandard courier services you must supply the nonStandardCourierProductCode. */
    public static final ErrorCode BOOK_INPUT_081 = ErrorCode.of("BOOK-INPUT-081");
    /** Invalid Return Product ID. */
    public static final ErrorCode BOOK_INPUT_083 = ErrorCode.of("BOOK-INPUT-083");
    /** Invalid length for UN Number. Must be of length four. */
    public static final ErrorCode BOOK_INPUT_091 = ErrorCode.of("BOOK-INPUT-091");
    /** Your user is not authorized to perform this action. */
    public static final ErrorCode BOOK_AUTHORIZATION_001 = ErrorCode.of("BOOK-AUTHORIZATION-001");
    /** A valid mobile phone number or email address is required for eVarsling. */
    public static final ErrorCode BOOK_VALIDATION_002 = ErrorCode.of("BOOK_VALIDATION-002");
    /** A valid quantity, goods description, tariff line amount and item net weight is required for customs declaration. */
    public static final ErrorCode BOOK_VALIDATION_012 = ErrorCode.of("BOOK_VALIDATION-012");
    /** Nature of transaction required for using customs declarations. */
    public static final ErrorCode BOOK_VALIDATION_013 = ErrorCode.of("BOOK_VALIDATION-013");
    /** Maximum 10 dangerous goods vases are allowed in a request. */
    public static final ErrorCode BOOK_VALIDATION_019 = ErrorCode.of("BOOK_VALIDATION-019");
    /** The supplied IOSS number is invalid. */
    public static final ErrorCode BOOK_VALIDATION_025 = ErrorCode.of("BOOK_VALIDATION-025");
    /** An IOSS number is provided as well as a senders reference. */
    public static final ErrorCode BOOK_VALIDATION_027 = ErrorCode.of("BOOK_VALIDATION-027");
    /** An IOSS number is provided for a nature of transaction other than SALE_OF_GOODS. */
    public static final ErrorCode BOOK_VALIDATION_028 = ErrorCode.of("BOOK_VALIDATION-028");
    /** Customer specified delivery date must be in the future. */
    public static final ErrorCode CUSTOMER_SPECIFIED_DELIVERY_DATE_INPUT_001 = ErrorCode.of("CUSTOMER_SPECIFIED_DELIVERY_DATE-INPUT-001");
    /** Customer specified delivery date is not available in expected/alternative delivery dates. */
    public static final ErrorCode CUSTOMER_SPECIFIED_DELIVERY_DATE_INPUT_005 = ErrorCode.of("CUSTOMER_SPECIFIED_DELIVERY_DATE-INPUT-005");
    /** Customer specified delivery date must be after Shipping date. */
    public static final ErrorCode CUSTOMER_SPECIFIED_DELIVERY_DATE_INPUT_006 = ErrorCode.of("CUSTOMER_SPECIFIED_DELIVERY_DATE-INPUT-006");
    /** Customer specified dispatch date must be in the future. */
    public static final ErrorCode CUSTOMER_SPECIFIED_DISPATCH_DATE_INPUT_001 = ErrorCode.of("CUSTOMER_SPECIFIED_DISPATCH_DATE-INPUT-001");
    /** Customer specified dispatch date must be after Shipping date. */
    public static final ErrorCode CUSTOMER_SPECIFIED_DISPATCH_DATE_INPUT_006 = ErrorCode.of("CUSTOMER_SPECIFIED_DISPATCH_DATE-INPUT-006");
    /** StartDateTime and EndDateTime in customerSpecified Delivery needs to be same date. */
    public static final ErrorCode CUSTOMER_SPECIFIED_DELIVERY_INPUT_002 = ErrorCode.of("CUSTOMER_SPECIFIED_DELIVERY-INPUT-002");
    /** Customer specified delivery start and end date must be in the future. */
    public static final ErrorCode CUSTOMER_SPECIFIED_DELIVERY_INPUT_003 = ErrorCode.of("CUSTOMER_SPECIFIED_DELIVERY-INPUT-003");
    /** Both Pickup Point ID and Country Code is Required. */
    public static final ErrorCode PICKUP_INPUT_011 = ErrorCode.of("PICKUP-INPUT-011");
    /** Selected pickup point should be in recipient country. */
    public static final ErrorCode PICKUP_INPUT_012 = ErrorCode.of("PICKUP-INPUT-012");

    private BookingCodes() {
    }
}
