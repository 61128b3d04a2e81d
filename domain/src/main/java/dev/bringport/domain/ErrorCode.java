package dev.bringport.domain;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Bring error code, spelled exactly as Bring spells it: {@code PO_INPUT_007},
 * {@code BOOK-INPUT-002}, {@code BOOK_VALIDATION-012}, {@code CUSTOMER_SPECIFIED_DELIVERY_DATE-INPUT-001},
 * {@code CT_2_ACCESS_DENIED}. Error codes are an open set: any non-blank code is representable,
 * known or not, and passes through the library intact.
 *
 * @param value the code as Bring sent it
 */
public record ErrorCode(String value) {

    // <family><separator><three digits>[<separator><suffix>]: BOOK-INPUT-014-RECIPIENT, PO_STATE_001
    private static final Pattern NUMBERED = Pattern.compile("^(.+?)([-_])(\\d{3})(?:[-_](.+))?$");

    // Codes whose meaning is not told by their family alone (Order Management page, "List error codes").
    private static final Map<String, ErrorKind> KIND_BY_CODE = Map.of(
            "PO_STATE_001", ErrorKind.NOT_FOUND,          // Purchase order not found
            "PO_STATE_002", ErrorKind.UNAUTHENTICATED,    // You must log in to use this endpoint
            "PO_STATE_003", ErrorKind.NOT_FOUND,          // Order items ... not found
            "PO_STATE_004", ErrorKind.ACCESS_DENIED,      // Access is denied to read this purchaseorder
            "PO_STATE_005", ErrorKind.NOT_FOUND,          // Transport order not found
            "PO_INPUT_010", ErrorKind.NOT_FOUND,          // Purchase order not found (packing list to a missing order)
            "PO_INPUT_024", ErrorKind.DUPLICATE,          // purchase order that already existed
            "CT_2_ACCESS_DENIED", ErrorKind.UNAUTHENTICATED); // plain-text "[CT_2_ACCESS_DENIED] User is not logged in"

    /**
     * Rejects a blank code: an error without a code is not a Bring error code.
     *
     * @param value the code as Bring sent it
     */
    public ErrorCode {
        Objects.requireNonNull(value, "error code");
        if (value.isBlank()) {
            throw new IllegalArgumentException("error code must not be blank");
        }
        value = value.strip();
    }

    /**
     * Returns the code for a string.
     *
     * @param value the code, e.g. {@code "PO_INPUT_007"}
     * @return the code
     */
    public static ErrorCode of(String value) {
        return new ErrorCode(value);
    }

    /**
     * The family of the code: the code without its number and suffix, e.g. {@code BOOK-INPUT},
     * {@code BOOK_VALIDATION}, {@code PO_STATE}, {@code CUSTOMER_SPECIFIED_DELIVERY_DATE-INPUT}.
     * A code without a three-digit number is its own family.
     *
     * @return the family
     */
    public String family() {
        Matcher m = NUMBERED.matcher(value);
        return m.matches() ? m.group(1) : value;
    }

    /**
     * The code without a suffix Bring may append to a suffixable code, e.g.
     * {@code BOOK-INPUT-014} for {@code BOOK-INPUT-014-RECIPIENT}.
     *
     * @return the base code, or this code when it has no suffix
     */
    public ErrorCode base() {
        Matcher m = NUMBERED.matcher(value);
        return m.matches() && m.group(4) != null ? new ErrorCode(m.group(1) + m.group(2) + m.group(3)) : this;
    }

    /**
     * What the code means for a caller, from Bring's catalogues: not found, duplicate, access
     * denied, unauthenticated, internal, or (for every other code, known or unknown) invalid input.
     *
     * @return the kind of error
     */
    public ErrorKind kind() {
        ErrorKind known = KIND_BY_CODE.get(base().value);
        if (known != null) {
            return known;
        }
        String upper = family().toUpperCase(Locale.ROOT);
        if (upper.endsWith("INTERNAL")) {
            return ErrorKind.INTERNAL;               // BOOK-INTERNAL-*, PICKUP-INTERNAL-*
        }
        if (upper.contains("AUTHORIZATION") || upper.contains("ACCESS_DENIED")) {
            return ErrorKind.ACCESS_DENIED;          // BOOK-AUTHORIZATION-001, CT_2_ACCESS_DENIED
        }
        return ErrorKind.INVALID_INPUT;
    }

    @Override
    public String toString() {
        return value;
    }
}
