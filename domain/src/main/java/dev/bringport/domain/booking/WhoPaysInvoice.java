package dev.bringport.domain.booking;

import dev.bringport.domain.BringSpelling;
import java.util.Arrays;

/** Which party pays the invoice for a booking ({@code whoPaysInvoice}). */
public enum WhoPaysInvoice {
    /** The sender pays. */
    SENDER("sender"),
    /** The recipient pays. */
    RECIPIENT("recipient"),
    /** A third party pays. */
    THIRD_PARTY("thirdParty");

    private final String bringName;

    WhoPaysInvoice(String bringName) {
        this.bringName = bringName;
    }

    /**
     * Bring's spelling.
     *
     * @return e.g. {@code "thirdParty"}
     */
    public String bringName() {
        return bringName;
    }

    /**
     * The value for Bring's spelling.
     *
     * @param value e.g. {@code "thirdParty"} or {@code "THIRD_PARTY"}
     * @return the value
     * @throws IllegalArgumentException for a value Bring does not document
     */
    public static WhoPaysInvoice fromBring(String value) {
        return Arrays.stream(values()).filter(w -> BringSpelling.matches(value, w.bringName)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown whoPaysInvoice: " + value));
    }
}
