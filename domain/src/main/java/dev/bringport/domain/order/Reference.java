package dev.bringport.domain.order;

import java.util.Objects;
import java.util.Optional;

/**
 * A reference on an order or party ({@code <Reference referenceType="CMR"><ReferenceNo>...}).
 * The type is an EDIFACT 1153 reference code qualifier (CMR, ACD, AAO, WS, ON, ZZZ...).
 *
 * @param type   the EDIFACT reference type
 * @param number the reference number
 * @param text   Bring's explanation of the type, when given
 */
public record Reference(String type, String number, Optional<String> text) {

    /** EDIFACT WS, warehouse storage location number: Bring reports an order's warehouse with it. */
    public static final String WAREHOUSE_STORAGE_LOCATION = "WS";

    /**
     * Requires type and number (blank ones are reported by {@link OrderRules}).
     *
     * @param type   the EDIFACT reference type
     * @param number the reference number
     * @param text   Bring's explanation of the type, when given
     */
    public Reference {
        Objects.requireNonNull(type, "referenceType");
        Objects.requireNonNull(number, "ReferenceNo");
        Objects.requireNonNull(text, "text");
        text = text.filter(t -> !t.isBlank());
    }

    /**
     * A reference without explanatory text.
     *
     * @param type   the EDIFACT type, e.g. {@code "CMR"}
     * @param number the number
     * @return the reference
     */
    public static Reference of(String type, String number) {
        return new Reference(type, number, Optional.empty());
    }
}
