package dev.bringport.domain.order;

import dev.bringport.domain.BringSpelling;
import java.util.Arrays;

/** What an order message does to the order: {@code OrderSet updateIndicator}. */
public enum UpdateIndicator {
    /** Creates the order; sending an Original for an existing order is {@code PO_INPUT_024}. */
    ORIGINAL("Original"),
    /** Replaces an existing order. */
    UPDATE("Update"),
    /** Deletes an existing order. */
    DELETION("Deletion");

    private final String bringName;

    UpdateIndicator(String bringName) {
        this.bringName = bringName;
    }

    /**
     * The value as Bring's field table and XML spell it.
     *
     * @return e.g. {@code "Original"}
     */
    public String bringName() {
        return bringName;
    }

    /**
     * The indicator for Bring's value in either spelling ({@code ORIGINAL} in JSON, {@code Original} in XML).
     *
     * @param value the value
     * @return the indicator
     * @throws IllegalArgumentException for a value Bring does not document
     */
    public static UpdateIndicator fromBring(String value) {
        return Arrays.stream(values()).filter(u -> BringSpelling.matches(value, u.bringName)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown updateIndicator: " + value));
    }
}
