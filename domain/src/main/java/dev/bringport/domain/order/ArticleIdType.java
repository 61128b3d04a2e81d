package dev.bringport.domain.order;

import dev.bringport.domain.BringSpelling;
import java.util.Arrays;

/** What kind of article number an {@code ArticleId} is: its {@code codeListAgencyIdentifier}. */
public enum ArticleIdType {
    /** The customer's own item number; Bring's default when no type is given. */
    CUSTOMER_ITEM_NO("CustomerItemNo"),
    /** The vendor's (supplier's) item number. */
    VENDOR_ITEM_NO("VendorItemNo"),
    /** The EAN (GTIN) bar code number. */
    EAN("EAN");

    private final String bringName;

    ArticleIdType(String bringName) {
        this.bringName = bringName;
    }

    /**
     * The value of {@code codeListAgencyIdentifier}.
     *
     * @return e.g. {@code "VendorItemNo"}
     */
    public String bringName() {
        return bringName;
    }

    /**
     * The type for Bring's {@code codeListAgencyIdentifier}; absent or blank means CustomerItemNo.
     *
     * @param value the identifier, may be null or blank
     * @return the type
     * @throws IllegalArgumentException for a value Bring does not document
     */
    public static ArticleIdType fromBring(String value) {
        if (value == null || value.isBlank()) {
            return CUSTOMER_ITEM_NO;
        }
        return Arrays.stream(values()).filter(t -> BringSpelling.matches(value, t.bringName)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown article id type (codeListAgencyIdentifier): " + value));
    }
}
